import ICUShim

/// Where a message pattern stops making sense, and what ICU expected there.
public struct MessageSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The offset of the error, in characters from the start of the pattern.
    public var offset: Int
    /// What was expected at `offset`.
    public var message: String

    /// An error at `offset`, expecting what `message` says.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "message syntax error at offset \(offset): \(message)" }

    /// The error ICU reported for `pattern`. ICU places unmatched braces at offset 0, so they are
    /// reported at the end of the pattern instead, where the missing '}' belongs. Errors ICU finds
    /// only when it compiles a message (an unknown argument type or number skeleton) come
    /// without a position, at offset 0.
    init(_ error: bs_syntax_error, in pattern: String) {
        let status = String(cString: bs_error_name(error.status))
        if status == "U_UNMATCHED_BRACES" {
            self.init(offset: pattern.count, message: "expected '}' to close every argument")
        } else {
            self.init(offset: Self.offset(ofUTF16: error.offset, in: pattern),
                      message: Self.expectation(for: status))
        }
    }

    /// The character offset of a UTF-16 offset, as ICU counts.
    static func offset(ofUTF16 offset: Int32, in pattern: String) -> Int {
        let utf16 = pattern.utf16
        let index = utf16.index(utf16.startIndex, offsetBy: Int(offset), limitedBy: utf16.endIndex)
        return pattern.distance(from: pattern.startIndex, to: index ?? pattern.endIndex)
    }

    /// What was expected, for ICU's status.
    private static func expectation(for status: String) -> String {
        switch status {
        case "U_PATTERN_SYNTAX_ERROR":
            "expected an argument '{name}', '{name, type}' or '{name, type, style}', where the "
                + "cases of plural and select arguments read 'keyword {message}' and end with '}'"
        case "U_DEFAULT_KEYWORD_MISSING":
            "expected an 'other' case in every plural, selectordinal and select argument"
        case "U_NUMBER_SKELETON_SYNTAX_ERROR":
            "expected a valid number skeleton after '::'"
        case "U_ILLEGAL_ARGUMENT_ERROR":
            "expected an argument type (number, date, time, spellout, ordinal, duration, plural, "
                + "selectordinal, select or choice) with a style it accepts"
        default:
            "expected a valid ICU message (ICU reports \(status))"
        }
    }
}
