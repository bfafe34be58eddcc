import BroadsideLocale
import BroadsideTemplates
import Foundation

/// The template engine's extension functions for one page language:
/// `{{t key name=value}}`, `{{date value style="long"}}`, `{{number value}}`.
enum TemplateFunctions {
    /// Why a function call could not be answered; the engine reports it at the tag.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func make(for tag: LanguageTag, strings: UIStrings, timeZone: String) -> [String: TemplateFunction] {
        let language = Language.named(tag)
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")!
        return [
            "t": { call in
                guard let argument = call.positional.first else {
                    throw Failure(description: "t needs a UI string key: {{t key name=value}}")
                }
                // `{{t key}}` names the key; `{{t "key"}}` spells it as a string.
                let key = if argument.text.hasPrefix("\""), case .string(let text) = argument.value { text } else { argument.text }
                guard let message = strings.message(key, in: tag) else {
                    throw Failure(description: "no UI string '\(key)' in \(tag) or the default language; add it to locales/")
                }
                var arguments: [String: MessageArgument] = [:]
                for (name, value) in call.named {
                    arguments[name] = try messageArgument(value, name: name)
                }
                return try message.format(arguments)
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
                return language.format(date, style: style, timeZone: timeZone)
            },
            "number": { call in
                guard let value = call.positional.first?.value, let number = number(value) else {
                    throw Failure(description: "number needs a numeric value")
                }
                if case .string("percent") = call.named["style"] { return language.formatPercent(number) }
                return language.format(number)
            },
        ]
    }

    private static func number(_ value: TemplateValue) -> Double? {
        switch value {
        case .int(let int): Double(int)
        case .double(let double): double
        case .string(let text): Double(text)
        default: nil
        }
    }

    private static func messageArgument(_ value: TemplateValue, name: String) throws -> MessageArgument {
        switch value {
        case .int(let int): return .number(Double(int))
        case .double(let double): return .number(double)
        case .string(let text): return .string(text)
        case .bool(let bool): return .string(bool ? "true" : "false")
        default: throw Failure(description: "argument '\(name)' must be a number or text")
        }
    }
}
