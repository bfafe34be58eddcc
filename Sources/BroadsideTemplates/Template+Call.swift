extension Template {
    /// A function-call tag as parsed: `{{date article.date style="long"}}`.
    struct Call: Sendable {
        /// An argument as written, with what it stands for.
        struct Argument: Sendable {
            let text: String
            let operand: Operand

            func resolve(in context: Context) -> TemplateValue {
                switch operand {
                case .name(let name): context.lookup(name)
                case .literal(let value): value
                }
            }
        }

        enum Operand: Sendable {
            case name(Name)
            case literal(TemplateValue)
        }

        let function: String
        let positional: [Argument]
        let named: [String: Argument]
        /// UTF-8 offset of the tag, for errors.
        let offset: Int

        /// The call with its arguments resolved against `context`.
        func resolved(in context: Context) -> TemplateCall {
            TemplateCall(
                name: function,
                positional: positional.map { TemplateCall.Argument(text: $0.text, value: $0.resolve(in: context)) },
                named: named.mapValues { $0.resolve(in: context) })
        }
    }
}

extension Template.Call {
    /// Parses the trimmed content of a tag that contains whitespace. Throws a message; the
    /// parser adds the location.
    init(parsing content: String, offset: Int) throws(Template.Call.SyntaxError) {
        var scanner = Scanner(bytes: Array(content.utf8))
        function = scanner.word()
        guard !function.isEmpty else {
            throw SyntaxError("expected a function name first in '\(content)', as in {{t key}}")
        }
        var positional: [Argument] = []
        var named: [String: Argument] = [:]
        while scanner.skipWhitespace() {
            if scanner.peek == UInt8(ascii: "\"") {
                positional.append(try scanner.argument(calling: function))
                continue
            }
            let word = scanner.word(stoppingAt: UInt8(ascii: "="))
            guard scanner.peek == UInt8(ascii: "=") else {
                positional.append(try Argument(bare: word, calling: function))
                continue
            }
            scanner.advance()
            guard !word.isEmpty else {
                throw SyntaxError("missing argument name before '=' in call to '\(function)'; expected name=value")
            }
            guard named[word] == nil else {
                throw SyntaxError("argument '\(word)' is given twice in call to '\(function)'")
            }
            named[word] = try scanner.argument(calling: function)
        }
        self.positional = positional
        self.named = named
        self.offset = offset
    }

    /// What is wrong in a call's text.
    struct SyntaxError: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// Reads words and quoted strings from a call's bytes.
    private struct Scanner {
        let bytes: [UInt8]
        var position = 0

        var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

        mutating func advance() { position += 1 }

        /// Skips whitespace; false at the end.
        mutating func skipWhitespace() -> Bool {
            while let byte = peek, byte.isWhitespace { advance() }
            return peek != nil
        }

        /// The bytes up to whitespace, a quote or `stop`.
        mutating func word(stoppingAt stop: UInt8? = nil) -> String {
            let start = position
            while let byte = peek, !byte.isWhitespace, byte != UInt8(ascii: "\""), byte != stop { advance() }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        /// A value: a quoted string or a bare word.
        mutating func argument(calling function: String) throws(SyntaxError) -> Argument {
            guard peek == UInt8(ascii: "\"") else {
                return try Argument(bare: word(), calling: function)
            }
            let start = position
            advance()
            var value: [UInt8] = []
            while let byte = peek, byte != UInt8(ascii: "\"") {
                advance()
                if byte == UInt8(ascii: "\\"), let escaped = peek {
                    value.append(escaped)
                    advance()
                } else {
                    value.append(byte)
                }
            }
            guard peek != nil else {
                throw SyntaxError("unterminated string in call to '\(function)'; expected a closing '\"'")
            }
            advance()
            return Argument(
                text: String(decoding: bytes[start..<position], as: UTF8.self),
                operand: .literal(.string(String(decoding: value, as: UTF8.self))))
        }
    }
}

extension Template.Call.Argument {
    /// A number literal or a key path.
    init(bare text: String, calling function: String) throws(Template.Call.SyntaxError) {
        guard !text.isEmpty else {
            throw .init("missing value in call to '\(function)'; expected a key, a \"string\" or a number")
        }
        self.text = text
        if let first = text.utf8.first, first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) {
            if let int = Int(text) {
                operand = .literal(.int(int))
            } else if let double = Double(text) {
                operand = .literal(.double(double))
            } else {
                throw .init("invalid number '\(text)' in call to '\(function)'")
            }
        } else if let name = Template.Name(text) {
            operand = .name(name)
        } else {
            throw .init("invalid key '\(text)' in call to '\(function)'; expected a name such as article.title")
        }
    }
}
