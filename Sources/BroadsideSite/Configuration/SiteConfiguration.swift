import BroadsideLocale
import Foundation

/// A site's `site.yaml`: its title, address, languages and build options.
public struct SiteConfiguration: Sendable {
    /// What to do with an article that has no file in a language.
    public enum MissingTranslations: String, Sendable, CaseIterable {
        /// The page does not exist in that language.
        case skip
        /// The default language's text is published under a translated notice.
        case fallback
    }

    public var title: String
    /// The site's public address, always ending in `/`.
    public var baseURL: String
    public var defaultLanguage: LanguageTag
    /// The site's languages, in the order switchers and reports list them.
    public var languages: [LanguageTag]
    /// Languages every article must exist in (the coverage check's errors).
    public var requiredLanguages: [LanguageTag]
    /// Articles per list page, within `paginateRange`.
    public var paginate: Int
    /// The numbers `paginate` may be: a list page of more than 1,000 articles is no page to read.
    public static let paginateRange = 1...1_000
    /// IANA time zone that dates are shown in and zone-less dates are read in.
    public var timeZone: String
    public var missingTranslations: MissingTranslations
    /// Whether raw HTML in Markdown is passed through.
    public var unsafeHTML: Bool
    /// Front-matter keys that mark a translation as a stub (`stubMarkers: [machineTranslated]`):
    /// a file that has one counts as missing (see ``StubRule``).
    public var stubMarkers: [String] = []
    /// The script a language is written in where it is not the one its tag implies
    /// (`scripts: {sr: Latn}`), as an ISO 15924 code.
    public var scripts: [LanguageTag: String] = [:]
    /// The sections whose pages are not translated (`sections: {docs: {translate: false}}`):
    /// they are never reported missing in the other languages.
    public var untranslatedSections: Set<String> = []

    /// Most entries `stubMarkers`, `scripts` and `sections` may have each.
    public static let maximumListedSettings = 1_000

    /// The path part of `baseURL` ("/" or "/campaign/"), the prefix of every internal link.
    public var basePath: String {
        // Everything after the host: "https://example.org/campaign/" → "/campaign/".
        let afterScheme = baseURL.split(separator: "//", maxSplits: 1).last ?? ""
        guard let slash = afterScheme.firstIndex(of: "/") else { return "/" }
        return String(afterScheme[slash...])
    }

    public static let fileName = "site.yaml"

    /// Reads `site.yaml` in `siteDirectory`; every bad key or value is one diagnostic.
    public static func load(siteDirectory: String) throws(BuildFailure) -> SiteConfiguration {
        try load(from: try SiteFolder.opening(siteDirectory))
    }

    /// Reads the site's `site.yaml`; every bad key or value is one diagnostic.
    public static func load(from site: SiteFolder) throws(BuildFailure) -> SiteConfiguration {
        let path = site.path(fileName)
        let data: Data
        do throws(Diagnostic) {
            guard let contents = try site.contents(of: fileName) else {
                throw Diagnostic(at: SourceLocation(path: path), "cannot read \(fileName)",
                                 hint: "run broadside in a site folder, or pass --site DIR")
            }
            data = contents
        } catch {
            throw BuildFailure(configuration: [error])
        }
        do {
            return try parse(String(decoding: data, as: UTF8.self), path: path)
        } catch {
            throw BuildFailure(configuration: error.diagnostics)
        }
    }

    /// Parses the text of a `site.yaml` found at `path`.
    public static func parse(_ text: String, path: String) throws(BuildFailure) -> SiteConfiguration {
        let yaml: YAMLMapping
        do { yaml = try YAMLMapping(parsing: text, path: path) } catch { throw BuildFailure([error]) }
        var reader = Reader(yaml: yaml)
        var errors = yaml.unknownKeys(known: Reader.keys, in: fileName)
        let configuration = reader.read()
        errors += reader.errors
        guard errors.isEmpty, let configuration else { throw BuildFailure(errors) }
        return configuration
    }

    /// Reads the fields one by one, collecting an error for each bad one.
    private struct Reader {
        static let keys: Set<String> = [
            "title", "baseURL", "defaultLanguage", "languages", "requiredLanguages", "paginate",
            "timeZone", "missingTranslations", "unsafeHTML", "stubMarkers", "scripts", "sections",
        ]
        let yaml: YAMLMapping
        var errors: [Diagnostic] = []

        init(yaml: YAMLMapping) { self.yaml = yaml }

        mutating func read() -> SiteConfiguration? {
            let title = value("title", required: true) { field throws(Diagnostic) in try field.string() }
            let baseURL = value("baseURL", required: true) { field throws(Diagnostic) in
                try Self.baseURL(field)
            }
            let defaultLanguage = value("defaultLanguage", required: true) { field throws(Diagnostic) in
                try Self.tag(try field.string(), at: field.location)
            }
            // A bad list is nil, not the default, so no false "not in languages" errors follow it.
            let languages = value("languages", whenAbsent: defaultLanguage.map { [$0] }) { field throws(Diagnostic) in
                try Self.tags(field)
            }
            let requiredLanguages = value("requiredLanguages", whenAbsent: languages) { field throws(Diagnostic) in
                try Self.tags(field)
            }
            let paginate = value("paginate") { field throws(Diagnostic) in try field.int(in: paginateRange) } ?? 10
            let timeZone = value("timeZone") { field throws(Diagnostic) in
                let name = try field.string()
                guard TimeZone(identifier: name) != nil else {
                    throw Diagnostic(at: field.location, "unknown time zone '\(name)'",
                                     hint: "use an IANA name such as UTC, Africa/Nairobi or Europe/Paris")
                }
                return name
            } ?? "UTC"
            let missing = value("missingTranslations") { field throws(Diagnostic) in
                let text = try field.string()
                guard let value = MissingTranslations(rawValue: text) else {
                    throw Diagnostic(at: field.location, "'missingTranslations' must be skip or fallback, not '\(text)'")
                }
                return value
            } ?? .skip
            let unsafeHTML = value("unsafeHTML") { field throws(Diagnostic) in try field.bool() } ?? false
            let stubMarkers = value("stubMarkers") { field throws(Diagnostic) in
                try Self.limited(try field.strings(), field)
            } ?? []
            let scripts = value("scripts") { field throws(Diagnostic) in try Self.scripts(field) } ?? [:]
            let untranslatedSections = value("sections") { field throws(Diagnostic) in
                try Self.untranslatedSections(field)
            } ?? []

            guard let title, let baseURL, let defaultLanguage, let languages, let requiredLanguages else {
                return nil
            }
            if !languages.contains(defaultLanguage) {
                errors.append(Diagnostic(at: yaml["defaultLanguage"]?.location ?? yaml.location,
                                         "defaultLanguage '\(defaultLanguage)' is not in languages",
                                         hint: "add it to languages"))
            }
            for tag in requiredLanguages where !languages.contains(tag) {
                errors.append(Diagnostic(at: yaml["requiredLanguages"]?.location ?? yaml.location,
                                         "required language '\(tag)' is not in languages",
                                         hint: "add it to languages or remove it from requiredLanguages"))
            }
            for tag in scripts.keys.sorted(by: { $0.identifier < $1.identifier }) where !languages.contains(tag) {
                errors.append(Diagnostic(at: yaml["scripts"]?.location ?? yaml.location,
                                         "'scripts' names '\(tag)', which is not in languages",
                                         hint: "add it to languages or remove it from scripts"))
            }
            return SiteConfiguration(
                title: title, baseURL: baseURL, defaultLanguage: defaultLanguage, languages: languages,
                requiredLanguages: requiredLanguages, paginate: paginate, timeZone: timeZone,
                missingTranslations: missing, unsafeHTML: unsafeHTML, stubMarkers: stubMarkers,
                scripts: scripts, untranslatedSections: untranslatedSections)
        }

        /// `values`, unless there are more than ``SiteConfiguration/maximumListedSettings``.
        private static func limited<C: Collection>(_ values: C, _ field: YAMLMapping.Field) throws(Diagnostic) -> C {
            guard values.count <= maximumListedSettings else {
                throw Diagnostic(at: field.location, "'\(field.key)' has \(values.count) entries, over the limit of \(maximumListedSettings)")
            }
            return values
        }

        /// A mapping's `key: value` pairs as fields, each with where it is.
        private static func fields(of field: YAMLMapping.Field, example: String) throws(Diagnostic) -> [YAMLMapping.Field] {
            guard let mapping = field.node.mapping else {
                throw Diagnostic(at: field.location, "'\(field.key)' must be a mapping such as \(example)")
            }
            let fields = mapping.map { key, node in
                let keyLocation = YAMLMapping.location(of: key, path: field.location.path, firstLine: field.firstLine) ?? field.location
                return YAMLMapping.Field(
                    key: key.string ?? "\(key)", node: node, keyLocation: keyLocation,
                    location: YAMLMapping.location(of: node, path: field.location.path, firstLine: field.firstLine) ?? keyLocation,
                    firstLine: field.firstLine)
            }
            return try limited(fields, field)
        }

        /// `scripts: {sr: Latn}`: a language tag to an ISO 15924 code (four letters, `Latn`).
        private static func scripts(_ field: YAMLMapping.Field) throws(Diagnostic) -> [LanguageTag: String] {
            var scripts: [LanguageTag: String] = [:]
            for entry in try fields(of: field, example: "{sr: Latn}") {
                let tag = try tag(entry.key, at: entry.keyLocation)
                let code = try entry.string()
                guard code.utf8.count == 4, code.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else {
                    throw Diagnostic(at: entry.location, "'\(code)' is not an ISO 15924 script code",
                                     hint: "write four letters such as Latn, Cyrl, Arab or Hans")
                }
                scripts[tag] = code.prefix(1).uppercased() + code.dropFirst().lowercased()
            }
            return scripts
        }

        /// `sections: {docs: {translate: false}}`: the sections whose pages are not translated.
        private static func untranslatedSections(_ field: YAMLMapping.Field) throws(Diagnostic) -> Set<String> {
            var sections: Set<String> = []
            for section in try fields(of: field, example: "{docs: {translate: false}}") {
                for setting in try fields(of: section, example: "{translate: false}") {
                    guard setting.key == "translate" else {
                        throw Diagnostic(at: setting.keyLocation, "unknown key '\(setting.key)' in section '\(section.key)'",
                                         hint: "known keys: translate")
                    }
                    if try !setting.bool() { sections.insert(section.key) }
                }
            }
            return sections
        }

        /// The field's value, `whenAbsent` without the key, or `nil` after recording why it has none.
        private mutating func value<T>(_ key: String, required: Bool = false, whenAbsent: T? = nil,
                                       _ read: (YAMLMapping.Field) throws(Diagnostic) -> T) -> T? {
            guard let field = yaml[key] else {
                if required {
                    errors.append(Diagnostic(at: yaml.location, "missing '\(key)' in \(fileName)",
                                             hint: "add a line `\(key): …`"))
                }
                return whenAbsent
            }
            do { return try read(field) } catch {
                errors.append(error)
                return nil
            }
        }

        private static func baseURL(_ field: YAMLMapping.Field) throws(Diagnostic) -> String {
            let text = try field.string()
            guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme),
                  url.host != nil, url.query == nil, url.fragment == nil else {
                throw Diagnostic(at: field.location, "'baseURL' must be an absolute http(s) address, not '\(text)'",
                                 hint: "for example https://campaign.example.org/")
            }
            return text.hasSuffix("/") ? text : text + "/"
        }

        private static func tags(_ field: YAMLMapping.Field) throws(Diagnostic) -> [LanguageTag] {
            var tags: [LanguageTag] = []
            for (text, location) in try field.locatedStrings() {
                let tag = try tag(text, at: location)
                guard !tags.contains(tag) else {
                    throw Diagnostic(at: field.location, "language '\(tag)' is listed twice in '\(field.key)'")
                }
                tags.append(tag)
            }
            guard !tags.isEmpty else { throw Diagnostic(at: field.location, "'\(field.key)' is empty") }
            return tags
        }

        static func tag(_ text: String, at location: SourceLocation) throws(Diagnostic) -> LanguageTag {
            do { return try LanguageTag(text) } catch {
                throw Diagnostic(at: location, "'\(text)' is not a valid BCP 47 language tag",
                                 hint: "use tags such as en, ar, fr, es, sw, pt-BR, zh-Hant")
            }
        }
    }
}
