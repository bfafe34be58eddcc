import BroadsideImages
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
    /// ``timeZone`` as Foundation's, for dates written without one (UTC if Foundation lacks it).
    var zone: TimeZone { TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")! }
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

    /// What `languages` says of each language beyond its tag: its code in paths, content folder,
    /// name and direction. Every site language has an entry.
    public var languageSettings: [LanguageTag: LanguageSettings] = [:]
    /// Whether the default language's pages live in its own folder (`/en/…`, with a language
    /// chooser at `/`), or at the root (`/…`, Hugo's default) when `defaultLanguageInSubdir: false`.
    public var defaultLanguageInSubdir = true
    /// Address patterns by top-level section (`permalinks: {posts: /:year/:month/:slug/}`).
    public var permalinks: [String: Permalink] = [:]
    /// Which article pages are `.html` files rather than folders.
    public var uglyURLs = UglyURLs.none
    /// Whether article paths are lower-cased, as Hugo writes them unless `disablePathToLower`.
    public var lowercasePaths = false
    /// How tags' URL slugs are made.
    public var tagSlugs = TagSlugs.transliterated
    /// Build options for the pages `target` names, after those of the pages and their sections.
    public var cascade: [Cascade] = []
    /// The colours of the share card each article page gets (`shareCards: true`, or a mapping
    /// of `background`, `text` and `accent`); `nil` for none.
    public var shareCards: ShareCard.Colors?
    /// Where `site.yaml` says `search: true`: the build indexes the article pages with Pagefind
    /// and makes a search page in each language; `nil` for no search.
    public var search: SourceLocation?

    /// The direction pages in `language` are written in: `site.yaml`'s, else its script's.
    public func direction(of language: LanguageTag) -> TextDirection {
        languageSettings[language]?.direction ?? Language.named(language).direction
    }

    /// The language's folder in URLs, as the site writes its code.
    public func pathSegment(of language: LanguageTag) -> String {
        languageSettings[language]?.pathSegment ?? language.identifier
    }

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
            "defaultLanguageInSubdir", "permalinks", "uglyURLs", "lowercasePaths", "tagSlugs", "cascade",
            "shareCards", "search",
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
                try SiteConfiguration.tag(try field.string(), at: field.location)
            }
            // A bad list is nil, not the default, so no false "not in languages" errors follow it.
            let settings = value("languages", whenAbsent: defaultLanguage.map { [($0, LanguageSettings(code: $0.identifier))] }) {
                field throws(Diagnostic) in try Self.languages(field)
            }
            let languages = settings?.map(\.0)
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
            let defaultLanguageInSubdir = value("defaultLanguageInSubdir") { field throws(Diagnostic) in try field.bool() } ?? true
            let permalinks = value("permalinks") { field throws(Diagnostic) in try Self.permalinks(field) } ?? [:]
            let uglyURLs = value("uglyURLs") { field throws(Diagnostic) in try Self.uglyURLs(field) } ?? .none
            let lowercasePaths = value("lowercasePaths") { field throws(Diagnostic) in try field.bool() } ?? false
            let tagSlugs = value("tagSlugs") { field throws(Diagnostic) in
                let text = try field.string()
                guard let style = TagSlugs(rawValue: text) else {
                    throw Diagnostic(at: field.location, "'tagSlugs' must be transliterated or asWritten, not '\(text)'")
                }
                return style
            } ?? .transliterated
            let cascade = value("cascade") { field throws(Diagnostic) in
                try Cascade.read(FrontMatterField(field))
            } ?? []
            let shareCards = value("shareCards") { field throws(Diagnostic) in try ShareCard.Colors.read(field) } ?? nil
            let search = value("search") { field throws(Diagnostic) in try field.bool() ? field.location : nil } ?? nil

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
                scripts: scripts, untranslatedSections: untranslatedSections,
                languageSettings: Dictionary(uniqueKeysWithValues: settings ?? []),
                defaultLanguageInSubdir: defaultLanguageInSubdir, permalinks: permalinks, uglyURLs: uglyURLs,
                lowercasePaths: lowercasePaths, tagSlugs: tagSlugs, cascade: cascade, shareCards: shareCards,
                search: search)
        }

        /// `languages`: codes, or mappings (``LanguageSettings``); no tag, path or content folder twice.
        private static func languages(_ field: YAMLMapping.Field) throws(Diagnostic) -> [(LanguageTag, LanguageSettings)] {
            guard let elements = field.node.scalar == nil ? YAMLMapping.elements(of: field) : [field] else {
                throw Diagnostic(at: field.location, "'languages' must be a list such as [en, ar, fr]")
            }
            var languages: [(LanguageTag, LanguageSettings)] = []
            for element in try limited(elements, field) {
                let (tag, settings) = try LanguageSettings.read(element)
                for (known, knownSettings) in languages {
                    if known == tag { throw Diagnostic(at: element.location, "language '\(tag)' is listed twice in 'languages'") }
                    if knownSettings.pathSegment.lowercased() == settings.pathSegment.lowercased() {
                        throw Diagnostic(at: element.location, "languages '\(known)' and '\(tag)' have one folder, \(settings.pathSegment)/")
                    }
                    if let folder = settings.contentFolder, folder == knownSettings.contentFolder {
                        throw Diagnostic(at: element.location, "languages '\(known)' and '\(tag)' have one contentDir",
                                         hint: "give each language its own folder, such as content/\(settings.pathSegment)")
                    }
                }
                languages.append((tag, settings))
            }
            guard !languages.isEmpty else { throw Diagnostic(at: field.location, "'languages' is empty") }
            return languages
        }

        /// `permalinks: {posts: /:year/:month/:slug/}`, Hugo's newer `{page: {posts: …}}` too.
        private static func permalinks(_ field: YAMLMapping.Field) throws(Diagnostic) -> [String: Permalink] {
            var entries = try fields(of: field, example: "{posts: /:year/:month/:slug/}")
            if let pages = entries.first(where: { $0.key == "page" && $0.node.mapping != nil }) {
                entries = try fields(of: pages, example: "{posts: /:year/:month/:slug/}")
            }
            var permalinks: [String: Permalink] = [:]
            for entry in entries {
                permalinks[entry.key.trimmingCharacters(in: CharacterSet(charactersIn: "/"))] = try Permalink(try entry.string(), at: entry.location)
            }
            return permalinks
        }

        /// `uglyURLs: true`, or per section: `uglyURLs: {posts: true}`.
        private static func uglyURLs(_ field: YAMLMapping.Field) throws(Diagnostic) -> UglyURLs {
            if field.node.mapping == nil { return try field.bool() ? .all : .none }
            var sections: Set<String> = []
            for entry in try fields(of: field, example: "{posts: true}") where try entry.bool() {
                sections.insert(entry.key)
            }
            return .sections(sections)
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
            guard let mapping = YAMLMapping(field) else {
                throw Diagnostic(at: field.location, "'\(field.key)' must be a mapping such as \(example)")
            }
            return try limited(mapping.fields, field)
        }

        /// `scripts: {sr: Latn}`: a language tag to an ISO 15924 code (four letters, `Latn`).
        private static func scripts(_ field: YAMLMapping.Field) throws(Diagnostic) -> [LanguageTag: String] {
            var scripts: [LanguageTag: String] = [:]
            for entry in try fields(of: field, example: "{sr: Latn}") {
                let tag = try SiteConfiguration.tag(entry.key, at: entry.keyLocation)
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
                let tag = try SiteConfiguration.tag(text, at: location)
                guard !tags.contains(tag) else {
                    throw Diagnostic(at: field.location, "language '\(tag)' is listed twice in '\(field.key)'")
                }
                tags.append(tag)
            }
            guard !tags.isEmpty else { throw Diagnostic(at: field.location, "'\(field.key)' is empty") }
            return tags
        }
    }

    /// The tag `text` names, or an error at `location`.
    static func tag(_ text: String, at location: SourceLocation) throws(Diagnostic) -> LanguageTag {
        do { return try LanguageTag(text) } catch {
            throw Diagnostic(at: location, "'\(text)' is not a valid BCP 47 language tag",
                             hint: "use tags such as en, ar, fr, es, sw, pt-BR, zh-Hant")
        }
    }
}

extension SiteConfiguration {
    /// `title`, as plain text in `language` (a feed's title, a calendar's name): isolated
    /// (FSI … PDI) when it has letters that run in the other direction than the language's, so
    /// that an English name keeps its place in an Arabic feed reader's line.
    func title(in language: LanguageTag) -> String {
        Language.named(language).direction.opposite.hasStrongCharacters(in: title) ? TextDirection.isolated(title) : title
    }
}
