import Foundation
import PackagePlugin

/// Gives the `broadside` executable its version: what `git describe` says of the checkout it
/// is built from ("0.1.0-12-g3f2a9c1", "-dirty" when it has uncommitted changes), without the
/// tag's leading "v"; `0.1.0` outside a git checkout (a source archive). Runs before every
/// build and rewrites `Version.swift` only when the version changed, so an unchanged checkout
/// compiles nothing again.
@main
struct StampVersion: BuildToolPlugin {
    /// The version of a build that is not made from a git checkout.
    static let baseVersion = "0.1.0"

    static let script = #"""
        version=$(git -C "$1" describe --tags --match 'v[0-9]*' --dirty 2>/dev/null) && version=${version#v} \
          || version=$(git -C "$1" describe --always --dirty 2>/dev/null | sed "s/^/$3-g/") || version=$3
        [ -n "$version" ] || version=$3
        text="/// The version of this build, from \`git describe\` (see Plugins/StampVersion).
        let buildVersion = \"$version\""
        [ "$(cat "$2" 2>/dev/null)" = "$text" ] || printf '%s\n' "$text" > "$2"
        """#

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.pluginWorkDirectoryURL.appending(path: "Version")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return [.prebuildCommand(displayName: "Version from git describe",
                                 executable: URL(fileURLWithPath: "/bin/sh"),
                                 arguments: ["-c", Self.script, "stamp-version", context.package.directoryURL.path(),
                                             folder.appending(path: "Version.swift").path(), Self.baseVersion],
                                 outputFilesDirectory: folder)]
    }
}
