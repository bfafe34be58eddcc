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
}
