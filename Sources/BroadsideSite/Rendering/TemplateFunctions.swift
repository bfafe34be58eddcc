import BroadsideLocale
import BroadsideTemplates
import Foundation

/// The template engine's extension functions for one page language:
/// `{{t key name=value}}`, `{{date value style="long"}}`, `{{number value}}`, `{{lang value in=tag}}`.
///
/// Each says the language of what it gives (``TemplateText``), so that a UI string shown in
/// another language than the page's (a missing translation's fallback), or a value marked with
/// `lang`, is marked where it lands; a text argument of a message that may run in the other
/// direction than the message is isolated (FSI … PDI) inside it.
enum TemplateFunctions {
    /// Why a function call could not be answered; the engine reports it at the tag.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func make(for tag: LanguageTag, strings: UIStrings, timeZone: String) -> [String: TemplateFunction] {
        let language = Language.named(tag)
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")!
        let pageLanguage = Self.language(tag)
        return [
            "t": { call in
                guard let argument = call.positional.first else {
                    throw Failure(description: "t needs a UI string key: {{t key name=value}}")
                }
                // `{{t key}}` names the key; `{{t "key"}}` spells it as a string.
                let key = if argument.text.hasPrefix("\""), case .string(let text) = argument.value { text } else { argument.text }
                guard let (message, written) = strings.lookup(key, in: tag) else {
                    throw Failure(description: "no UI string '\(key)' in \(tag) or the default language; add it to locales/")
                }
                let direction = Language.named(written).direction
                var arguments: [String: MessageArgument] = [:]
                for (name, value) in call.named {
                    // A select's value is a keyword to match, not text to show.
                    let shown = message.analysis.selectArguments[name] == nil
                    arguments[name] = try messageArgument(value, name: name, isolatedFrom: shown ? direction : nil)
                }
                return TemplateText(try message.format(arguments), language: Self.language(written))
            },
            "lang": { call in
                guard let value = call.positional.first?.value, case .string(let code) = call.named["in"],
                      let marked = try? LanguageTag(code) else {
                    throw Failure(description: "lang marks a value with its language: {{lang value in=tag}}, such as {{lang title in=titleLang}}")
                }
                return TemplateText(text(of: value), language: Self.language(marked))
            },
            "date": { call in
                guard let value = call.positional.first?.value, case .string(let text) = value,
                      let date = Timestamp.parse(text, timeZone: zone) else {
                    throw Failure(description: "date needs a date value such as page.date")
                }
                let styleName = call.named["style"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? "medium"
                guard let style = DateStyle(rawValue: styleName) else {
                    throw Failure(description: "date style must be short, medium, long or full, not '\(styleName)'")
                }
                return TemplateText(language.format(date, style: style, timeZone: timeZone), language: pageLanguage)
            },
            "number": { call in
                guard let value = call.positional.first?.value, let number = number(value) else {
                    throw Failure(description: "number needs a numeric value")
                }
                let formatted = if case .string("percent") = call.named["style"] { language.formatPercent(number) } else {
                    language.format(number)
                }
                return TemplateText(formatted, language: pageLanguage)
            },
        ]
    }

    /// `tag` as the template engine marks text with it.
    static func language(_ tag: LanguageTag) -> TemplateText.Language {
        TemplateText.Language(tag: tag.identifier, isRightToLeft: Language.named(tag).direction == .rtl)
    }

    /// A value as text, for `lang`: text as it is, a number as written.
    private static func text(of value: TemplateValue) -> String {
        switch value {
        case .string(let text): text
        case .int(let int): String(int)
        case .double(let double): String(double)
        case .bool(let bool): bool ? "true" : "false"
        default: ""
        }
    }

    private static func number(_ value: TemplateValue) -> Double? {
        switch value {
        case .int(let int): Double(int)
        case .double(let double): double
        case .string(let text): Double(text)
        default: nil
        }
    }

    /// - Parameter direction: the message's, when the value is shown; text with letters of the
    ///   other direction is isolated.
    private static func messageArgument(_ value: TemplateValue, name: String,
                                        isolatedFrom direction: TextDirection?) throws -> MessageArgument {
        switch value {
        case .int(let int): return .number(Double(int))
        case .double(let double): return .number(double)
        case .string(let text):
            let turns = direction.map { $0.opposite.hasStrongCharacters(in: text) } ?? false
            return .string(turns ? TextDirection.isolated(text) : text)
        case .bool(let bool): return .string(bool ? "true" : "false")
        default: throw Failure(description: "argument '\(name)' must be a number or text")
        }
    }
}
