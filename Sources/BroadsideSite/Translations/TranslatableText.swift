/// One piece of text to translate, with its inline Markdown as codes (``InlineCode``) between
/// runs of plain text: what a translator sees of a heading, a paragraph, a list item, a table
/// cell, a title.
struct TranslatableText: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case text(String)
        /// The start of a pair of codes, the code's id.
        case start(Int)
        /// The end of a pair of codes, the code's id.
        case end(Int)
        /// A placeholder code, its id.
        case placeholder(Int)
    }

    var pieces: [Piece] = []
    /// The codes by id, in the order they open.
    var codes: [InlineCode] = []

    /// Plain text alone (a title, a tag).
    init(plain text: String) {
        if !text.isEmpty { pieces = [.text(text)] }
    }

    init() {}

    /// Whether there is any text to translate (not only codes and white space).
    var hasText: Bool {
        pieces.contains { if case .text(let text) = $0 { !text.allSatisfy(\.isWhitespace) } else { false } }
    }

    /// The text with codes as numbered placeholders, `<1>…</1>` for a pair and `{2}` for a
    /// placeholder (gettext PO's form of inline codes).
    var numbered: String {
        pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .start(let id): "<\(id)>"
            case .end(let id): "</\(id)>"
            case .placeholder(let id): "{\(id)}"
            }
        }.joined()
    }

    /// The text a PO translation has, its `<n>`, `</n>` and `{n}` read as codes where `n` is
    /// one of the `codes` of its source (1 to `codeCount`), everything else as text.
    init(numbered text: String, codeCount: Int) {
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "<" || $0 == "{" }) {
            append(String(rest[..<open]))
            let after = rest[rest.index(after: open)...]
            let isEnd = rest[open] == "<" && after.first == "/"
            let digits = after.dropFirst(isEnd ? 1 : 0).prefix { $0.isASCII && $0.isNumber }
            let close = digits.endIndex < rest.endIndex ? rest[digits.endIndex] : nil
            if let id = Int(digits), (1...codeCount).contains(id), close == (rest[open] == "<" ? ">" : "}") {
                pieces.append(rest[open] == "{" ? .placeholder(id) : isEnd ? .end(id) : .start(id))
                rest = rest[rest.index(after: digits.endIndex)...]
            } else {
                append(String(rest[open]))
                rest = after
            }
        }
        append(String(rest))
    }

    mutating func append(_ text: String) {
        guard !text.isEmpty else { return }
        if case .text(let last)? = pieces.last {
            pieces[pieces.count - 1] = .text(last + text)
        } else {
            pieces.append(.text(text))
        }
    }

    /// Adds a code and returns its id.
    mutating func add(_ kind: InlineCode.Kind, markdown: String, closing: String? = nil) -> Int {
        let id = codes.count + 1
        codes.append(InlineCode(id: id, kind: kind, markdown: markdown, closingMarkdown: closing))
        return id
    }
}
