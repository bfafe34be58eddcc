import BroadsideDiagnostics
import BroadsideImages

/// Draws the share card of each article page that shows its own language's text
/// (`shareCards` in `site.yaml`): `share-card.png` beside the page, with the article's title
/// and the site's name in the page's language.
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
        let siteNames = Dictionary(uniqueKeysWithValues: configuration.languages.map { language in
            (language, (try? strings.message("site_title", in: language)?.format([:])) ?? configuration.title)
        })
        var cards: [(card: ShareCard, path: String, fingerprint: UInt64, file: ArticleFile)] = []
        var count = 0
        do throws(Diagnostic) {
            for page in context.plan.pages {
                guard case .article(let entry) = page.kind, !page.isFallback, let path = context.shareCard(of: page)?.file else { continue }
                let file = entry.text.file
                try output.claim(path, for: .generated("the share card of \(file.path)"))
                count += 1
                guard languages.includes(page.language) else {
                    output.keep(path)
                    continue
                }
                let card = ShareCard(title: file.frontMatter.title, siteName: siteNames[page.language] ?? configuration.title,
                                     language: page.language, direction: configuration.direction(of: page.language),
                                     colors: colors)
                let fingerprint = Self.fingerprint(of: card)
                if !output.isCurrent(path, fingerprint: fingerprint) { cards.append((card, path, fingerprint, file)) }
            }
        } catch {
            problems.append(error)
            return 0
        }
        let output = output
        problems += cards.concurrentMap { card, path, fingerprint, file -> Diagnostic? in
            do throws(Diagnostic) {
                let drawing: ShareCard.Drawing
                do throws(ShareCard.Failure) { drawing = try card.draw() } catch {
                    throw Diagnostic(at: SourceLocation(path: file.frontMatter.locations.path), error.description)
                }
                try output.write(drawing.png, to: path, fingerprint: fingerprint, from: .generated("the share card of \(file.path)"))
                guard drawing.missingGlyphs == 0 else {
                    return Diagnostic(.warning, at: file.frontMatter.locations["title"] ?? SourceLocation(path: file.frontMatter.locations.path),
                                      "the share card shows \(drawing.missingGlyphs) character(s) of this title or the site's name as boxes: no installed font has them",
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
