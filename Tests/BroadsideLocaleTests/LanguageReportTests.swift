import BroadsideLocale
import Foundation
import Testing

@Suite struct LanguageReportTests {
    @Test(arguments: Sample.tags)
    func reportsWhatTheLanguageSays(tag: String) {
        let language = Sample.language(tag)
        let report = LanguageReport(language, sampleDate: Sample.date)
        #expect(report.tag == tag)
        #expect(report.nativeName == language.nativeName)
        #expect(report.englishName == language.englishName)
        #expect(report.direction == language.direction)
        #expect(report.script == language.script)
        #expect(report.pluralCategories == language.pluralCategories())
        #expect(report.sampleDate == language.format(Sample.date, style: .long))
    }

    @Test func encodesExactlyTheDocumentedKeys() throws {
        let report = LanguageReport(Sample.language("ar"), sampleDate: Sample.date)
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as! [String: Any]
        #expect(Set(object.keys) == ["tag", "nativeName", "englishName", "direction", "script",
                                     "pluralCategories", "sampleDate"])
        #expect(object["tag"] as? String == "ar")
        #expect(object["nativeName"] as? String == "العربية")
        #expect(object["englishName"] as? String == "Arabic")
        #expect(object["direction"] as? String == "rtl")
        #expect(object["script"] as? String == "Arab")
        #expect(object["pluralCategories"] as? [String] == ["zero", "one", "two", "few", "many", "other"])
        #expect(object["sampleDate"] as? String == "٢٨ نوفمبر ٢٠٢٦")
    }

    @Test func formatsTheSampleDateInTheGivenTimeZone() {
        let report = LanguageReport(Sample.language("en"), sampleDate: Sample.date, timeZone: "Pacific/Honolulu")
        #expect(report.sampleDate == "November 27, 2026")
    }
}
