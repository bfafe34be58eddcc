import Foundation
import ICUShim

/// An ICU MessageFormat pattern compiled once for one language, to format with named arguments
/// as often as needed, from any task.
public final class Message: Sendable {
    /// The pattern as written.
    public let pattern: String
    /// The pattern's arguments and cases.
    public let analysis: MessageAnalysis
    /// ICU's compiled message.
    private let compiled: ICUObject

    /// Compiles `pattern` for the language `tag`.
    init(_ pattern: String, in tag: LanguageTag) throws(MessageSyntaxError) {
        self.pattern = pattern
        // First: it checks the pattern against MessageLimits, which ICU's MessageFormat needs too.
        analysis = try MessageAnalysis.parse(pattern)
        var syntax = bs_syntax_error()
        guard let pointer = bs_message_open(tag.identifier, pattern, Int32(pattern.utf8.count), &syntax)
        else { throw MessageSyntaxError(syntax, in: pattern) }
        compiled = ICUObject(adopting: pointer, close: bs_message_close)
    }

    /// Formats the message; numbers and dates follow the message's language.
    ///
    /// - Parameter arguments: A value for every argument of the message, by name; extra values
    ///   are ignored.
    /// - Returns: The formatted text.
    /// - Throws: ``LocaleError/missingArgument(_:pattern:)`` naming the first missing argument in
    ///   alphabetical order, or ``LocaleError/icuFailure(operation:status:)`` when ICU cannot use
    ///   a value (such as text for a `number` argument).
    public func format(_ arguments: [String: MessageArgument]) throws(LocaleError) -> String {
        if let missing = analysis.argumentNames.subtracting(arguments.keys).min() {
            throw .missingArgument(missing, pattern: pattern)
        }
        var copies: [UnsafeMutablePointer<CChar>] = []
        defer { copies.forEach { free($0) } }
        func copy(_ text: String) -> UnsafePointer<CChar> {
            copies.append(strdup(text))
            return UnsafePointer(copies.last!)
        }
        let values = arguments.map { name, value in
            switch value {
            case .number(let number):
                bs_message_argument(name: copy(name), kind: BS_ARGUMENT_NUMBER, number: number, string: nil)
            case .string(let text):
                bs_message_argument(name: copy(name), kind: BS_ARGUMENT_STRING, number: 0, string: copy(text))
            case .date(let date):
                bs_message_argument(name: copy(name), kind: BS_ARGUMENT_DATE, number: date.icuDate, string: nil)
            }
        }
        return try compiled.use { message throws(LocaleError) in
            try ShimBuffer.text("format the message '\(pattern)'") {
                bs_message_format(message, values, Int32(values.count), $0, $1, $2)
            }
        }
    }
}
