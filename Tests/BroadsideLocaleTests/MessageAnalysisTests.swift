import BroadsideLocale
import Testing

@Suite struct MessageAnalysisTests {
    @Test func listsArgumentsAndCasesNestedIncluded() throws {
        let analysis = try MessageAnalysis.parse("""
            {host} invites {count, plural, =0 {nobody} one {{guest}} other {# guests}} \
            to {place, select, home {{host, select, other {their home}}} other {{place}}} \
            on the {day, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}, {when, date, long}
            """)
        #expect(analysis == MessageAnalysis(
            argumentNames: ["host", "count", "guest", "place", "day", "when"],
            pluralArguments: ["count": [.one, .other]],
            ordinalArguments: ["day": [.one, .two, .few, .other]],
            explicitValues: ["count": ["=0"]],
            selectArguments: ["place": ["home", "other"], "host": ["other"]]))
    }

    @Test func plainTextHasNoArguments() throws {
        #expect(try MessageAnalysis.parse("No '{arguments}' here") == MessageAnalysis())
    }

    @Test func numberedArgumentsAreNamedByTheirNumber() throws {
        #expect(try MessageAnalysis.parse("{0} and {1}").argumentNames == ["0", "1"])
    }

    /// Arabic needs all six categories; this translation covers four.
    @Test func showsWhichCategoriesATranslationLacks() throws {
        let arabic = Sample.language("ar")
        let analysis = try MessageAnalysis.parse(
            "{n, plural, zero {لا ملفات} one {ملف} two {ملفان} other {# ملف}}")
        let missing = Set(arabic.pluralCategories()).subtracting(analysis.pluralArguments["n"] ?? [])
        #expect(missing == [.few, .many])
    }

    @Test(arguments: [
        // ICU reports where the unterminated plural style starts.
        ("{count, plural, one {# x}", 15, "expected an argument"),
        ("{, plural}", 1, "expected an argument"),
        ("{n, plural, one a other {b}}", 12, "expected an argument"),
        // Unmatched braces are reported at the end, where the '}' is missing.
        ("{a", 2, "expected '}'"),
        ("héllo {name", 11, "expected '}'"),
        ("{a, select, male {he} female {she}}", 0, "expected an 'other' case"),
        ("{n, plural, one {x} foo {y} other {z}}", 20, "expected a plural category"),
    ])
    func reportsSyntaxErrors(pattern: String, offset: Int, message: String) {
        #expect {
            try MessageAnalysis.parse(pattern)
        } throws: { error in
            guard let error = error as? MessageSyntaxError else { return false }
            return error.offset == offset && error.message.hasPrefix(message)
                && error.description.hasPrefix("message syntax error at offset \(offset): ")
        }
    }

    @Test func countsOffsetsInCharacters() {
        // "👋🏽 {" is three characters but six UTF-16 units, as ICU counts.
        #expect {
            try MessageAnalysis.parse("👋🏽 {, plural}")
        } throws: { error in
            (error as? MessageSyntaxError)?.offset == 3
        }
    }
}
