/// A glob over page paths as Hugo's `cascade` targets write them (`/snippets/**`,
/// `{/docs,/docs/**}`): `*` matches within one folder, `**` across folders, `?` one character,
/// `{a,b}` either (one level, no nesting), and anything else itself, in any case.
struct PathGlob: Sendable, Equatable {
    /// The patterns the braces make, one of which must match.
    let alternatives: [[Unicode.Scalar]]

    /// The longest pattern, in characters.
    static let maximumLength = 256

    init(_ pattern: String, at location: SourceLocation) throws(Diagnostic) {
        guard pattern.count <= Self.maximumLength else {
            throw Diagnostic(at: location, "the path pattern is \(pattern.count) characters long, over the limit of \(Self.maximumLength)")
        }
        let pattern = pattern.lowercased()
        guard let open = pattern.firstIndex(of: "{") else {
            alternatives = [Array(pattern.unicodeScalars)]
            return
        }
        guard let close = pattern[open...].firstIndex(of: "}"), !pattern[pattern.index(after: open)..<close].contains("{"),
              !pattern[pattern.index(after: close)...].contains("{") else {
            throw Diagnostic(at: location, "the path pattern '\(pattern)' has braces Broadside does not read",
                             hint: "write one {a,b} group, not nested")
        }
        let (head, tail) = (pattern[..<open], pattern[pattern.index(after: close)...])
        alternatives = pattern[pattern.index(after: open)..<close].split(separator: ",", omittingEmptySubsequences: false)
            .map { Array((head + $0 + tail).unicodeScalars) }
    }

    /// Whether `path` matches one of the alternatives.
    func matches(_ path: String) -> Bool {
        let text = Array(path.lowercased().unicodeScalars)
        return alternatives.contains { Self.matches(text, $0) }
    }

    /// Whether `text` matches `pattern`, in time proportional to their lengths' product at
    /// most, and to the matching prefix's when it fails early (as most paths do).
    private static func matches(_ text: [Unicode.Scalar], _ pattern: [Unicode.Scalar]) -> Bool {
        // matched[j]: the pattern so far matches text[..<j].
        var matched = [Bool](repeating: false, count: text.count + 1)
        matched[0] = true
        var index = 0
        while index < pattern.count {
            var next = [Bool](repeating: false, count: text.count + 1)
            switch pattern[index] {
            case "*" where index + 1 < pattern.count && pattern[index + 1] == "*":
                // `**`: any run of characters, folders included.
                var reachable = false
                for j in 0...text.count {
                    reachable = reachable || matched[j]
                    next[j] = reachable
                }
                index += 1
            case "*":
                // Any run within one folder.
                for j in 0...text.count {
                    next[j] = matched[j] || (j > 0 && next[j - 1] && text[j - 1] != "/")
                }
            case "?":
                for j in 1...max(1, text.count) where j <= text.count { next[j] = matched[j - 1] && text[j - 1] != "/" }
            case let character:
                for j in 1...max(1, text.count) where j <= text.count { next[j] = matched[j - 1] && text[j - 1] == character }
            }
            guard next.contains(true) else { return false }
            matched = next
            index += 1
        }
        return matched[text.count]
    }
}
