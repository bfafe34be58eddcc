#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where rendered HTML stands at the end of what has been written: in element content, inside a
/// tag, in an element that takes text only (`title`, `textarea`), or in script, style or a
/// comment; and the language and direction of the element around that place (its own `lang` and
/// `dir`, else those of the nearest element that has them).
///
/// Read from the output itself, so partials, parents and blocks are seen where they land, and
/// only as far as it was not read before, and only once text that says its language is inserted
/// (a page whose templates insert none is never read). A small tokenizer, enough for marking text (``TemplateText``): it knows tags, quoted
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

    /// What an element has other than markup: no content ever (so it never closes), text only, or raw content.
    private enum Content { case void, text, raw }

    /// The elements read other than as markup: those that never have content (so never close),
    /// and those whose content is text or raw.
    private static let specialElements: [[UInt8]: Content] = Dictionary(uniqueKeysWithValues:
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"].map { (Array($0.utf8), Content.void) }
        + ["title", "textarea"].map { (Array($0.utf8), Content.text) } + ["script", "style"].map { (Array($0.utf8), Content.raw) })
    private static let lang = Array("lang".utf8), dir = Array("dir".utf8)
    /// The most elements with a language followed at once, and the longest names and values kept.
    private static let depthLimit = 256, nameLimit = 32, valueLimit = 64

    private var state = State.data
    private var stack: [Frame] = []
    /// How many bytes of the output were read.
    private var readBytes = 0
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
        var output = output
        output.withUTF8 { bytes in
            var index = readBytes
            while true {
                index = endOfRun(in: bytes, from: index)
                guard index < bytes.count else { break }
                step(bytes[index])
                index += 1
            }
            readBytes = bytes.count
        }
    }

    /// Where the bytes from `start` stop leaving the state as it is, read at once, for this reads
    /// every page that has text of a language: text, raw text, declarations and quoted values run
    /// to the one byte that can end them (found with memchr), names to a space, `/` or `>` (or `=`),
    /// kept as they go, and the spaces between attributes to what follows them.
    private mutating func endOfRun(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        func find(_ byte: UInt8) -> Int {
            guard let base = bytes.baseAddress, start < bytes.count,
                  let found = memchr(base + start, Int32(byte), bytes.count - start) else { return bytes.count }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        func end(while continues: (UInt8) -> Bool) -> Int {
            var end = start
            while end < bytes.count && continues(bytes[end]) { end += 1 }
            return end
        }
        func isNameByte(_ byte: UInt8) -> Bool { !Self.isSpace(byte) && byte != UInt8(ascii: "/") && byte != UInt8(ascii: ">") }
        func kept(_ end: Int, after count: Int, limit: Int) -> Slice<UnsafeBufferPointer<UInt8>> {
            bytes[start..<min(end, start + max(0, limit - count))]
        }
        switch state {
        case .data, .elementText(matched: 0):
            return find(UInt8(ascii: "<"))
        case .declaration:
            return find(UInt8(ascii: ">"))
        case .quotedValue(let quote):
            let end = find(quote)
            value.append(contentsOf: kept(end, after: value.count, limit: Self.valueLimit))
            return end
        case .tagName:
            let end = end(while: isNameByte)
            name.append(contentsOf: kept(end, after: name.count, limit: Self.nameLimit).lazy.map(Self.lowercased))
            return end
        case .attributeName:
            let end = end { isNameByte($0) && $0 != UInt8(ascii: "=") }
            attribute.append(contentsOf: kept(end, after: attribute.count, limit: Self.nameLimit).lazy.map(Self.lowercased))
            return end
        case .inTag, .afterAttributeName:
            return end(while: Self.isSpace)
        default:
            return start
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func lowercased(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte | 0x20 : byte }
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
                name.removeAll(keepingCapacity: true)
                if !isClosing { name.append(byte | 0x20) }
                (endsWithSlash, tagLanguage, tagDirection) = (false, nil, nil)
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
            if !endsName(byte, then: .inTag), name.count < Self.nameLimit { name.append(Self.lowercased(byte)) }
        case .inTag, .afterAttributeName:
            if byte == UInt8(ascii: ">") {
                endTag()
            } else if byte == UInt8(ascii: "/") {
                endsWithSlash = true
            } else if byte == UInt8(ascii: "=") && state == .afterAttributeName {
                state = .beforeValue
            } else if !Self.isSpace(byte) {
                attribute.removeAll(keepingCapacity: true)
                attribute.append(Self.lowercased(byte))
                endsWithSlash = false
                state = .attributeName
            }
        case .attributeName:
            if byte == UInt8(ascii: "=") {
                state = .beforeValue
            } else if !endsName(byte, then: .afterAttributeName), attribute.count < Self.nameLimit {
                attribute.append(Self.lowercased(byte))
            }
        case .beforeValue:
            value.removeAll(keepingCapacity: true)
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

    /// Whether `byte` ends a tag's or an attribute's name: a space or `/` does (then `next`), and
    /// `>` ends the tag too.
    private mutating func endsName(_ byte: UInt8, then next: State) -> Bool {
        if byte == UInt8(ascii: ">") {
            endTag()
        } else if Self.isSpace(byte) || byte == UInt8(ascii: "/") {
            endsWithSlash = byte == UInt8(ascii: "/")
            state = next
        } else {
            return false
        }
        return true
    }

    /// An attribute's value is complete: `lang` and `dir` are kept for the tag.
    private mutating func endValue() {
        if attribute == Self.lang {
            tagLanguage = String(decoding: value, as: UTF8.self)
        } else if attribute == Self.dir {
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
        let special = Self.specialElements[name]
        if special != Content.void && !endsWithSlash {
            if tagLanguage != nil || tagDirection != nil {
                if stack.count < Self.depthLimit {
                    stack.append(Frame(name: name, language: tagLanguage.flatMap { $0.isEmpty ? nil : $0 },
                                       isRightToLeft: tagDirection ?? nil))
                }
            } else if let last = stack.indices.last, stack[last].name == name {
                stack[last].nested += 1
            }
        }
        if let special, special != .void {
            (elementEnd, elementIsText) = (name, special == .text)
            state = .elementText(matched: 0)
        }
    }
}
