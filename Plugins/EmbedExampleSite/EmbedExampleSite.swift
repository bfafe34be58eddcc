import Foundation
import PackagePlugin

/// Embeds the example site's `templates/`, `locales/` and `static/` (at the repository's root)
/// in BroadsideSite, as the built-in site that serves every file a site does not provide.
@main
struct EmbedExampleSite: BuildToolPlugin {
    /// The example site's folders that are embedded.
    static let folders = ["templates", "locales", "static"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "ExampleSiteFiles.swift")
        let inputs = Self.folders.flatMap { folder in
            (FileManager.default.enumerator(at: root.appending(path: folder), includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL } ?? []).filter { !$0.hasDirectoryPath }
        }
        return [.buildCommand(displayName: "Embedding the example site's \(Self.folders.joined(separator: ", "))",
                              executable: try context.tool(named: "embed-example-site").url,
                              arguments: [root.path()] + Self.folders + [output.path()],
                              inputFiles: inputs, outputFiles: [output])]
    }
}
