import Foundation

/// The real `hugo` on PATH, for the test that compares Broadside's output with Hugo's.
/// `scripts/bootstrap hugo` installs the version CI uses.
enum HugoProcess {
    /// The oldest Hugo that reads the fixture as it is meant: languages with `label` and
    /// `direction`, templates with `site.Language.Locale` (all three new in 0.158.0).
    static let minimumVersion = [0, 158, 0]

    /// Why there is no `hugo` to run, with what to do about it.
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    /// The version of the `hugo` on PATH, or why there is none that is recent enough.
    static let version: Result<[Int], Unavailable> = {
        let minimum = minimumVersion.map(String.init).joined(separator: ".")
        let advice = "the differential test needs hugo \(minimum) or newer on PATH: run scripts/bootstrap hugo"
        guard let result = try? Command.run(["hugo", "version"]), result.status == 0 else {
            return .failure(Unavailable(description: "no hugo on PATH; \(advice)"))
        }
        // "hugo v0.168.0-e27a…+extended linux/amd64 …", possibly after a line of a wrapper script.
        let found = result.output.firstMatch(of: /hugo v(\d+)\.(\d+)\.(\d+)/).map { [$0.1, $0.2, $0.3].compactMap { Int($0) } }
        guard let found, found.count == 3 else {
            return .failure(Unavailable(description: "`hugo version` said \(result.output.debugDescription); \(advice)"))
        }
        guard !found.lexicographicallyPrecedes(minimumVersion) else {
            return .failure(Unavailable(description: "hugo on PATH is \(found.map(String.init).joined(separator: ".")); \(advice)"))
        }
        return .success(found)
    }()

    /// Whether the differential test runs: always in CI (where a missing Hugo fails it),
    /// elsewhere only when a recent enough `hugo` is on PATH (otherwise it is skipped).
    static var shouldRun: Bool {
        ProcessInfo.processInfo.environment["CI"] != nil || (try? version.get()) != nil
    }

    /// Runs `hugo --source source --destination destination` and waits for it.
    static func build(source: URL, destination: URL) throws -> BroadsideProcess.Result {
        _ = try version.get()
        return try Command.run(["hugo", "--source", source.path, "--destination", destination.path], in: source)
    }
}
