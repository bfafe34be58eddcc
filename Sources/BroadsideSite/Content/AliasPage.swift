import BroadsideLocale

/// The redirect page written at each of a page's `aliases` (``SitePlan/aliases``), as Hugo's
/// `alias.html` writes it: the target as title and canonical link, `noindex`, and a meta refresh.
enum AliasPage {
    /// The page that sends a visitor on to `permalink`, the absolute address of the aliased page.
    static func html(to permalink: String, language: LanguageTag) -> String {
        let target = escaped(permalink)
        return "<!DOCTYPE html><html lang=\"\(escaped(language.identifier))\"><head><title>\(target)</title>"
            + "<link rel=\"canonical\" href=\"\(target)\"><meta name=\"robots\" content=\"noindex\"><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"refresh\" content=\"0; url=\(target)\"></head></html>"
    }

    /// `text` safe inside an HTML attribute value or element.
    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
