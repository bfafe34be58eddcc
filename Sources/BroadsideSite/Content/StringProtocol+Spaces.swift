extension StringProtocol {
    /// The text without spaces at either end, as `trimmingCharacters(in: .whitespaces)` leaves it
    /// (tabs and Unicode's space separators), without bridging to `NSString`: it is called for
    /// every file of a site.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        let isSpace = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
