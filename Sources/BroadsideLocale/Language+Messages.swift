extension Language {
    /// Compiles an ICU MessageFormat pattern for this language, to format as often as needed,
    /// from any task.
    ///
    /// - Parameter pattern: The message, such as `"{count, plural, one {# file} other {# files}}"`.
    /// - Returns: The compiled message.
    /// - Throws: ``MessageSyntaxError`` with the offset of the error and what was expected.
    public func message(_ pattern: String) throws(MessageSyntaxError) -> Message {
        try Message(pattern, in: tag)
    }
}
