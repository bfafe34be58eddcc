import BroadsideLocale
import Testing

@Suite struct ScriptDetectionTests {
    /// "Solidarity with the people" or the like in each language.
    @Test(arguments: [
        ("en", "Solidarity with the people", "Latn"),
        ("ar", "التضامن مع الشعب", "Arab"),
        ("he", "סולידריות עם העם", "Hebr"),
        ("ru", "Солидарность с народом", "Cyrl"),
        ("pl", "Solidarność z narodem", "Latn"),
        ("fr", "Solidarité avec le peuple", "Latn"),
        ("sw", "Mshikamano na watu", "Latn"),
        ("am", "ከሕዝቡ ጋር መተባበር", "Ethi"),
        ("ur", "عوام کے ساتھ یکجہتی", "Arab"),
        ("fa", "همبستگی با مردم", "Arab"),
        ("yo", "Ìṣọ̀kan pẹ̀lú àwọn ènìyàn", "Latn"),
        ("zh-Hant", "與人民團結一致", "Hani"),
    ])
    func findsTheScriptOfEachLanguage(tag: String, text: String, script: String) {
        #expect(ScriptDetection.dominantScript(of: text) == script)
    }

    @Test func spotsAnUntranslatedPage() {
        let page = "Join the march on 28 November — التضامن"
        #expect(ScriptDetection.dominantScript(of: page) != Sample.language("ar").script)
        #expect(ScriptDetection.dominantScript(of: page) == "Latn")
    }

    @Test func countsLettersOnly() {
        #expect(ScriptDetection.dominantScript(of: "2026 — ١٢٣!!! ab") == "Latn")
        #expect(ScriptDetection.dominantScript(of: "٢٠٢٦ — 123 !?") == nil)
        #expect(ScriptDetection.dominantScript(of: "") == nil)
    }

    @Test func breaksTiesByFirstAppearance() {
        #expect(ScriptDetection.dominantScript(of: "ab αβ") == "Latn")
        #expect(ScriptDetection.dominantScript(of: "αβ ab") == "Grek")
    }
}
