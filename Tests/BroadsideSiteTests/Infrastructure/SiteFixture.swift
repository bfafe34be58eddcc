import Foundation

/// A real site folder in a temporary directory, made from the repository's own templates and UI
/// strings plus the files a test gives; removed when the fixture goes away.
final class SiteFixture {
    /// The repository's root, where the example site's templates, locales and static files are.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: String

    /// - Parameter files: relative path to text; `site.yaml` defaults to an en/ar/fr site.
    init(_ files: [String: String], exampleTemplates: Bool = true) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("broadside-site-\(UUID().uuidString)").path
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: root, withIntermediateDirectories: true)
        if exampleTemplates {
            for folder in ["templates", "locales", "static"] {
                try fileManager.copyItem(atPath: Self.repository.appendingPathComponent(folder).path, toPath: path(folder))
            }
        }
        var files = files
        if files["site.yaml"] == nil {
            files["site.yaml"] = """
                title: Fixture Campaign
                baseURL: https://fixture.example.org/
                defaultLanguage: en
                languages: [en, ar, fr]
                """
        }
        for (relative, text) in files { try write(text, to: relative) }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    func path(_ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    func write(_ text: String, to relative: String) throws {
        let path = path(relative)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relative))
    }

    /// Every file below `relative`, as relative paths, sorted.
    func files(under relative: String) -> [String] {
        let base = path(relative)
        return (FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? [])
            .filter { var isFolder: ObjCBool = false
                      return FileManager.default.fileExists(atPath: (base as NSString).appendingPathComponent($0), isDirectory: &isFolder) && !isFolder.boolValue }
            .sorted()
    }

    /// The default site (en, ar, fr) showing the default language's text where a translation is missing.
    static let fallbackSiteYAML = """
        title: Fixture Campaign
        baseURL: https://fixture.example.org/
        defaultLanguage: en
        languages: [en, ar, fr]
        missingTranslations: fallback
        """

    /// An article file's text; its body names its title unless given, so that translations
    /// are not the same as their source (which would make them stubs).
    static func article(title: String, date: String = "2026-05-01", extra: String = "", body: String? = nil) -> String {
        "---\ntitle: \"\(title.replacingOccurrences(of: "\"", with: "\\\""))\"\ndate: \(date)\n\(extra)---\n\(body ?? "Some text of \(title).\n")"
    }
}
