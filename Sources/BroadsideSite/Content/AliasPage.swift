import BroadsideLocale
import BroadsideTemplates

/// The redirect page written at each of a page's `aliases` (``SitePlan/aliases``), as Hugo's
/// `alias.html` writes it: the target as title and canonical link, `noindex`, and a meta refresh.
enum AliasPage {
    /// The page that sends a visitor on to `permalink`, the absolute address of the aliased page.
    static func html(to permalink: String, language: LanguageTag) -> String {
        let target = permalink.escapingHTML
        return "<!DOCTYPE html><html lang=\"\(language.identifier.escapingHTML)\"><head><title>\(target)</title>"
            + "<link rel=\"canonical\" href=\"\(target)\"><meta name=\"robots\" content=\"noindex\"><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"refresh\" content=\"0; url=\(target)\"></head></html>"
    }
}
