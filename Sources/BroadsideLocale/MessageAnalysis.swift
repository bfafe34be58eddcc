import ICUShim

/// The arguments of a message and the cases it covers, for checking translations against
/// each other and against a language's plural categories. Independent of any language.
public struct MessageAnalysis: Sendable, Equatable {
    /// Every named (or numbered) argument, nested ones included.
    public var argumentNames: Set<String>
    /// The keyword categories each plural argument covers, explicit values aside: compare them
    /// with the language's cardinal categories.
    public var pluralArguments: [String: Set<PluralCategory>]
    /// The keyword categories each selectordinal argument covers: compare them with the
    /// language's ordinal categories.
    public var ordinalArguments: [String: Set<PluralCategory>]
    /// The explicit value cases ("=0", "=1") of each plural or selectordinal argument that has any.
    public var explicitValues: [String: Set<String>]
    /// The keywords of each select argument.
    public var selectArguments: [String: Set<String>]

    public init(
        argumentNames: Set<String> = [], pluralArguments: [String: Set<PluralCategory>] = [:],
        ordinalArguments: [String: Set<PluralCategory>] = [:],
        explicitValues: [String: Set<String>] = [:], selectArguments: [String: Set<String>] = [:]
    ) {
        self.argumentNames = argumentNames
        self.pluralArguments = pluralArguments
        self.ordinalArguments = ordinalArguments
        self.explicitValues = explicitValues
        self.selectArguments = selectArguments
    }

    /// Parses a message pattern with ICU's MessagePattern.
    ///
    /// - Parameter pattern: An ICU MessageFormat pattern.
    /// - Returns: Its arguments and cases.
    /// - Throws: ``MessageSyntaxError`` when the pattern exceeds one of ``MessageLimits`` (checked
    ///   before ICU sees it), ICU cannot parse it, or a plural case is neither a CLDR category nor
    ///   an explicit value.
    public static func parse(_ pattern: String) throws(MessageSyntaxError) -> MessageAnalysis {
        try MessageLimits.check(pattern)
        let collector = Collector(pattern: pattern)
        var syntax = bs_syntax_error()
        withExtendedLifetime(collector) {
            _ = bs_message_analyze(
                pattern, Int32(pattern.utf8.count),
                { context, item, argument, selector, offset in
                    Unmanaged<Collector>.fromOpaque(context!).takeUnretainedValue()
                        .record(item, String(cString: argument!), selector.map { String(cString: $0) }, offset)
                },
                Unmanaged.passUnretained(collector).toOpaque(), &syntax)
        }
        if syntax.status != 0 { throw MessageSyntaxError(syntax, in: pattern) }
        if let error = collector.error { throw error }
        return collector.analysis
    }
}

/// Gathers what the shim reports while it walks a pattern.
private final class Collector {
    let pattern: String
    var analysis = MessageAnalysis()
    /// The first plural case that names no plural category.
    var error: MessageSyntaxError?

    init(pattern: String) {
        self.pattern = pattern
    }

    func record(_ item: bs_message_item, _ argument: String, _ selector: String?, _ offset: Int32) {
        switch item {
        case BS_MESSAGE_ARGUMENT:
            analysis.argumentNames.insert(argument)
        case BS_MESSAGE_PLURAL_CASE, BS_MESSAGE_ORDINAL_CASE:
            if let category = PluralCategory(rawValue: selector!) {
                if item == BS_MESSAGE_PLURAL_CASE {
                    analysis.pluralArguments[argument, default: []].insert(category)
                } else {
                    analysis.ordinalArguments[argument, default: []].insert(category)
                }
            } else if error == nil {
                error = MessageSyntaxError(
                    offset: MessageSyntaxError.offset(ofUTF16: offset, in: pattern),
                    message: "expected a plural category (zero, one, two, few, many, other) "
                        + "or an explicit value such as =0, not '\(selector!)'")
            }
        case BS_MESSAGE_EXPLICIT_CASE:
            analysis.explicitValues[argument, default: []].insert(selector!)
        default:
            analysis.selectArguments[argument, default: []].insert(selector!)
        }
    }
}
