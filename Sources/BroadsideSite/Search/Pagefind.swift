import BroadsideLocale
import Foundation

/// The Pagefind executable (https://pagefind.app), which indexes a built site for search in the
/// browser: one index per `<html lang>`, fetched in small pieces as a reader types.
struct Pagefind {
    /// The version `scripts/bootstrap search` installs, the one Broadside's templates are written for.
    static let version = "1.5.2"
    let executable: String

    /// The languages Pagefind's search box has words of its own in (its `translations/`, in
    /// version ``version``); a search page in another language gives it the site's `search_*`
    /// strings.
    static let interfaceLanguages: Set<String> = [
        "af", "ar", "bn", "ca", "cs", "da", "de", "el", "en", "es", "eu", "fa", "fi", "fr", "gl", "he", "hi", "hr",
        "hu", "id", "it", "ja", "ko", "mi", "my", "nb", "nl", "nn", "no", "pl", "pt", "ro", "ru", "sr", "sv", "sw",
        "ta", "th", "tr", "uk", "vi", "zh", "zh-cn", "zh-tw",
    ]

    /// Whether Pagefind's search box speaks `language`, as it matches a page's `lang`: the whole
    /// tag, else its language.
    static func translatesInterface(into language: LanguageTag) -> Bool {
        let tag = language.identifier.lowercased()
        return interfaceLanguages.contains(tag) || interfaceLanguages.contains(String(tag.prefix { $0 != "-" }))
    }

    /// Finds Pagefind: `BROADSIDE_PAGEFIND` when set, else `pagefind` on `PATH`, else the binary
    /// of PyPI's `pagefind[bin]` package, asked of `python3`.
    ///
    /// - Parameter search: where `site.yaml` asks for search, where a missing Pagefind is reported.
    static func find(for search: SourceLocation) throws(Diagnostic) -> Pagefind {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["BROADSIDE_PAGEFIND"], !path.isEmpty { return Pagefind(executable: path) }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let path = String(folder).appendingPath("pagefind")
            if access(path, X_OK) == 0 { return Pagefind(executable: path) }
        }
        if let output = try? run("/usr/bin/env", ["python3", "-c", "import pagefind_bin; print(pagefind_bin.get_executable())"]),
           output.status == 0 {
            let path = String(decoding: output.printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if access(path, X_OK) == 0 { return Pagefind(executable: path) }
        }
        throw Diagnostic(at: search, "search: true needs Pagefind, which is not installed",
                         hint: "run scripts/bootstrap search, or pip install 'pagefind[bin]==\(version)', or set BROADSIDE_PAGEFIND to its path")
    }

    /// Indexes the HTML pages below `site` into the bundle folder `bundle`.
    func index(site: String, into bundle: String) throws(Diagnostic) {
        let result: (status: Int32, printed: Data)
        do {
            result = try Self.run(executable, ["--site", site, "--output-path", bundle, "--silent"])
        } catch {
            throw Diagnostic(at: SourceLocation(path: executable), "cannot run Pagefind: \(error.localizedDescription)")
        }
        guard result.status == 0 else {
            let message = String(decoding: result.printed, as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines).suffix(2_000)
            throw Diagnostic(at: SourceLocation(path: executable), "Pagefind failed (exit status \(result.status)): \(message)")
        }
    }

    /// Runs `executable` to its end, collecting what it prints to either stream, in one pipe.
    private static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, printed: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let printed = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, printed)
    }
}
