/// Where rendered HTML stands at the end of what has been written: in element content, inside a
/// tag, in an element that takes text only (`title`, `textarea`), or in script, style or a
/// comment; and the language and direction of the element around that place (its own `lang` and
/// `dir`, else those of the nearest element that has them).
///
/// Read from the output itself, so partials, parents and blocks are seen where they land, and
/// only as far as it was not read before: a page with no text of another language is never
/// read. A small tokenizer, enough for marking text (``TemplateText``): it knows tags, quoted
/// and unquoted attribute values, comments, declarations, and the elements whose content is not
/// markup; an end tag closes the innermost open element of its name that set a language.
struct HTMLContext {
    /// What may be inserted at the place.
    enum Place: Equatable {
        /// Element content: markup.
        case content
        /// Inside a tag, an attribute value most often: text, without markup.
        case tag
        /// The content of `title` or `textarea`: text, without markup.
        case text
        /// Script, style, a comment or a declaration: nothing that was not asked for.
        case raw
    }

    /// An element that set a language or a direction, with how many elements of its name were
    /// opened inside it and are still open.
    private struct Frame {
        var name: [UInt8]
        var language: String?
        var isRightToLeft: Bool?
        var nested = 0
    }

    private enum State: Equatable {
        case data, lessThan, bang(dashes: Int), comment(dashes: Int), declaration
        case tagName, inTag, attributeName, afterAttributeName, beforeValue, quotedValue(UInt8), unquotedValue
        /// In `script`, `style`, `title` or `textarea`, with how many bytes of its end tag (`</name`) were seen.
        case elementText(matched: Int)
    }

    /// The elements that never have content, so never close.
    private static let voidElements: Set<[UInt8]> = Set(["area", "base", "br", "col", "embed", "hr", "img", "input",
                                                         "link", "meta", "source", "track", "wbr"].map { Array($0.utf8) })
    private static let textElements: Set<[UInt8]> = [Array("title".utf8), Array("textarea".utf8)]
    private static let rawElements: Set<[UInt8]> = [Array("script".utf8), Array("style".utf8)]
    /// The most elements with a language followed at once, and the longest names and values kept.
    private static let depthLimit = 256, nameLimit = 32, valueLimit = 64

    private var state = State.data
    private var stack: [Frame] = []
    private var read: String.Index?
    private var isClosing = false, endsWithSlash = false
    private var name: [UInt8] = [], attribute: [UInt8] = [], value: [UInt8] = []
    private var tagLanguage: String?, tagDirection: Bool??
    /// The end tag that ends the element whose text is being read, and whether that text is markup-free text or raw.
    private var elementEnd: [UInt8] = [], elementIsText = false

    /// The place at the end of what was read.
    var place: Place {
        switch state {
        case .data, .lessThan: .content
        case .bang, .comment, .declaration: .raw
        case .tagName, .inTag, .attributeName, .afterAttributeName, .beforeValue, .quotedValue, .unquotedValue: .tag
        case .elementText: elementIsText ? .text : .raw
        }
    }

    /// The language of the element around the place; `nil` when none says.
    var language: String? { stack.last(where: { $0.language != nil })?.language }

    /// The direction of the element around the place; `nil` when none says.
    var isRightToLeft: Bool? { stack.last(where: { $0.isRightToLeft != nil })?.isRightToLeft }

    /// Reads what `output` holds past what was read before (`output` only ever grows).
    mutating func read(_ output: String) {
        let start = read ?? output.startIndex
        for byte in output.utf8[start...] { step(byte) }
        read = output.endIndex
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }

    private mutating func step(_ byte: UInt8) {
        switch state {
        case .data:
            if byte == UInt8(ascii: "<") { state = .lessThan }
        case .lessThan:
            if byte == UInt8(ascii: "!") {
                state = .bang(dashes: 0)
            } else if byte == UInt8(ascii: "?") {
                state = .declaration
            } else if byte == UInt8(ascii: "/") || Self.isLetter(byte) {
                isClosing = byte == UInt8(ascii: "/")
                (name, endsWithSlash, tagLanguage, tagDirection) = (isClosing ? [] : [byte | 0x20], false, nil, nil)
                state = .tagName
            } else {
                state = byte == UInt8(ascii: "<") ? .lessThan : .data
            }
        case .bang(let dashes):
            if byte == UInt8(ascii: "-") {
                state = dashes == 1 ? .comment(dashes: 0) : .bang(dashes: 1)
            } else {
                state = byte == UInt8(ascii: ">") ? .data : .declaration
            }
        case .comment(let dashes):
            if byte == UInt8(ascii: ">") && dashes >= 2 {
                state = .data
            } else {
                state = .comment(dashes: byte == UInt8(ascii: "-") ? dashes + 1 : 0)
            }
        case .declaration:
            if byte == UInt8(ascii: ">") { state = .data }
        case .tagName:
            continueName(byte, \.name, then: .inTag)
        case .inTag, .afterAttributeName:
            if byte == UInt8(ascii: ">") {
                endTag()
            } else if byte == UInt8(ascii: "/") {
                endsWithSlash = true
            } else if byte == UInt8(ascii: "=") && state == .afterAttributeName {
                state = .beforeValue
            } else if !Self.isSpace(byte) {
                (attribute, endsWithSlash) = ([Self.isLetter(byte) ? byte | 0x20 : byte], false)
                state = .attributeName
            }
        case .attributeName:
            if byte == UInt8(ascii: "=") { state = .beforeValue } else { continueName(byte, \.attribute, then: .afterAttributeName) }
        case .beforeValue:
            value = []
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                state = .quotedValue(byte)
            } else if byte == UInt8(ascii: ">") {
                endTag()
            } else if !Self.isSpace(byte) {
                value.append(byte)
                state = .unquotedValue
            }
        case .quotedValue(let quote):
            if byte == quote {
                endValue()
                state = .inTag
            } else if value.count < Self.valueLimit {
                value.append(byte)
            }
        case .unquotedValue:
            if Self.isSpace(byte) || byte == UInt8(ascii: ">") {
                endValue()
                if byte == UInt8(ascii: ">") { endTag() } else { state = .inTag }
            } else if value.count < Self.valueLimit {
                value.append(byte)
            }
        case .elementText(let matched):
            // `</name`, letters compared without case, then anything but a letter.
            let expected: UInt8? = matched == 0 ? UInt8(ascii: "<") : matched == 1 ? UInt8(ascii: "/")
                : matched - 2 < elementEnd.count ? elementEnd[matched - 2] : nil
            if let expected {
                let matches = byte == expected || (Self.isLetter(byte) && byte | 0x20 == expected)
                state = .elementText(matched: matches ? matched + 1 : byte == UInt8(ascii: "<") ? 1 : 0)
            } else if Self.isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") {
                (isClosing, name) = (true, elementEnd)
                state = .tagName
                step(byte)
            } else {
                state = .elementText(matched: byte == UInt8(ascii: "<") ? 1 : 0)
            }
        }
    }

    /// A byte of a tag's or an attribute's name, kept in lower case in `name`; a space or `/`
    /// ends the name (then `next`), and `>` the tag.
    private mutating func continueName(_ byte: UInt8, _ name: WritableKeyPath<HTMLContext, [UInt8]>, then next: State) {
        if byte == UInt8(ascii: ">") {
            endTag()
        } else if Self.isSpace(byte) || byte == UInt8(ascii: "/") {
            endsWithSlash = byte == UInt8(ascii: "/")
            state = next
        } else if self[keyPath: name].count < Self.nameLimit {
            self[keyPath: name].append(Self.isLetter(byte) ? byte | 0x20 : byte)
        }
    }

    /// An attribute's value is complete: `lang` and `dir` are kept for the tag.
    private mutating func endValue() {
        if attribute == Array("lang".utf8) {
            tagLanguage = String(decoding: value, as: UTF8.self)
        } else if attribute == Array("dir".utf8) {
            let direction = String(decoding: value, as: UTF8.self).lowercased()
            tagDirection = direction == "rtl" ? true : direction == "ltr" ? false : .some(nil)
        }
    }

    /// A tag is complete: an element opens or closes.
    private mutating func endTag() {
        state = .data
        if isClosing {
            if let last = stack.indices.last, stack[last].name == name {
                if stack[last].nested == 0 { stack.removeLast() } else { stack[last].nested -= 1 }
            }
            return
        }
        let isVoid = Self.voidElements.contains(name) || endsWithSlash
        if !isVoid {
            if tagLanguage != nil || tagDirection != nil {
                if stack.count < Self.depthLimit {
                    stack.append(Frame(name: name, language: tagLanguage.flatMap { $0.isEmpty ? nil : $0 },
                                       isRightToLeft: tagDirection ?? nil))
                }
            } else if let last = stack.indices.last, stack[last].name == name {
                stack[last].nested += 1
            }
        }
        if Self.textElements.contains(name) || Self.rawElements.contains(name) {
            (elementEnd, elementIsText) = (name, Self.textElements.contains(name))
            state = .elementText(matched: 0)
        }
    }
}
