@testable import BroadsideLocale
import Testing

/// Close calls seen by `recordClose`, for the one test that uses it.
nonisolated(unsafe) private var closed: [OpaquePointer?] = []

private let recordClose: @convention(c) (OpaquePointer?) -> Void = { closed.append($0) }

@Suite(.serialized) struct LifetimeTests {
    @Test func anICUObjectIsClosedExactlyOnceWhenReleased() throws {
        closed = []
        let pointer = OpaquePointer(bitPattern: 0xB5)!
        do {
            let object = ICUObject(adopting: pointer, close: recordClose)
            #expect(object.use { $0 } == pointer)
            #expect(closed.isEmpty)
        }
        #expect(closed == [pointer])
        #expect(throws: LocaleError.icuFailure(operation: "open nothing", status: "U_MEMORY_ALLOCATION_ERROR")) {
            // U_MEMORY_ALLOCATION_ERROR is 7.
            try ICUObject("open nothing", open: { $0.pointee = 7; return nil }, close: recordClose)
        }
        #expect(closed == [pointer])
    }

    /// Under valgrind or LeakSanitizer (scripts/leak-check) this frees every kind of ICU object
    /// the layer makes.
    @Test func anUnsharedLanguageFreesItsICUObjects() throws {
        weak var released: Language?
        weak var releasedMessage: Message?
        do {
            let language = Language(try LanguageTag("fr"))
            let message = try language.message("{n, plural, one {# jour} other {# jours}} {d, date, long}")
            #expect(try message.format(["n": 2, "d": .date(Sample.date)]) == "2 jours 28 novembre 2026")
            #expect(language.nativeName == "Français")
            #expect(language.pluralCategories(.ordinal) == [.one, .other])
            #expect(language.pluralCategory(of: 2) == .other)
            #expect(language.format(Sample.date, style: .full, timeZone: "Europe/Paris") == "samedi 28 novembre 2026")
            #expect(language.format(0.5) == "0,5")
            #expect(language.formatPercent(0.5) == "50\u{A0}%")
            #expect(language.sorted(["é", "e", "f"]) == ["e", "é", "f"])
            released = language
            releasedMessage = message
        }
        #expect(released == nil)
        #expect(releasedMessage == nil)
    }

    @Test func sharedLanguagesAreOnePerCanonicalTag() throws {
        #expect(try Language.named(LanguageTag("iw")) === Language.named(LanguageTag("he")))
        #expect(try Language.named(LanguageTag("en")) !== Language(LanguageTag("en")))
    }
}
