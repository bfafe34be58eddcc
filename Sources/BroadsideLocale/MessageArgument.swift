import Foundation

/// The value of a named message argument.
public enum MessageArgument: Sendable, Equatable, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral
{
    /// A number, for `{n}`, `{n, number}` and plural arguments.
    case number(Double)
    /// Text, for `{name}` and select arguments.
    case string(String)
    /// A moment, for `{d, date, long}` and `{d, time}`.
    case date(Date)

    public init(integerLiteral value: Int) {
        self = .number(Double(value))
    }

    public init(floatLiteral value: Double) {
        self = .number(value)
    }

    public init(stringLiteral value: String) {
        self = .string(value)
    }
}
