/// Compares the two engines' pages: identical, identical but for whitespace at line starts and
/// blank lines (where swift-mustache departs from the spec), or different.
struct OutputComparison {
    let summary: String

    init(_ ours: String, _ theirs: String) {
        guard ours != theirs else {
            summary = "outputs are identical"
            return
        }
        let ourLines = Self.lines(ours)
        let theirLines = Self.lines(theirs)
        let differing = zip(ourLines, theirLines).filter { $0 != $1 }.count + abs(ourLines.count - theirLines.count)
        if Self.contentLines(ours) == Self.contentLines(theirs) {
            summary = """
                outputs differ only in whitespace at the start of lines and in blank lines (\(differing) lines): \
                swift-mustache drops a partial's or block's indentation from the second iteration of a \
                section on, and keeps the line ending after a standalone {{/parent}} tag, which the spec removes
                """
        } else {
            summary = "outputs DIFFER in content (\(differing) lines)"
        }
    }

    private static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The lines without their leading whitespace, blank lines dropped.
    private static func contentLines(_ text: String) -> [Substring] {
        lines(text).map { $0.drop { $0 == " " } }.filter { !$0.isEmpty }
    }
}
