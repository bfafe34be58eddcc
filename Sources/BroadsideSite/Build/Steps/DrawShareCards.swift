import BroadsideDiagnostics
import BroadsideImages
import BroadsideLocale
import Foundation

/// Draws the share card of each article page that shows its own language's text
/// (`shareCards` in `site.yaml`): `share-card.png` beside the page, with the article's title
/// and the site's name in the page's language; and each language's card for its other pages,
/// beside its home page: the site's name and tagline (its address when it has none).
///
/// A card's fingerprint is what it shows, so a rebuild redraws only the cards whose title
/// (or site name, or colours) changed; cards are drawn on every core.
struct DrawShareCards: BuildStep {
    static let name = "draw share cards"
    static let makesOutput = true
    /// The planned site's page data, the one the pages were rendered with.
    let context: PageContext
    /// The site's strings: its name in each language is `site_title`.
    let strings: UIStrings
    let output: any SiteOutput
    /// The languages whose cards are drawn; the others' are kept.
    let languages: LanguageSelection

    /// - Returns: how many cards the site has.
    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> Int {
        let configuration = context.configuration
        guard let colors = configuration.shareCards else { return 0 }
        func string(_ key: String, in language: LanguageTag) -> String? {
            (try? strings.message(key, in: language)?.format([:])).flatMap { $0.isEmpty ? nil : $0 }
        }
        let siteNames = Dictionary(uniqueKeysWithValues: configuration.languages.map { language in
            (language, string("site_title", in: language) ?? configuration.title)
        })
        var cards: [(card: ShareCard, path: String, fingerprint: UInt64, source: SourceLocation, origin: OutputOrigin)] = []
        var count = 0
        /// Claims the card's path, and keeps it or lists it for drawing.
        ///
        /// - Parameter source: where a warning about the card's text points.
        func add(_ card: ShareCard, at path: String, of what: String, source: SourceLocation) throws(Diagnostic) {
            let origin = OutputOrigin.generated("the share card of \(what)")
            try output.claim(path, for: origin)
            count += 1
            guard languages.includes(card.language) else {
                output.keep(path)
                return
            }
            let fingerprint = Self.fingerprint(of: card)
            if !output.isCurrent(path, fingerprint: fingerprint) { cards.append((card, path, fingerprint, source, origin)) }
        }
        do throws(Diagnostic) {
            let address = URL(string: configuration.baseURL)?.host ?? configuration.baseURL
            for language in configuration.languages {
                let card = ShareCard(title: siteNames[language] ?? configuration.title,
                                     siteName: string("site_tagline", in: language) ?? address,
                                     language: language, direction: configuration.direction(of: language), colors: colors)
                try add(card, at: context.paths.shareCard(ofPageAt: context.paths.home(of: language)).file,
                        of: "the \(language) home page", source: SourceLocation(path: strings.files[language] ?? "site.yaml"))
            }
            for page in context.plan.pages {
                guard case .article(let entry) = page.kind, !page.isFallback, let path = context.shareCard(of: page)?.file else { continue }
                let file = entry.text.file
                let card = ShareCard(title: file.frontMatter.title, siteName: siteNames[page.language] ?? configuration.title,
                                     language: page.language, direction: configuration.direction(of: page.language),
                                     colors: colors)
                try add(card, at: path, of: file.path,
                        source: file.frontMatter.locations["title"] ?? SourceLocation(path: file.frontMatter.locations.path))
            }
        } catch {
            problems.append(error)
            return 0
        }
        problems += cards.concurrentMap { card, path, fingerprint, source, origin -> Diagnostic? in
            do throws(Diagnostic) {
                let drawing: ShareCard.Drawing
                do throws(ShareCard.Failure) { drawing = try card.draw() } catch {
                    throw Diagnostic(at: source, error.description)
                }
                try self.output.write(drawing.png, to: path, fingerprint: fingerprint, from: origin)
                guard drawing.missingGlyphs == 0 else {
                    return Diagnostic(.warning, at: source,
                                      "the share card shows \(drawing.missingGlyphs) character(s) of this text or the site's name as boxes: no installed font has them",
                                      hint: "install fonts for the script (Debian: fonts-noto-core, fonts-noto-ui-core; scripts/bootstrap does)")
                }
                return nil
            } catch {
                return error
            }
        }.compactMap { $0 }
        return count
    }

    /// What a card shows and how it is drawn.
    static func fingerprint(of card: ShareCard) -> UInt64 {
        var hash = StableHash()
        for part in [ShareCard.drawingVersion, card.title, card.siteName, card.language.identifier, card.direction.rawValue,
                     card.colors.background.description, card.colors.text.description, card.colors.accent.description] {
            hash.combine(part)
        }
        return hash.value
    }
}
