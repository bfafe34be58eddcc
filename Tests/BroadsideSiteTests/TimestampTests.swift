import Foundation
import Testing
@testable import BroadsideSite

@Suite struct TimestampTests {
    let nairobi = TimeZone(identifier: "Africa/Nairobi")!

    @Test func zonelessDatesAreInTheSiteTimeZone() {
        #expect(Timestamp.parse("2026-05-01", timeZone: nairobi) == Date(timeIntervalSince1970: 1_777_582_800))
        #expect(Timestamp.parse("2026-05-01T03:00", timeZone: nairobi) == Date(timeIntervalSince1970: 1_777_593_600))
    }

    @Test func explicitZonesWin() {
        #expect(Timestamp.parse("2026-05-01T00:00:00Z", timeZone: nairobi) == Date(timeIntervalSince1970: 1_777_593_600))
        #expect(Timestamp.parse("2026-05-01 03:00:00.250+03:00", timeZone: .gmt) == Date(timeIntervalSince1970: 1_777_593_600))
    }

    @Test(arguments: ["2026-13-01", "2026-02-30", "01/05/2026", "2026-05-01T25:00", "2026-05-01x", "yesterday"])
    func rejectsWhatIsNoDate(text: String) {
        #expect(Timestamp.parse(text, timeZone: .gmt) == nil)
    }

    @Test(arguments: ["2026-05-01T10:30:00+99:99", "2026-05-01T10:30:00+24:00", "20260-05-01", "2026-005-01",
                      "2026-05-01T10:30:00." , "9" + String(repeating: "9", count: 1_000) + "-01-01"])
    func rejectsHostileForms(text: String) {
        #expect(Timestamp.parse(text, timeZone: .gmt) == nil)
    }

    @Test func aThousandDigitsOfFractionalSecondsAreRead() {
        #expect(Timestamp.parse("2026-05-01T00:00:00." + String(repeating: "9", count: 1_000) + "Z", timeZone: .gmt)
                == Date(timeIntervalSince1970: 1_777_593_600))
    }

    /// Four-digit years that leave years 1 to 9999 once moved to UTC.
    @Test(arguments: ["9999-12-31T23:30:00-01:00", "0001-01-01T00:30:00+01:00", "0000-06-01"])
    func datesOutsideTheSupportedYearsParseButAreNotSupported(text: String) throws {
        let date = try #require(Timestamp.parse(text, timeZone: .gmt))
        #expect(!Timestamp.supported.contains(date))
    }

    @Test func theSupportedYearsEndAtTheirEdges() throws {
        #expect(Timestamp.supported.contains(try #require(Timestamp.parse("0001-01-01T00:00:00Z", timeZone: .gmt))))
        #expect(Timestamp.supported.contains(try #require(Timestamp.parse("9999-12-31T23:59:59Z", timeZone: .gmt))))
    }
}
