import BroadsideLocale
import Testing

/// Patterns past ``MessageLimits`` are syntax errors that name the limit, found before ICU (which
/// recurses per nested argument and crashed with SIGSEGV on 40,000 levels) reads them.
@Suite struct MessageLimitsTests {
    static func nested(_ opening: String, _ depth: Int, closing: String = "}}") -> String {
        String(repeating: opening, count: depth) + "x" + String(repeating: closing, count: depth)
    }

    /// Both paths ICU reads patterns on: the analysis (MessagePattern) and compiling (MessageFormat).
    static func rejects(_ pattern: String, at offset: Int, naming limit: String) -> Bool {
        func matches(_ error: MessageSyntaxError) -> Bool {
            error.offset == offset && error.message.contains(limit)
        }
        do {
            _ = try MessageAnalysis.parse(pattern)
            return false
        } catch {
            guard matches(error) else { return false }
        }
        do {
            _ = try Language.named(try! LanguageTag("ar")).message(pattern)
            return false
        } catch {
            return matches(error)
        }
    }

    @Test func theReportedCrashIsASyntaxErrorAtTheLengthLimit() {
        let pattern = Self.nested("{n, plural, other {", 40_000)
        #expect(Self.rejects(pattern, at: MessageLimits.maximumLength, naming: "over the limit of 32768"))
    }

    @Test(arguments: ["{a, select, other {", "{n, plural, other {", "{n, selectordinal, other {", "{a,SELECT,other{"])
    func nestingUpToTheLimitFormats(opening: String) throws {
        let message = try Language.named(try! LanguageTag("en")).message(Self.nested(opening, MessageLimits.maximumDepth))
        #expect(try message.format(["a": "b", "n": 2]) == "x")
    }

    @Test(arguments: ["{a, select, other {", "{n, plural, other {", "{n, selectordinal, other {", "{a,SELECT,other{"])
    func nestingPastTheLimitIsRejectedAtTheDeepestArgument(opening: String) {
        let pattern = Self.nested(opening, MessageLimits.maximumDepth + 1)
        #expect(Self.rejects(pattern, at: opening.count * MessageLimits.maximumDepth, naming: "nest 33 deep here, over the limit of 32"))
    }

    @Test func choiceCasesCountToo() {
        let pattern = Self.nested("{a, choice, 0#", MessageLimits.maximumDepth + 1, closing: "}")
        #expect(Self.rejects(pattern, at: 14 * MessageLimits.maximumDepth, naming: "over the limit of 32"))
        let within = Self.nested("{a, choice, 0#", MessageLimits.maximumDepth, closing: "}")
        #expect(throws: Never.self) { try MessageAnalysis.parse(within) }
    }

    /// Quoting as ICU reads it: what is quoted is text, and an apostrophe that quotes nothing
    /// leaves the braces after it real.
    @Test func quotingIsReadAsICUReadsIt() throws {
        let deep = Self.nested("{a, select, other {", MessageLimits.maximumDepth + 1)
        // Quoted, the whole deep pattern is text.
        #expect(try MessageAnalysis.parse("'" + deep + "'") == MessageAnalysis())
        #expect(try MessageAnalysis.parse(String(repeating: "'{'", count: 5_000)) == MessageAnalysis())
        // '' is an apostrophe, not a quote: the braces after it nest.
        #expect(Self.rejects(Self.nested("''{a, select, other {", 33), at: 21 * 32 + 2, naming: "limit of 32"))
        // '# quotes only in plural cases, '| only in choice cases: in a select case they are text.
        #expect(Self.rejects(Self.nested("{a, select, other {'#", 33), at: 21 * 32, naming: "limit of 32"))
        #expect(Self.rejects(Self.nested("{a, select, other {'|", 33), at: 21 * 32, naming: "limit of 32"))
        // A simple argument's style quotes with any apostrophe and nests its own braces; the
        // first argument 33 deep is the date in the 32nd case.
        #expect(Self.rejects(Self.nested("{d, date, 'a}{'}{a, select, other {", 33), at: 35 * 32, naming: "limit of 32"))
        #expect(Self.rejects(Self.nested("{d, date, {{}}}{a, select, other {", 33), at: 34 * 32, naming: "limit of 32"))
    }

    @Test func argumentsAreCountedNestedOnesIncluded() throws {
        let most = String(repeating: "{a}", count: MessageLimits.maximumArguments)
        #expect(try MessageAnalysis.parse(most).argumentNames == ["a"])
        #expect(Self.rejects(most + "{b, select, other {{c}}}", at: 3_000, naming: "over the limit of 1000 arguments"))
        #expect(Self.rejects(String(repeating: "{a}", count: 999) + "{b, select, other {{c}}}",
                             at: 3_016, naming: "argument 1001"))
    }

    @Test func lengthIsCountedInUTF16LikeICU() throws {
        #expect(try MessageAnalysis.parse(String(repeating: "a", count: MessageLimits.maximumLength)) == MessageAnalysis())
        // Each emoji is two UTF-16 units: the limit falls at character 16384.
        #expect(Self.rejects(String(repeating: "👋", count: MessageLimits.maximumLength / 2 + 1),
                             at: MessageLimits.maximumLength / 2, naming: "32770 characters (UTF-16 code units) long"))
    }

    @Test func theScannerReportsEachArgumentWithItsDepth() {
        let events = Array(MessageScanner("a{n, plural, one {'#'{x}} other {#}}"))
        #expect(events == [
            .text(0x61), .argument(offset: 1, depth: 1), .separator,
            .text(0x23), .argument(offset: 21, depth: 2), .separator,
            .separator, .separator, .separator, .separator,
        ])
    }
}
