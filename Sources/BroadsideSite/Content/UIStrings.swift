import BroadsideLocale
import Foundation
import Yams

/// The UI strings of `locales/<lang>.yaml` (or go-i18n's `i18n/<lang>.toml`, see ``GoI18nStrings``): ICU MessageFormat patterns by key, compiled once per language.
///
/// A key missing in a language falls back to the default language's pattern.
public struct UIStrings: Sendable {
    /// One pattern as written, with where it is.
    public struct Entry: Sendable {
        public var key: String
        public var pattern: String
        public var location: SourceLocation
    }

    /// The entries of each language's file, in file order (nested keys joined with dots).
    public var entries: [LanguageTag: [Entry]]
    /// Where each language's file is (or would be).
    public var files: [LanguageTag: String]
    private var messages: [LanguageTag: [String: Message]]
    private let defaultLanguage: LanguageTag
    /// What the keys that name the site (``siteKeys``) say when the site's files lack them.
    private var siteDefaults: [String: Message] = [:]

    /// The built-in strings' keys whose words are the example site's own, not the templates':
    /// a site that lacks them gets its `title` (`site_title`, `footer`) or nothing
    /// (`site_tagline`), never another campaign's name.
    static let siteKeys = ["site_title", "footer", "site_tagline"]

    public static let folderName = "locales"

    /// A key whose value lists, comma-separated, the keys that are the same as the default
    /// language's by nature (a name, an acronym), so the check does not call them untranslated.
    public static let sameAsDefaultKey = "_same_as_default"

    /// The keys `language`'s file lists under ``sameAsDefaultKey``.
    func sameAsDefault(in language: LanguageTag) -> Set<String> {
        Set((entries[language] ?? []).filter { $0.key == Self.sameAsDefaultKey }
            .flatMap { $0.pattern.split(separator: ",").map(\.trimmingSpaces) })
    }

    /// Reads and compiles every language's file: `locales/<lang>.yaml`, else go-i18n's
    /// `i18n/<lang>.toml|yaml|yml|json` (see ``GoI18nStrings``). A missing file is no error
    /// (everything falls back).
    public static func load(from site: SiteFolder, configuration: SiteConfiguration) -> (UIStrings, [Diagnostic]) {
        var strings = UIStrings(entries: [:], files: [:], messages: [:], defaultLanguage: configuration.defaultLanguage)
        let title = configuration.title.replacingOccurrences(of: "'", with: "''")
            .replacingOccurrences(of: "{", with: "'{'").replacingOccurrences(of: "}", with: "'}'")
        let locale = Language.named(configuration.defaultLanguage)
        for key in siteKeys {
            strings.siteDefaults[key] = try? locale.message(key == "site_tagline" ? "" : title)
        }
        var problems: [Diagnostic] = []
        for language in configuration.languages {
            let own = folderName.appendingPath(language.identifier + ".yaml")
            strings.files[language] = site.path(own)
            do {
                guard let (relativePath, data) = try file(of: language, in: site) else { continue }
                let path = site.path(relativePath)
                strings.files[language] = path
                let text = String(decoding: data, as: UTF8.self)
                let entries = relativePath == own ? try readEntries(text, path: path)
                                                  : try GoI18nStrings.readEntries(text, path: path)
                strings.entries[language] = entries
                let locale = Language.named(language)
                var messages: [String: Message] = [:]
                for entry in entries where entry.key != sameAsDefaultKey {
                    do { messages[entry.key] = try locale.message(entry.pattern) } catch {
                        problems.append(Diagnostic(
                            at: entry.location,
                            "'\(entry.key)' is not valid ICU MessageFormat at offset \(error.offset): \(error.message)",
                            hint: "write placeholders as {name} and plurals as {count, plural, one {# item} other {# items}}"))
                    }
                }
                strings.messages[language] = messages
            } catch {
                problems.append(error)
            }
        }
        return (strings, problems)
    }

    /// The first of a language's possible files that exists, below the site, with its bytes.
    private static func file(of language: LanguageTag, in site: SiteFolder) throws(Diagnostic) -> (String, Data)? {
        let lowercased = language.identifier.lowercased()
        let names = lowercased == language.identifier ? [lowercased] : [language.identifier, lowercased]
        let candidates = [folderName.appendingPath(language.identifier + ".yaml")]
            + names.flatMap { name in GoI18nStrings.extensions.map { GoI18nStrings.folderName.appendingPath(name + "." + $0) } }
        for relativePath in candidates {
            if let data = try site.contents(of: relativePath) { return (relativePath, data) }
        }
        return nil
    }

    /// The compiled message for `key` in `language`, else in the default language.
    ///
    /// A key the site's files lack in both comes from the built-in strings (``BuiltInSite``, the
    /// example site's `locales/`), in `language`, else in the default language, else in English:
    /// the built-in templates' words, so a site needs no `locales/` of its own. The keys that
    /// name the site (``siteKeys``) come from its `site.yaml` instead.
    public func message(_ key: String, in language: LanguageTag) -> Message? {
        lookup(key, in: language)?.message
    }

    /// ``message(_:in:)``, with the language it is written in: `language`, or the one it fell back to.
    public func lookup(_ key: String, in language: LanguageTag) -> (message: Message, language: LanguageTag)? {
        if let message = messages[language]?[key] { return (message, language) }
        if let message = messages[defaultLanguage]?[key] ?? siteDefaults[key] { return (message, defaultLanguage) }
        if let message = Self.builtIn[language]?[key] { return (message, language) }
        if let message = Self.builtIn[defaultLanguage]?[key] { return (message, defaultLanguage) }
        return Self.english.flatMap { english in Self.builtIn[english]?[key].map { ($0, english) } }
    }

    private static let english = try? LanguageTag("en")

    /// One warning for each language whose pages show some of `keys` in another language (a
    /// missing translation's fallback), at the language's strings file: how many, in which
    /// language, and the first few keys. `broadside check` reports each key (`missing-string`).
    func fallbackWarnings(showing keys: Set<String>) -> [Diagnostic] {
        let sorted = keys.sorted()
        return files.keys.sorted { $0.identifier < $1.identifier }.compactMap { language in
            var shownIn: [LanguageTag: Int] = [:]
            let fallen = sorted.filter { key in
                // The site's name from site.yaml is the site's choice for every language, no missing translation.
                guard messages[language]?[key] == nil, messages[defaultLanguage]?[key] != nil || siteDefaults[key] == nil,
                      let written = lookup(key, in: language)?.language, written != language else { return false }
                shownIn[written, default: 0] += 1
                return true
            }
            guard !fallen.isEmpty else { return nil }
            let others = shownIn.keys.sorted { $0.identifier < $1.identifier }.map { Language.named($0).englishName }
            let named = fallen.prefix(5).joined(separator: ", ") + (fallen.count > 5 ? ", …" : "")
            let file = files[language] ?? ""
            return Diagnostic(
                .warning, at: SourceLocation(path: file),
                "\(language): \(fallen.count) UI string\(fallen.count == 1 ? " is" : "s are") shown in \(others.joined(separator: " and ")) on \(Language.named(language).englishName) pages (\(named))",
                hint: "translate \(fallen.count == 1 ? "it" : "them") in \(file); `broadside check` lists each. Until then \(fallen.count == 1 ? "it is" : "they are") marked with \(fallen.count == 1 ? "its" : "their") language")
        }
    }

    /// The built-in strings by language, compiled once.
    private static let builtIn: [LanguageTag: [String: Message]] = {
        var languages: [LanguageTag: [String: Message]] = [:]
        for (path, data) in BuiltInSite.files(in: folderName) where path.hasSuffix(".yaml") {
            guard let language = try? LanguageTag(String(path.dropLast(".yaml".count))),
                  let entries = try? readEntries(String(decoding: data, as: UTF8.self), path: BuiltInSite.name(of: path)) else { continue }
            let locale = Language.named(language)
            languages[language] = Dictionary(entries.compactMap { entry in
                (try? locale.message(entry.pattern)).map { (entry.key, $0) }
            }, uniquingKeysWith: { first, _ in first })
        }
        return languages
    }()

    /// A file's `key: pattern` pairs; nested mappings give dotted keys (`nav.home`).
    static func readEntries(_ text: String, path: String) throws(Diagnostic) -> [Entry] {
        let mapping = try YAMLMapping(parsing: text, path: path)
        var entries: [Entry] = []
        func collect(_ node: Node, key: String, location: SourceLocation) throws(Diagnostic) {
            if let scalar = node.scalar {
                entries.append(Entry(key: key, pattern: scalar.string, location: location))
            } else if key == sameAsDefaultKey, let list = node.sequence {
                let keys = list.compactMap { $0.scalar?.string }
                entries.append(Entry(key: key, pattern: keys.joined(separator: ", "), location: location))
            } else if let nested = node.mapping {
                for (childKey, child) in nested {
                    let childLocation = child.mark.map { SourceLocation(path: path, line: $0.line, column: $0.column) } ?? location
                    try collect(child, key: key + "." + (childKey.string ?? ""), location: childLocation)
                }
            } else {
                throw Diagnostic(at: location, "'\(key)' must be a text (an ICU MessageFormat pattern)")
            }
        }
        for field in mapping.fields {
            try collect(field.node, key: field.key, location: field.location)
        }
        return entries
    }
}
