/// What can go wrong in the locale layer.
public enum LocaleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is not a valid BCP 47 language tag, or names a language CLDR does not know.
    case invalidTag(String)
    /// A message was formatted without a value for one of its arguments.
    case missingArgument(String, pattern: String)
    /// ICU refused an operation; `status` is ICU's name for the reason ("U_ILLEGAL_ARGUMENT_ERROR").
    case icuFailure(operation: String, status: String)

    public var description: String {
        switch self {
        case .invalidTag(let text):
            "invalid language tag '\(text)'"
        case .missingArgument(let name, let pattern):
            "missing argument '\(name)' for message '\(pattern)'"
        case .icuFailure(let operation, let status):
            "ICU could not \(operation): \(status)"
        }
    }
}
