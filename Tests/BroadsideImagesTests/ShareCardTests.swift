@testable import BroadsideImages
import BroadsideLocale
import Foundation
import Testing

/// Where the cards tests draw are written to be looked at: `BROADSIDE_CARDS=/tmp/cards swift test`.
enum Environment {
    static let cardsFolder = ProcessInfo.processInfo.environment["BROADSIDE_CARDS"]
}

@Suite struct ShareCardTests {
    /// The columns inside the bar along either edge.
    static let inside = 24..<(1200 - 24)
    /// The title's colour (dark) and the site name's (red), told apart from the warm white.
    static func isTitleInk(_ red: Int, _ green: Int, _ blue: Int) -> Bool { red < 110 && green < 110 && blue < 110 }
    static func isSiteNameInk(_ red: Int, _ green: Int, _ blue: Int) -> Bool { red > 120 && green < 90 && blue < 90 }

    func drawn(_ title: String, site: String, language: String) throws -> (ShareCard.Drawing, PNGImage) {
        let tag = try LanguageTag(language)
        let card = ShareCard(title: title, siteName: site, language: tag, direction: Language.named(tag).direction)
        let drawing = try card.draw()
        if let folder = Environment.cardsFolder {
            try Data(drawing.png).write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(language)-\(title.prefix(12)).png"))
        }
        return (drawing, try #require(PNGImage(drawing.png)))
    }

    @Test func cardsAre1200By630() throws {
        let (_, image) = try drawn("Return", site: "The Return Campaign", language: "en")
        #expect(image.width == 1200 && image.height == 630)
    }

    @Test(arguments: [
        ("en", "Return", "The Return Campaign"),
        ("ar", "العودة", "حملة العودة"),
        ("am", "መመለስ", "የመመለስ ዘመቻ"),
        ("ur", "واپسی", "واپسی کی مہم"),
    ])
    func aShortTitleIsDrawnFromThePagesStartEdge(language: String, title: String, site: String) throws {
        let (drawing, image) = try drawn(title, site: site, language: language)
        #expect(drawing.missingGlyphs == 0, "a font has every glyph")
        let ink = try #require(image.inkBounds(in: Self.inside, where: Self.isTitleInk))
        let siteInk = try #require(image.inkBounds(in: Self.inside, where: Self.isSiteNameInk))
        if Language.named(try LanguageTag(language)).direction == .rtl {
            #expect(ink.right > 1200 - 88 - 12 && ink.left > 600, "ink on the right: \(ink)")
        } else {
            #expect(ink.left < 88 + 12 && ink.right < 600, "ink on the left: \(ink)")
        }
        #expect(ink.top >= 80 && ink.bottom < siteInk.top, "the title above the site's name")
    }

    @Test(arguments: [
        ("en", "Caravans of return cross the desert toward the homes their grandparents left", "The Return Campaign"),
        ("ar", "قوافل العودة تعبر الصحراء نحو البيوت التي تركها الأجداد قبل سبعين عاماً", "حملة العودة"),
        ("ur", "واپسی کے قافلے صحرا پار کر کے ان گھروں کی طرف جا رہے ہیں جنہیں دادا دادی نے چھوڑا تھا", "واپسی کی مہم"),
    ])
    func aLongTitleWrapsAndShrinksAboveTheSiteName(language: String, words: String, site: String) throws {
        for title in [words, Array(repeating: words, count: 8).joined(separator: " "), String(repeating: "x", count: 5000)] {
            let (_, image) = try drawn(title, site: site, language: language)
            let ink = try #require(image.inkBounds(in: Self.inside, where: Self.isTitleInk))
            let siteInk = try #require(image.inkBounds(in: Self.inside, where: Self.isSiteNameInk))
            #expect(ink.left >= 80 && ink.right <= 1200 - 80, "inside the margins: \(ink)")
            #expect(ink.bottom < siteInk.top - 20, "above the site's name: \(ink) \(siteInk)")
            #expect(ink.bottom - ink.top > 150, "on several lines")
        }
    }

    @Test func aTitleIsCutToWhatACardLaysOut() throws {
        // One character may carry thousands of combining marks, each of which HarfBuzz would shape.
        let marks = ShareCard.limited("a" + String(repeating: "\u{301}", count: 50_000))
        #expect(marks.unicodeScalars.count == ShareCard.maximumTitleScalars)
        #expect(ShareCard.limited(String(repeating: "x", count: 5_000)).count == ShareCard.maximumTitleLength)
        #expect(ShareCard.limited("العودة") == "العودة")
        let (_, image) = try drawn("a" + String(repeating: "\u{301}", count: 50_000), site: "Site", language: "en")
        #expect(image.width == 1200)
    }

    @Test func aCharacterNoFontHasIsCounted() throws {
        let (drawing, _) = try drawn("Return \u{10FFFD}", site: "Site", language: "en")
        #expect(drawing.missingGlyphs == 1)
    }

    @Test func theSameCardIsTheSameBytes() throws {
        let (first, _) = try drawn("العودة إلى الديار", site: "حملة العودة", language: "ar")
        let (second, _) = try drawn("العودة إلى الديار", site: "حملة العودة", language: "ar")
        #expect(first.png == second.png)
    }

    @Test func colorsReadCSSHex() {
        #expect(Color(hex: "#a4161a") == Color(red: 0xA4, green: 0x16, blue: 0x1A))
        #expect(Color(hex: "#fff") == Color(red: 255, green: 255, blue: 255))
        #expect(Color(hex: "#a4161a")?.description == "#a4161a")
        for bad in ["a4161a", "#a4161", "#+4161a", "#gggggg", "", "#"] { #expect(Color(hex: bad) == nil, "\(bad)") }
    }
}
