/// The structure of an ICU MessageFormat pattern read the way ICU's MessagePattern reads it
/// (apostrophe quoting in ICU's default DOUBLE_OPTIONAL mode, `#` only in plural cases, `|` only
/// in choice cases), as a sequence of events, with no recursion: a pattern nested any number of
/// levels deep takes no stack. ``MessageLimits`` measures patterns with it before ICU, which
/// recurses once per nested argument, ever sees them.
///
/// On a pattern ICU accepts, the events follow ICU's parse exactly. Where ICU would stop with a
/// syntax error the scanner reads on loosely or stops, so it is also safe on broken patterns.
public struct MessageScanner: Sequence, IteratorProtocol {
    /// What the scanner meets, in pattern order.
    public enum Event: Sendable, Equatable {
        /// A UTF-16 code unit of text a reader sees, its quoting resolved.
        case text(UInt16)
        /// The `{` of an argument at `offset` (in UTF-16 code units), inside `depth - 1` other
        /// arguments: an argument at the top level has depth 1.
        case argument(offset: Int, depth: Int)
        /// A boundary between words that is no text: where a case starts or ends, a `#`.
        case separator
    }

    /// The styles of the arguments that hold messages of their own.
    private enum ComplexKind {
        /// `plural` and `selectordinal`: `#` stands for the number.
        case plural
        case select
        /// `choice`: `|` separates the cases.
        case choice
    }

    private enum Mode {
        /// Message text, in a case of the innermost open argument (or at the top level).
        case text
        /// Quoted literal text.
        case quoted
        /// The selectors of the innermost open argument, between its cases.
        case style
    }

    private let units: [UInt16]
    private var index = 0
    private var mode = Mode.text
    /// The complex arguments around the current position, innermost last.
    private var open: [ComplexKind] = []

    /// A scanner of `pattern`.
    public init(_ pattern: String) {
        units = Array(pattern.utf16)
    }

    public mutating func next() -> Event? {
        while index < units.count {
            let event: Event? = switch mode {
            case .text: readText()
            case .quoted: readQuoted()
            case .style: readStyle()
            }
            if let event { return event }
        }
        return nil
    }

    // MARK: - The three modes

    private mutating func readText() -> Event? {
        let unit = units[index]
        let parent = open.last
        switch unit {
        case Unit.apostrophe:
            let following = index + 1 < units.count ? units[index + 1] : nil
            if following == Unit.apostrophe {
                index += 2
            } else if let following, following == Unit.openBrace || following == Unit.closeBrace
                || (parent == .choice && following == Unit.pipe) || (parent == .plural && following == Unit.pound)
            {
                index += 1
                mode = .quoted
                return nil
            } else {
                index += 1
            }
            return .text(Unit.apostrophe)
        case Unit.pound where parent == .plural:
            index += 1
            return .separator
        case Unit.openBrace:
            return readArgument()
        case Unit.closeBrace where parent == .choice:
            // The '}' ends the case and the choice argument with it.
            index += 1
            open.removeLast()
            return .separator
        case Unit.closeBrace where parent != nil, Unit.pipe where parent == .choice:
            index += 1
            mode = .style
            return .separator
        default:
            index += 1
            return .text(unit)
        }
    }

    /// Quoted text runs to the next single apostrophe (or the end); `''` in it is one apostrophe.
    private mutating func readQuoted() -> Event? {
        let unit = units[index]
        guard unit == Unit.apostrophe else {
            index += 1
            return .text(unit)
        }
        if index + 1 < units.count, units[index + 1] == Unit.apostrophe {
            index += 2
            return .text(Unit.apostrophe)
        }
        index += 1
        mode = .text
        return nil
    }

    /// Between the cases of the innermost open argument: selectors (`few`, `=0`, `offset:1`, or a
    /// choice limit such as `1#`) up to the next case, or the argument's closing `}`.
    private mutating func readStyle() -> Event? {
        let unit = units[index]
        index += 1
        switch (open.last!, unit) {
        case (.choice, Unit.pound), (.choice, Unit.lessThan), (.choice, Unit.lessOrEqual),
             (.plural, Unit.openBrace), (.select, Unit.openBrace):
            mode = .text
            return .separator
        case (.choice, Unit.openBrace), (.choice, Unit.closeBrace):
            stop()  // ICU expects a number and a separator first.
            return nil
        case (_, Unit.closeBrace):
            open.removeLast()
            mode = .text
            return .separator
        default:
            return nil
        }
    }

    // MARK: - Arguments

    /// An argument from its `{`: `{name}`, `{name, type}`, `{name, type, style}`. A simple style
    /// is read here to its end; a complex one (plural, select, ...) opens the argument.
    private mutating func readArgument() -> Event {
        let event = Event.argument(offset: index, depth: open.count + 1)
        index = skipWhiteSpace(from: index + 1)
        while index < units.count, !isWhiteSpace(units[index]),
              ![Unit.comma, Unit.openBrace, Unit.closeBrace].contains(units[index]) {
            index += 1
        }
        index = skipWhiteSpace(from: index)
        guard index < units.count, units[index] == Unit.comma else {
            if index < units.count, units[index] == Unit.closeBrace { index += 1 } else { stop() }
            return event
        }
        let typeStart = skipWhiteSpace(from: index + 1)
        index = typeStart
        while index < units.count, isASCIILetter(units[index]) { index += 1 }
        let type = String(decoding: units[typeStart..<index], as: UTF16.self).lowercased()
        index = skipWhiteSpace(from: index)
        guard index < units.count, units[index] == Unit.comma else {
            if index < units.count, units[index] == Unit.closeBrace { index += 1 } else { stop() }
            return event
        }
        index += 1
        switch type {
        case "plural", "selectordinal": open.append(.plural)
        case "select": open.append(.select)
        case "choice": open.append(.choice)
        default:
            readSimpleStyle()
            return event
        }
        mode = .style
        return event
    }

    /// The style of a simple argument (`integer`, `::currency/EUR`, a date pattern) up to its
    /// closing `}`: braces in it nest, and every apostrophe quotes up to the next one.
    private mutating func readSimpleStyle() {
        var nestedBraces = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            if unit == Unit.apostrophe {
                guard let end = units[index...].firstIndex(of: Unit.apostrophe) else { return stop() }
                index = end + 1
            } else if unit == Unit.openBrace {
                nestedBraces += 1
            } else if unit == Unit.closeBrace {
                if nestedBraces == 0 { return }
                nestedBraces -= 1
            }
        }
    }

    /// Where ICU gives up on the pattern, the scan ends too.
    private mutating func stop() {
        index = units.count
    }

    private func skipWhiteSpace(from start: Int) -> Int {
        var position = start
        while position < units.count, isWhiteSpace(units[position]) { position += 1 }
        return position
    }

    /// Unicode's Pattern_White_Space, which ICU skips around names, types and selectors.
    private func isWhiteSpace(_ unit: UInt16) -> Bool {
        (0x09...0x0D).contains(unit) || [0x20, 0x85, 0x200E, 0x200F, 0x2028, 0x2029].contains(unit)
    }

    private func isASCIILetter(_ unit: UInt16) -> Bool {
        (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
    }

    /// The UTF-16 code units of the pattern syntax.
    private enum Unit {
        static let apostrophe: UInt16 = 0x27
        static let pound: UInt16 = 0x23
        static let comma: UInt16 = 0x2C
        static let lessThan: UInt16 = 0x3C
        static let lessOrEqual: UInt16 = 0x2264
        static let openBrace: UInt16 = 0x7B
        static let pipe: UInt16 = 0x7C
        static let closeBrace: UInt16 = 0x7D
    }
}
