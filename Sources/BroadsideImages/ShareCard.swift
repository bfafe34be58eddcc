import BroadsideLocale
import PangoShim

/// The image a link to a page shows on social media: the page's title, large, and the site's
/// name below it, laid out in the page's direction — from the right edge for Arabic and Urdu.
///
/// Pango lays the text out (HarfBuzz shapes and joins Arabic, FriBidi orders mixed
/// directions, fontconfig finds a font for each script, Noto's on Debian), Cairo draws it and
/// libpng writes it.
/// A title that does not fit wraps, then shrinks, then ends with an ellipsis.
public struct ShareCard: Hashable, Sendable {
    /// The size Open Graph and X (Twitter) show large: 1200 × 630 pixels.
    public static let width = 1200
    public static let height = 630
    /// The most characters of a title laid out: more could not fit, and laying out more costs.
    public static let maximumTitleLength = 400
    /// The most Unicode scalars of a title laid out: one character may carry thousands of
    /// combining marks, each of which HarfBuzz shapes.
    public static let maximumTitleScalars = 1_000

    public var title: String
    /// The site's name in the page's language.
    public var siteName: String
    /// The page's language: Pango picks fonts for it (Urdu's Nastaliq, Japanese forms of Han).
    public var language: LanguageTag
    public var direction: TextDirection
    public var colors: Colors

    /// The card's three colours.
    public struct Colors: Hashable, Sendable {
        public var background: Color
        public var text: Color
        /// The bar along the start edge and the site's name.
        public var accent: Color

        /// Dark text on warm white with the example site's red.
        public static let standard = Colors(background: Color(red: 0xFB, green: 0xFA, blue: 0xF7),
                                            text: Color(red: 0x1D, green: 0x1D, blue: 0x1F),
                                            accent: Color(red: 0xA4, green: 0x16, blue: 0x1A))

        public init(background: Color, text: Color, accent: Color) {
            self.background = background
            self.text = text
            self.accent = accent
        }
    }

    /// What drawing made.
    public struct Drawing: Sendable {
        /// The card as a PNG file.
        public var png: [UInt8]
        /// How many characters no installed font has a glyph for: each is drawn as a box.
        public var missingGlyphs: Int
    }

    /// Why a card could not be drawn: memory ran out.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public init(title: String, siteName: String, language: LanguageTag, direction: TextDirection,
                colors: Colors = .standard) {
        self.title = title
        self.siteName = siteName
        self.language = language
        self.direction = direction
        self.colors = colors
    }

    /// What changes a card's pixels besides its own values: this layout's version and the
    /// libraries', for a fingerprint that redraws every card when one of them changes.
    public static let drawingVersion = "1 " + String(cString: bs_share_card_library_versions())

    /// `text` cut to what a card lays out: ``maximumTitleLength`` characters and
    /// ``maximumTitleScalars`` scalars.
    static func limited(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: String(text.prefix(maximumTitleLength)).unicodeScalars.prefix(maximumTitleScalars))
        return String(scalars)
    }

    /// Draws the card; safe from any number of threads at once.
    public func draw() throws(Failure) -> Drawing {
        var drawing = bs_share_card_drawing()
        var error = [CChar](repeating: 0, count: 256)
        let drawn = Self.limited(title).withCString { title in
            Self.limited(siteName).withCString { siteName in
                language.identifier.withCString { language in
                    var card = bs_share_card(width: Int32(Self.width), height: Int32(Self.height), title: title,
                                             site_name: siteName, language: language,
                                             right_to_left: direction == .rtl ? 1 : 0, background: colors.background.rgb,
                                             text: colors.text.rgb, accent: colors.accent.rgb)
                    return bs_share_card_draw(&card, &drawing, &error, Int32(error.count))
                }
            }
        }
        guard drawn != 0 else {
            throw Failure(description: "could not draw a share card: " + String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        defer { bs_share_card_drawing_free(&drawing) }
        return Drawing(png: Array(UnsafeBufferPointer(start: drawing.png, count: drawing.length)),
                       missingGlyphs: Int(drawing.missing_glyphs))
    }
}
