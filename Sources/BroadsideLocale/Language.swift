import ICUShim

/// One language as Broadside writes in it: its names, direction, script, plural rules, date and
/// number formats, collation and messages, all from the system ICU and its CLDR data.
///
/// ICU objects are expensive to make, so each language keeps the ones it has made (formatters,
/// plural rules, a collator) and reuses them; every use is serialised, so one language can serve
/// any number of concurrent rendering tasks.
public final class Language: Sendable {
    /// The instances ``named(_:)`` shares, one per tag, kept for the whole process.
    private static let shared = LockedCache<LanguageTag, Language>()

    /// The one shared instance for `tag`, made on first use. Its ICU objects are made lazily,
    /// once each, and reused by every caller, safely from concurrent tasks.
    public static func named(_ tag: LanguageTag) -> Language {
        shared.value(for: tag) { Language(tag) }
    }

    /// The language's canonical tag.
    public let tag: LanguageTag

    /// The direction of the language's script: `rtl` for ar, he, ur, fa, ...
    public let direction: TextDirection

    /// The ISO 15924 code of the language's script, explicit in its tag or from CLDR's likely
    /// subtags: "Arab" for ar, ur and fa, "Ethi" for am, "Hant" for zh-Hant, "Hans" for zh.
    public let script: String

    /// The ISO 3166 code of the language's region, explicit in its tag or from CLDR's likely
    /// subtags: "EG" for ar, "TZ" for sw, "TW" for zh-Hant, "BR" for pt-BR.
    public let region: String

    /// The ICU objects made so far, by service.
    private let services = LockedCache<Service, ICUObject>()

    /// A language of its own, not shared: its ICU objects are freed when it goes away.
    init(_ tag: LanguageTag) {
        self.tag = tag
        direction = bs_tag_is_right_to_left(tag.identifier) != 0 ? .rtl : .ltr
        script = ShimBuffer.text { bs_tag_script(tag.identifier, $0, $1) }
        region = ShimBuffer.text { bs_tag_region(tag.identifier, $0, $1) }
    }

    /// The ICU object for `service`, made on first use.
    func service(_ service: Service) -> ICUObject {
        services.value(for: service) { service.open(for: tag) }
    }
}
