import BroadsideLocale
import Foundation
import Testing

@Suite struct DateAndNumberTests {
    /// 2026-11-28 in each language, short, medium, long and full, in UTC.
    @Test(arguments: [
        ("en", ["11/28/26", "Nov 28, 2026", "November 28, 2026", "Saturday, November 28, 2026"]),
        ("ar", ["٢٨‏/١١‏/٢٠٢٦", "٢٨‏/١١‏/٢٠٢٦", "٢٨ نوفمبر ٢٠٢٦", "السبت، ٢٨ نوفمبر ٢٠٢٦"]),
        ("he", ["28.11.2026", "28 בנוב׳ 2026", "28 בנובמבר 2026", "יום שבת, 28 בנובמבר 2026"]),
        ("ru", ["28.11.2026", "28 нояб. 2026\u{202F}г.", "28 ноября 2026\u{202F}г.", "суббота, 28 ноября 2026\u{202F}г."]),
        ("pl", ["28.11.2026", "28 lis 2026", "28 listopada 2026", "sobota, 28 listopada 2026"]),
        ("fr", ["28/11/2026", "28 nov. 2026", "28 novembre 2026", "samedi 28 novembre 2026"]),
        ("sw", ["28/11/2026", "28 Nov 2026", "28 Novemba 2026", "Jumamosi, 28 Novemba 2026"]),
        ("am", ["28/11/2026", "28 ኖቬም 2026", "28 ኖቬምበር 2026", "2026 ኖቬምበር 28, ቅዳሜ"]),
        ("ur", ["28/11/26", "28 نومبر، 2026", "28 نومبر، 2026", "ہفتہ، 28 نومبر، 2026"]),
        // Persian dates follow the Persian calendar: 7 Azar 1405.
        ("fa", ["۱۴۰۵/۹/۷", "۷ آذر ۱۴۰۵", "۷ آذر ۱۴۰۵", "۱۴۰۵ آذر ۷, شنبه"]),
        ("yo", ["28/11/2026", "28 11 2026", "28 Bél 2026", "Ọjọ́ Àbámẹ́ta, 28 Bél 2026"]),
        ("zh-Hant", ["2026/11/28", "2026年11月28日", "2026年11月28日", "2026年11月28日 星期六"]),
    ])
    func formatsDatesInEveryStyle(tag: String, expected: [String]) {
        let language = Sample.language(tag)
        #expect(DateStyle.allCases.map { language.format(Sample.date, style: $0) } == expected)
    }

    @Test func formatsInTheSitesTimeZone() {
        let english = Sample.language("en")
        let lateEvening = Sample.date.addingTimeInterval(14 * 3600)  // 23:30 UTC
        #expect(english.format(lateEvening, style: .long) == "November 28, 2026")
        #expect(english.format(lateEvening, style: .long, timeZone: "Africa/Nairobi") == "November 29, 2026")
        #expect(english.format(Sample.date, style: .long, timeZone: "Pacific/Honolulu") == "November 27, 2026")
    }

    @Test(arguments: [
        ("en", "1,234,567.891", "25%"), ("ar", "١٬٢٣٤٬٥٦٧٫٨٩١", "٢٥٪؜"), ("he", "1,234,567.891", "25%"),
        // Grouping and percent signs are set off by no-break spaces where CLDR says so.
        ("ru", "1\u{A0}234\u{A0}567,891", "25\u{A0}%"), ("pl", "1\u{A0}234\u{A0}567,891", "25%"),
        ("fr", "1\u{202F}234\u{202F}567,891", "25\u{A0}%"),
        ("sw", "1,234,567.891", "25%"), ("am", "1,234,567.891", "25%"), ("ur", "1,234,567.891", "25%"),
        ("fa", "۱٬۲۳۴٬۵۶۷٫۸۹۱", "۲۵٪"), ("yo", "1,234,567.891", "25%"), ("zh-Hant", "1,234,567.891", "25%"),
    ])
    func formatsGroupedNumbersAndPercentages(tag: String, number: String, percent: String) {
        let language = Sample.language(tag)
        #expect(language.format(1_234_567.891) == number)
        #expect(language.formatPercent(0.25) == percent)
    }

    @Test func formatsSmallAndNegativeNumbers() {
        let english = Sample.language("en")
        #expect(english.format(1234.5) == "1,234.5")
        #expect(english.format(-0.5) == "-0.5")
        #expect(english.format(2) == "2")
        #expect(english.formatPercent(1.5) == "150%")
    }

    @Test func formatsFeedDates() {
        #expect(InternetDate.rfc822(Sample.date) == "Sat, 28 Nov 2026 09:30:00 +0000")
        #expect(InternetDate.rfc3339(Sample.date) == "2026-11-28T09:30:00Z")
        let epoch = Date(timeIntervalSince1970: 0)
        #expect(InternetDate.rfc822(epoch) == "Thu, 01 Jan 1970 00:00:00 +0000")
        #expect(InternetDate.rfc3339(epoch) == "1970-01-01T00:00:00Z")
    }

    @Test(arguments: [
        (951_825_600.0, "2000-02-29T12:00:00Z"), (-1.0, "1969-12-31T23:59:59Z"), (-0.5, "1969-12-31T23:59:59Z"),
        (4_107_542_400.0, "2100-03-01T00:00:00Z"), (1_709_164_799.9, "2024-02-28T23:59:59Z"),
        (-2_208_988_800.0, "1900-01-01T00:00:00Z"),
    ])
    func rfc3339AcrossLeapYearsAndBefore1970(seconds: Double, expected: String) {
        #expect(InternetDate.rfc3339(Date(timeIntervalSince1970: seconds)) == expected)
    }
}
