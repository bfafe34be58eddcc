/// One entry of Hugo's `cascade`, in a section's `_index` file or in `site.yaml`: build options
/// (``PageBuildOptions``) for the pages in and below that section (every page, from
/// `site.yaml`), or only those whose path and language match its `target`. A page's own options
/// win, then the nearest section's cascade, then `site.yaml`'s. Other cascaded keys are Hugo
/// templates' business and are left alone.
public struct Cascade: Sendable, Equatable {
    var build: PageBuildOptions
    /// `target.path`: the page paths it applies to (`/snippets/**`), as ``ArticleFile/logicalPath``.
    var path: PathGlob?
    /// `target.lang`: the language tags it applies to (`fr`, `{ar,fa}`).
    var language: PathGlob?

    /// The most entries one `cascade` may have.
    static let maximumEntries = 100

    /// Whether the cascade applies to `file`.
    func applies(to file: ArticleFile) -> Bool {
        (path?.matches(file.logicalPath) ?? true) && (language?.matches(file.language.identifier) ?? true)
    }

    /// The entries of a `cascade` field: a mapping or a list of mappings.
    static func read(_ field: FrontMatterField) throws(Diagnostic) -> [Cascade] {
        let tables = try field.tables()
        guard tables.count <= maximumEntries else {
            throw Diagnostic(at: field.location, "'cascade' has \(tables.count) entries, over the limit of \(maximumEntries)")
        }
        return try tables.map { fields, _ throws(Diagnostic) in
            let byKey = Dictionary(fields.map { ($0.key.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
            var cascade = Cascade(build: try PageBuildOptions.read(from: byKey))
            if let target = byKey["target"] ?? byKey["_target"] {
                guard case .table(let targetFields) = target.value else {
                    throw Diagnostic(at: target.location, "'target' must be a mapping such as {path: /snippets/**}")
                }
                for entry in targetFields {
                    switch entry.key.lowercased() {
                    case "path": cascade.path = try PathGlob(try entry.string(), at: entry.location)
                    case "lang": cascade.language = try PathGlob(try entry.string(), at: entry.location)
                    case "kind", "environment": continue
                    default:
                        throw Diagnostic(at: entry.keyLocation, "unknown target key '\(entry.key)'", hint: "known keys: path, lang, kind, environment")
                    }
                }
            }
            return cascade
        }
    }
}
