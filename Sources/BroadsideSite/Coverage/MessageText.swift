import Foundation

/// The words a reader sees in an ICU MessageFormat pattern, without argument names, types and
/// selector keywords, so their script can be told:
/// `{count, plural, one {# مقال} other {# مقالات}}` gives ` مقال   مقالات `.
///
/// Run it on patterns ICU has already accepted; on broken ones it returns what it could read.
enum MessageText {
    static func visibleText(of pattern: String) -> String {
        var input = pattern.unicodeScalars[...]
        return message(&input)
    }

    /// Text up to an unmatched `}` (left in `input`) or the end.
    private static func message(_ input: inout Substring.UnicodeScalarView.SubSequence) -> String {
        var text = String.UnicodeScalarView()
        while let scalar = input.first, scalar != "}" {
            input.removeFirst()
            switch scalar {
            case "{":
                text.append(contentsOf: " \(argument(&input)) ".unicodeScalars)
            case "#":
                text.append(" ")
            case "'":
                if input.first == "'" {
                    input.removeFirst()
                    text.append("'")
                } else if let next = input.first, "{}#|".unicodeScalars.contains(next) {
                    while let quoted = input.popFirst(), quoted != "'" { text.append(quoted) }
                } else {
                    text.append("'")
                }
            default:
                text.append(scalar)
            }
        }
        return String(text)
    }

    /// The visible text of an argument after its `{`, consuming up to its `}`.
    private static func argument(_ input: inout Substring.UnicodeScalarView.SubSequence) -> String {
        _ = word(&input, until: ",}")
        guard input.popFirst() == "," else { return "" }
        let type = word(&input, until: ",}").trimmingCharacters(in: .whitespaces)
        guard input.popFirst() == "," else { return "" }
        guard ["plural", "select", "selectordinal"].contains(type) else {
            var depth = 1
            while let scalar = input.popFirst() {
                if scalar == "{" { depth += 1 }
                if scalar == "}" { depth -= 1; if depth == 0 { break } }
            }
            return ""
        }
        var text = ""
        while true {
            while let scalar = input.first, scalar.properties.isWhitespace { input.removeFirst() }
            guard let next = input.first else { return text }
            if next == "}" {
                input.removeFirst()
                return text
            }
            if next == "{" {
                input.removeFirst()
                text += " " + message(&input) + " "
                _ = input.popFirst()
            } else {
                _ = word(&input, until: "{}")  // a keyword, `=2` or `offset:1`
                while let scalar = input.first, scalar.properties.isWhitespace { input.removeFirst() }
            }
        }
    }

    private static func word(_ input: inout Substring.UnicodeScalarView.SubSequence, until stops: String) -> String {
        var text = String.UnicodeScalarView()
        while let scalar = input.first, !stops.unicodeScalars.contains(scalar), !(stops == "{}" && scalar.properties.isWhitespace) {
            text.append(input.removeFirst())
        }
        return String(text)
    }
}
