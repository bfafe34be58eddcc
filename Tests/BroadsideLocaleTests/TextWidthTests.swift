import BroadsideLocale
import Testing

@Suite struct TextWidthTests {
    @Test(arguments: [
        ("English", 7), ("繁體中文", 8), ("２５％", 6), ("العربية", 7), ("مُحَمَّد", 4),
        ("Èdè Yorùbá", 10), ("e\u{301}", 1), ("a\u{200F}b", 2), ("", 0),
    ])
    func countsTerminalColumns(text: String, columns: Int) {
        #expect(TextWidth.columns(of: text) == columns)
    }
}
