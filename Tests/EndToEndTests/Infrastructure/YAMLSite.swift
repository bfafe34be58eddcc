import Foundation

/// A minimal two-language site (English source, French translation) for tests that feed
/// `broadside` hostile YAML in one of its files.
enum YAMLSite {
    static let siteYAML = """
        title: Minimal
        baseURL: https://example.org/
        defaultLanguage: en
        languages: [en, fr]
        paginate: 5

        """
    static let source = "---\ntitle: Source\ndate: 2026-01-01\nsummary: A summary\ntags: [one]\n---\nThe source text.\n"
    static let translation = "---\ntitle: Traduction\ndate: 2026-01-01\n---\nLe texte.\n"

    /// The site's files, with `overrides` replacing or adding files by relative path.
    static func make(_ overrides: [String: String] = [:]) throws -> TemporaryFolder {
        var files = [
            "site.yaml": siteYAML,
            "content/articles/a.en.md": source,
            "content/articles/a.fr.md": translation,
            "locales/en.yaml": "nav:\n  home: Home\n",
            "locales/fr.yaml": "nav:\n  home: Accueil\n",
        ]
        for name in ["article", "list", "tags", "root"] {
            files["templates/\(name).html"] = "<title>{{title}}</title>\n"
        }
        files.merge(overrides) { _, override in override }
        return try TemporaryFolder(files: files)
    }

    /// `a0: &a0 {x: 1}`, then each level a mapping of two aliases to the one before: 2^levels values.
    static func aliasBomb(levels: Int) -> String {
        (["a0: &a0 {x: 1}"] + (1...levels).map { "a\($0): &a\($0) {a: *a\($0 - 1), b: *a\($0 - 1)}" })
            .joined(separator: "\n") + "\n"
    }

    /// Every file under `folder` of `site`, by relative path, with its bytes.
    static func snapshot(_ folder: String, of site: TemporaryFolder) -> [String: Data] {
        let root = site.url(folder)
        guard let paths = FileManager.default.subpaths(atPath: root.path) else { return [:] }
        var files: [String: Data] = [:]
        for path in paths {
            if let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) { files[path] = data }
        }
        return files
    }
}
