import Foundation

/// Path segments made from text the way Hugo makes them, so a site moved from Hugo keeps its
/// addresses: for `:title` and `:slug` in permalinks, and tags with `tagSlugs: asWritten`.
enum PathSegment {
    /// `text` as Hugo makes a title a path segment: letters, marks, digits and `._~+#@-` kept,
    /// each run of spaces between them one hyphen, everything else dropped (NFC first).
    static func hugo(from text: String) -> String {
        var segment = ""
        var hyphenPending = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            let properties = scalar.properties
            let kept = "._~+#@-".unicodeScalars.contains(scalar) || properties.isAlphabetic
                || properties.numericType == .decimal || properties.generalCategory.isMark
            if kept {
                if hyphenPending && scalar != "-" { segment.unicodeScalars.append("-") }
                hyphenPending = false
                segment.unicodeScalars.append(scalar)
            } else if properties.isWhitespace, !segment.isEmpty, segment.last != "-" {
                hyphenPending = true
            }
        }
        return segment
    }
}

private extension Unicode.GeneralCategory {
    var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
