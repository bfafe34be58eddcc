import ICUShim

/// Which script a text is written in, to spot a "translation" still in the source language.
public enum ScriptDetection {
    /// The ISO 15924 code of the script most frequent among the letters of `text` (markup-free
    /// text expected), ignoring characters common to scripts (digits, punctuation) and inherited
    /// marks; a tie goes to the script that appears first.
    ///
    /// Chinese characters count as "Hani" (and kana as "Hira" and "Kana"), where
    /// ``Language/script`` says "Hans", "Hant" or "Jpan"; compare accordingly.
    ///
    /// - Parameter text: The text to inspect.
    /// - Returns: A code such as "Latn", "Arab" or "Ethi"; nil when `text` has no letters.
    public static func dominantScript(of text: String) -> String? {
        let script = ShimBuffer.text { bs_text_dominant_script(text, Int32(text.utf8.count), $0, $1) }
        return script.isEmpty ? nil : script
    }
}
