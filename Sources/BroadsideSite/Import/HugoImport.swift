import BroadsideLocale
import Foundation

/// `broadside import hugo`: writes the `site.yaml` that describes a Hugo site, from its
/// configuration (``HugoConfiguration``), and says what it did not carry over.
public enum HugoImport {
    /// What an import did.
    public struct Result: Sendable {
        /// The file written.
        public var siteFile: String
        /// One line for each setting of the Hugo configuration that `site.yaml` does not say.
        public var notCarriedOver: [String]
    }

    /// Hugo's settings read into `site.yaml`, by their lower-cased names; `languages` is read
    /// language by language.
    static let carried: Set<String> = ["title", "baseurl", "defaultcontentlanguage", "languages", "paginate",
                                       "pagination", "timezone", "markup", "defaultcontentlanguageinsubdir",
                                       "permalinks", "uglyurls", "disablepathtolower", "contentdir", "cascade"]
    /// What a `cascade` entry may say that `site.yaml`'s does.
    static let carriedPerCascade: Set<String> = ["build", "_build", "headless", "target", "_target"]
    /// What each language's settings may say that `site.yaml` does.
    static let carriedPerLanguage: Set<String> = ["weight", "contentdir", "languagename", "label",
                                                  "languagedirection", "direction"]

    /// Reads the Hugo configuration of the site at `siteDirectory` and writes its `site.yaml`.
    ///
    /// - Parameter force: replace a `site.yaml` that exists; without it, that is an error.
    public static func run(siteDirectory: String, force: Bool) throws(BuildFailure) -> Result {
        let site = try SiteFolder.opening(siteDirectory)
        let path = site.path(SiteConfiguration.fileName)
        var info = stat()
        if !force && lstat(path, &info) == 0 {
            throw BuildFailure(configuration: [Diagnostic(at: SourceLocation(path: path), "site.yaml exists already",
                                                         hint: "pass --force to replace it")])
        }
        let configuration: HugoConfiguration
        do { configuration = try HugoConfiguration(site: site) } catch { throw BuildFailure(configuration: [error]) }
        var notCarried: [String] = []
        let text: String
        do { text = try siteYAML(from: configuration, notCarried: &notCarried) } catch {
            throw BuildFailure(configuration: [error])
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw BuildFailure(configuration: [Diagnostic(at: SourceLocation(path: path), "cannot write site.yaml: \(error.localizedDescription)")])
        }
        return Result(siteFile: path, notCarriedOver: notCarried)
    }

    /// The text of `site.yaml` for `configuration`, each setting it leaves out named in `notCarried`.
    static func siteYAML(from configuration: HugoConfiguration, notCarried: inout [String]) throws(Diagnostic) -> String {
        let settings = configuration.settings
        let from = configuration.files.first ?? "the configuration"
        func text(_ value: StructuredValue?) -> String? {
            if case .text(let text)? = value { return text }
            return nil
        }
        func integer(_ value: StructuredValue?) -> Int? {
            if case .integer(let number)? = value { return number }
            return nil
        }
        var lines = ["# Written by `broadside import hugo` from \(configuration.files.joined(separator: ", "))."]
        lines.append("title: \(YAMLText.quoted(text(settings["title"]) ?? "Untitled"))")
        lines.append("baseURL: \(YAMLText.quoted(text(settings["baseurl"]) ?? "https://example.org/"))")

        // Languages in weight order, then by code, each with what site.yaml can say of it.
        var languages: [(code: String, weight: Int, settings: [String])] = []
        if case .table(let fields)? = settings["languages"] {
            for (code, value) in fields {
                var own: [String] = []
                if let folder = text(value["contentdir"]) { own.append("contentDir: \(YAMLText.quoted(folder))") }
                if let name = text(value["label"]) ?? text(value["languagename"]) { own.append("name: \(YAMLText.quoted(name))") }
                if let direction = text(value["direction"]) ?? text(value["languagedirection"]) {
                    own.append("direction: \(YAMLText.quoted(direction))")
                }
                languages.append((code, integer(value["weight"]) ?? 0, own))
                if case .table(let settings) = value {
                    for (key, _) in settings where !carriedPerLanguage.contains(key) {
                        notCarried.append("languages.\(code).\(key)")
                    }
                }
            }
        }
        languages.sort { ($0.weight, $0.code) < ($1.weight, $1.code) }
        let defaultCode = text(settings["defaultcontentlanguage"])?.lowercased() ?? languages.first?.code ?? "en"
        func tag(_ code: String) throws(Diagnostic) -> String {
            do { return try LanguageTag(code).identifier } catch {
                throw Diagnostic(at: SourceLocation(path: from), "'\(code)' is no language tag Broadside knows: \(error)",
                                 hint: "name the language with a BCP 47 tag such as pt-BR")
            }
        }
        lines.append("defaultLanguage: \(try tag(defaultCode))")
        if languages.isEmpty { languages = [(defaultCode, 0, [])] }
        // Hugo's global contentDir is the folder of every language without one.
        if let folder = text(settings["contentdir"]), folder != SiteContent.folderName {
            for index in languages.indices where !languages[index].settings.contains(where: { $0.hasPrefix("contentDir:") }) {
                languages[index].settings.insert("contentDir: \(YAMLText.quoted(folder))", at: 0)
            }
        }
        // Codes as Hugo writes them in paths (`pt-br`): Broadside reads them as BCP 47 tags.
        for (code, _, _) in languages { _ = try tag(code) }
        if languages.allSatisfy({ $0.settings.isEmpty }) {
            lines.append("languages: [\(languages.map(\.code).joined(separator: ", "))]")
        } else {
            lines.append("languages:")
            for (code, _, own) in languages {
                lines.append("  - {" + (["code: \(code)"] + own).joined(separator: ", ") + "}")
            }
        }
        // Hugo's defaults differ from Broadside's: the default language at the root, lower-case paths.
        if case .boolean(let inSubdir)? = settings["defaultcontentlanguageinsubdir"] {
            lines.append("defaultLanguageInSubdir: \(inSubdir)")
        } else {
            lines.append("defaultLanguageInSubdir: false")
        }
        var lowercase = true
        if case .boolean(let disabled)? = settings["disablepathtolower"] { lowercase = !disabled }
        lines.append("lowercasePaths: \(lowercase)")
        lines.append("tagSlugs: asWritten")
        if case .table(var patterns)? = settings["permalinks"] {
            if case .table(let pages)? = settings["permalinks"]?["page"] {
                for (key, _) in patterns where key != "page" { notCarried.append("permalinks.\(key)") }
                patterns = pages
            }
            let carriedPatterns = patterns.compactMap { key, value in text(value).map { "\(YAMLText.quoted(key)): \(YAMLText.quoted($0))" } }
            if !carriedPatterns.isEmpty { lines.append("permalinks: {\(carriedPatterns.joined(separator: ", "))}") }
        }
        let cascade: [StructuredValue]
        switch settings["cascade"] {
        case .table?: cascade = [settings["cascade"]!]
        case .list(let entries)?: cascade = entries
        default: cascade = []
        }
        let entries = cascade.compactMap { entry -> String? in
            guard case .table(let fields) = entry else { return nil }
            for (key, _) in fields where !carriedPerCascade.contains(key) { notCarried.append("cascade.\(key)") }
            let kept = fields.filter { carriedPerCascade.contains($0.key) }
            return kept.isEmpty ? nil : flowYAML(.table(kept))
        }
        if !entries.isEmpty { lines.append("cascade: [\(entries.joined(separator: ", "))]") }
        switch settings["uglyurls"] {
        case .boolean(let ugly)?:
            lines.append("uglyURLs: \(ugly)")
        case .table(let sections)?:
            let ugly = sections.compactMap { key, value in
                if case .boolean(let isUgly) = value { "\(YAMLText.quoted(key)): \(isUgly)" } else { nil }
            }
            lines.append("uglyURLs: {\(ugly.joined(separator: ", "))}")
        default:
            break
        }

        if let paginate = integer(settings["paginate"]) ?? integer(settings["pagination"]?["pagersize"]) {
            lines.append("paginate: \(paginate)")
        }
        if let zone = text(settings["timezone"]) { lines.append("timeZone: \(YAMLText.quoted(zone))") }
        if case .boolean(let unsafe)? = settings["markup"]?["goldmark"]?["renderer"]?["unsafe"] {
            lines.append("unsafeHTML: \(unsafe)")
        }
        if case .table(let fields) = settings {
            for (key, _) in fields where !carried.contains(key) { notCarried.append(key) }
        }
        if case .table(let markup)? = settings["markup"] {
            for (key, _) in markup where key != "goldmark" { notCarried.append("markup.\(key)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `value` as YAML in flow style (`{build: {render: "never"}}`), for settings carried as they are.
    static func flowYAML(_ value: StructuredValue) -> String {
        switch value {
        case .text(let text), .other(let text): YAMLText.quoted(text)
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .boolean(let bool): String(bool)
        case .list(let values): "[" + values.map(flowYAML).joined(separator: ", ") + "]"
        case .table(let fields): "{" + fields.map { YAMLText.quoted($0.key) + ": " + flowYAML($0.value) }.joined(separator: ", ") + "}"
        }
    }
}
