import ICUShim

/// How wide text is on a terminal, for aligning columns of names in any script.
public enum TextWidth {
    /// The columns `text` takes in a monospaced terminal: two for each East Asian wide or
    /// fullwidth character, none for combining marks and format controls, one for the rest.
    public static func columns(of text: String) -> Int {
        Int(bs_text_columns(text, Int32(text.utf8.count)))
    }
}
