import BroadsideLocale

/// The words a reader sees in an ICU MessageFormat pattern, without argument names, types and
/// selector keywords, so their script can be told:
/// `{count, plural, one {# مقال} other {# مقالات}}` gives ` مقال   مقالات `.
///
/// It reads the pattern as ICU does (quoting included) but without recursion, so any pattern,
/// however deeply nested or broken, is safe; on a broken one it returns what it could read.
enum MessageText {
    static func visibleText(of pattern: String) -> String {
        var text: [UInt16] = []
        for event in MessageScanner(pattern) {
            switch event {
            case .text(let unit): text.append(unit)
            case .argument, .separator: text.append(0x20)
            }
        }
        return String(decoding: text, as: UTF16.self)
    }
}
