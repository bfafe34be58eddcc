/// The bounds a message pattern must keep before ICU reads it. ICU's parser and formatter recurse
/// once per nested argument and overflow the stack on a pattern nested some thousands deep, so
/// ``check(_:)`` measures the pattern first, without recursion (see ``MessageScanner``). Real
/// messages nest a select and a plural or two and hold a handful of arguments.
public enum MessageLimits {
    /// The most UTF-16 code units (characters, but two for each emoji and other character beyond
    /// the Basic Multilingual Plane) a pattern may have.
    public static let maximumLength = 32_768
    /// The most arguments a pattern may nest inside one another, counting the outermost.
    public static let maximumDepth = 32
    /// The most arguments a pattern may have, nested ones included.
    public static let maximumArguments = 1_000

    /// Throws unless `pattern` is within every limit.
    ///
    /// - Parameter pattern: An ICU MessageFormat pattern from the user.
    /// - Throws: ``MessageSyntaxError`` at the first place that exceeds a limit, naming it.
    public static func check(_ pattern: String) throws(MessageSyntaxError) {
        if pattern.utf16.count > maximumLength {
            throw MessageSyntaxError(
                offset: MessageSyntaxError.offset(ofUTF16: Int32(maximumLength), in: pattern),
                message: "the message is \(pattern.utf16.count) characters (UTF-16 code units) long, "
                    + "over the limit of \(maximumLength)")
        }
        var arguments = 0
        for case .argument(let offset, let depth) in MessageScanner(pattern) {
            arguments += 1
            if depth > maximumDepth {
                throw MessageSyntaxError(
                    offset: MessageSyntaxError.offset(ofUTF16: Int32(offset), in: pattern),
                    message: "arguments nest \(depth) deep here, over the limit of \(maximumDepth)")
            }
            if arguments > maximumArguments {
                throw MessageSyntaxError(
                    offset: MessageSyntaxError.offset(ofUTF16: Int32(offset), in: pattern),
                    message: "this is argument \(arguments) of the message, over the limit of "
                        + "\(maximumArguments) arguments")
            }
        }
    }
}
