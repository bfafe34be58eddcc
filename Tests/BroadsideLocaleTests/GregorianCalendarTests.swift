import BroadsideLocale
import Foundation
import Testing

/// Dates are shown in the proleptic Gregorian calendar, as ISO 8601 (`datetime=`, feeds) writes
/// them, for every year from 1 to 9999: ICU's own Gregorian calendar turns Julian before
/// 1582-10-15, which would show 1582-10-10 as "September 30, 1582".
@Suite struct GregorianCalendarTests {
    /// A date at noon UTC, its ISO form, and its RFC 822 form (which names the weekday).
    struct Sample: Sendable, CustomStringConvertible {
        let iso: String
        let secondsSince1970: TimeInterval
        let rfc822: String
        /// English, Arabic and French, long, then English full (with the weekday).
        let long: [String: String]
        let englishFull: String
        /// Persian, full: its own calendar, on the same weekday.
        let persianFull: String

        var date: Date { Date(timeIntervalSince1970: secondsSince1970) }
        var description: String { iso }
    }

    // Seconds from Python's datetime, which is proleptic Gregorian.
    static let samples = [
        Sample(iso: "0001-01-01", secondsSince1970: -62_135_553_600, rfc822: "Mon, 01 Jan 0001 12:00:00 +0000",
               long: ["en": "January 1, 1", "ar": "١ يناير ١", "fr": "1 janvier 1"],
               englishFull: "Monday, January 1, 1",
               persianFull: "\u{200E}−۶۲۱ دی ۱۱, دوشنبه"),
        Sample(iso: "1000-06-15", secondsSince1970: -30_595_924_800, rfc822: "Sun, 15 Jun 1000 12:00:00 +0000",
               long: ["en": "June 15, 1000", "ar": "١٥ يونيو ١٠٠٠", "fr": "15 juin 1000"],
               englishFull: "Sunday, June 15, 1000",
               persianFull: "۳۷۹ خرداد ۲۵, یکشنبه"),
        Sample(iso: "1582-10-04", secondsSince1970: -12_220_200_000, rfc822: "Mon, 04 Oct 1582 12:00:00 +0000",
               long: ["en": "October 4, 1582", "ar": "٤ أكتوبر ١٥٨٢", "fr": "4 octobre 1582"],
               englishFull: "Monday, October 4, 1582",
               persianFull: "۹۶۱ مهر ۱۲, دوشنبه"),
        Sample(iso: "1582-10-10", secondsSince1970: -12_219_681_600, rfc822: "Sun, 10 Oct 1582 12:00:00 +0000",
               long: ["en": "October 10, 1582", "ar": "١٠ أكتوبر ١٥٨٢", "fr": "10 octobre 1582"],
               englishFull: "Sunday, October 10, 1582",
               persianFull: "۹۶۱ مهر ۱۸, یکشنبه"),
        Sample(iso: "1582-10-15", secondsSince1970: -12_219_249_600, rfc822: "Fri, 15 Oct 1582 12:00:00 +0000",
               long: ["en": "October 15, 1582", "ar": "١٥ أكتوبر ١٥٨٢", "fr": "15 octobre 1582"],
               englishFull: "Friday, October 15, 1582",
               persianFull: "۹۶۱ مهر ۲۳, جمعه"),
        Sample(iso: "9999-12-31", secondsSince1970: 253_402_257_600, rfc822: "Fri, 31 Dec 9999 12:00:00 +0000",
               long: ["en": "December 31, 9999", "ar": "٣١ ديسمبر ٩٩٩٩", "fr": "31 décembre 9999"],
               englishFull: "Friday, December 31, 9999",
               persianFull: "۹۳۷۸ دی ۱۰, جمعه"),
    ]

    @Test(arguments: samples)
    func theShownDateIsTheISODate(sample: Sample) {
        for (tag, expected) in sample.long.sorted(by: { $0.key < $1.key }) {
            #expect(Language.named(try! LanguageTag(tag)).format(sample.date, style: .long) == expected, "\(tag)")
        }
        #expect(Language.named(try! LanguageTag("en")).format(sample.date, style: .full) == sample.englishFull)
    }

    @Test(arguments: samples)
    func feedDatesAgreeWithTheShownDate(sample: Sample) {
        #expect(InternetDate.rfc3339(sample.date) == sample.iso + "T12:00:00Z")
        #expect(InternetDate.rfc822(sample.date) == sample.rfc822)
    }

    /// Persian keeps its own calendar (years before its era are negative), on the ISO date's weekday.
    @Test(arguments: samples)
    func otherCalendarsStayAsTheyAre(sample: Sample) {
        #expect(Language.named(try! LanguageTag("fa")).format(sample.date, style: .full) == sample.persianFull)
    }
}
