import BroadsideLocale

/// The article pages of a planned site by the names `ref` and `relref` know them, per language:
/// the path under `content/` without language suffix and extension (`articles/x`), the
/// translation key, and the bare file name (`x`) where only one section has it.
struct PageReferenceIndex: Sendable {
    /// Page indices by language and name; `nil` for a bare name that several pages share.
    private var pages: [LanguageTag: [String: Int?]] = [:]
    private let languages: [String: LanguageTag]

    /// The file extensions of content, taken off a target.
    private static let extensions = [".md", ".markdown", ".html"]

    init(plan: SitePlan, languages: [LanguageTag]) {
        self.languages = Dictionary(languages.map { ($0.identifier.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        for (index, page) in plan.pages.enumerated() {
            // A section's page by its `_index` file's name (`posts/_index`, `_index` for the home page).
            if case .list(let listing, _, 1, _) = page.kind, plan.sectionText(of: page) != nil {
                if case .section(let section) = listing { pages[page.language, default: [:]][section + "/_index"] = index }
                if case .home = listing { pages[page.language, default: [:]]["_index"] = index }
            }
            guard case .article(let entry) = page.kind else { continue }
            let file = entry.text.file
            let path = file.section.isEmpty ? file.name : file.section + "/" + file.name
            // In place: a copy of the language's names for each page would be quadratic.
            pages[page.language, default: [:]][path] = index
            pages[page.language, default: [:]][entry.key] = index
            if !file.section.isEmpty {
                let existing = pages[page.language]?[file.name]
                pages[page.language, default: [:]][file.name] = existing.map { $0 == index ? index : nil } ?? index
            }
        }
    }

    /// The page `reference` names, seen from a page in `language`.
    ///
    /// - Throws: a target that names no page, or a bare name that several sections share.
    func page(for reference: PageReference, from language: LanguageTag) throws(Diagnostic) -> Int {
        var target = Substring(reference.target)
        if let hash = target.firstIndex(of: "#") { target = target[..<hash] }
        while target.hasPrefix("/") || target.hasPrefix("./") { target = target.drop { $0 == "/" || $0 == "." } }
        while target.hasSuffix("/") { target.removeLast() }
        if let ext = Self.extensions.first(where: { target.lowercased().hasSuffix($0) }) { target.removeLast(ext.count) }
        var wanted = language
        if let code = reference.language {
            guard let named = languages[code.lowercased()] else {
                throw Diagnostic(at: reference.location, "ref to '\(reference.target)' in language '\(code)', which the site does not have",
                                 hint: "use one of the languages of site.yaml: \(languages.values.map(\.identifier).sorted().joined(separator: ", "))")
            }
            wanted = named
        } else if let dot = target.lastIndex(of: "."), let named = languages[target[target.index(after: dot)...].lowercased()] {
            wanted = named
            target = target[..<dot]
        }
        if target.hasSuffix("/index") { target.removeLast("/index".count) }
        switch pages[wanted]?[String(target)] {
        case .some(.some(let index)):
            return index
        case .some(.none):
            throw Diagnostic(at: reference.location, "ref to '\(reference.target)' is ambiguous: several sections have a page of that name",
                             hint: "name the page with its section, such as section/\(target).md")
        case .none:
            throw Diagnostic(at: reference.location, "ref to '\(reference.target)': no such page in \(wanted.identifier)",
                             hint: "name the page by its path under content/, such as articles/name.md, or by its file name")
        }
    }
}
