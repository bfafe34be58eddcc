import BroadsideLocale

/// What `site.yaml` says of one language beyond its tag: an entry of `languages` written as a
/// mapping, `{code: pt-br, contentDir: content/pt-br, name: Português, direction: ltr}`.
public struct LanguageSettings: Sendable, Equatable {
    /// The language's folder in URLs, exactly as the site writes its code (`pt-br` stays
    /// `pt-br`); `lang` and `hreflang` use the tag's canonical form (`pt-BR`).
    public var pathSegment: String
    /// The language's own content folder below `content/` (`pt-br` for `contentDir:
    /// content/pt-br`), "" for `content/` itself, `nil` when it has none: its files are then
    /// named `name.<lang>.md` (or unsuffixed, for the default language) anywhere in `content/`.
    public var contentFolder: String?
    /// The name switchers show, instead of ICU's name of the language in itself.
    public var name: String?
    /// The direction pages in the language are written in, instead of its script's.
    public var direction: TextDirection?

    /// The keys a language's mapping may have.
    static let keys: Set<String> = ["code", "contentDir", "name", "direction"]

    /// The settings of a language written as a plain code.
    init(code: String) {
        pathSegment = code
    }

    /// Reads one entry of `languages`: a code, or a mapping with at least `code`.
    ///
    /// - Returns: the entry's tag and settings.
    static func read(_ entry: YAMLMapping.Field) throws(Diagnostic) -> (LanguageTag, LanguageSettings) {
        guard entry.node.scalar == nil else {
            let code = try entry.string()
            return (try SiteConfiguration.tag(code, at: entry.location), try checked(LanguageSettings(code: code), at: entry))
        }
        guard let mapping = YAMLMapping(entry) else {
            throw Diagnostic(at: entry.location, "each of 'languages' must be a code such as fr, or a mapping such as {code: pt-br, contentDir: content/pt-br}")
        }
        if let unknown = mapping.unknownKeys(known: keys, in: "a language of 'languages'").first { throw unknown }
        guard let codeField = mapping["code"] else {
            throw Diagnostic(at: entry.location, "a language written as a mapping needs 'code'", hint: "for example {code: pt-br, contentDir: content/pt-br}")
        }
        let code = try codeField.string()
        let tag = try SiteConfiguration.tag(code, at: codeField.location)
        var settings = LanguageSettings(code: code)
        if let field = mapping["contentDir"] { settings.contentFolder = try contentFolder(field) }
        if let field = mapping["name"] {
            let name = try field.string()
            guard !name.isEmpty, name.count <= 100 else {
                throw Diagnostic(at: field.location, "a language's 'name' must be 1 to 100 characters")
            }
            settings.name = name
        }
        if let field = mapping["direction"] {
            guard let direction = TextDirection(rawValue: try field.string()) else {
                throw Diagnostic(at: field.location, "'direction' must be ltr or rtl")
            }
            settings.direction = direction
        }
        return (tag, try checked(settings, at: codeField))
    }

    /// `settings`, once its path segment is one a URL can carry.
    private static func checked(_ settings: LanguageSettings, at field: YAMLMapping.Field) throws(Diagnostic) -> LanguageSettings {
        try OutputPath.validateSegment(settings.pathSegment, at: field.location, what: "language code")
        return settings
    }

    /// `content` or a folder below it (`content/pt-br`), as the folder below `content/`.
    private static func contentFolder(_ field: YAMLMapping.Field) throws(Diagnostic) -> String {
        let text = try field.string()
        var segments = text.split(separator: "/").map(String.init)
        guard segments.first == SiteContent.folderName else {
            throw Diagnostic(at: field.location, "'contentDir' must be content or a folder inside it, not '\(text)'",
                             hint: "move the language's files to content/<code>/ and write contentDir: content/<code>")
        }
        segments.removeFirst()
        for segment in segments {
            try OutputPath.validateSegment(segment, at: field.location, what: "a folder of contentDir")
        }
        return segments.joined(separator: "/")
    }
}
