import BroadsideLocale
import Foundation
import Testing

@Suite struct TimeZoneRulesTests {
    let paris = TimeZoneRules(identifier: "Europe/Paris")!

    func local(_ text: String) throws -> LocalDateTime { try #require(LocalDateTime(parsing: text)) }

    @Test func zonesAreKnownByTheirIANANames() {
        #expect(TimeZoneRules(identifier: "Africa/Nairobi")?.identifier == "Africa/Nairobi")
        #expect(TimeZoneRules(identifier: "US/Eastern")?.identifier == "America/New_York")
        #expect(TimeZoneRules(identifier: "Africa/Nairob") == nil)
        #expect(TimeZoneRules(identifier: "Etc/Unknown") == nil)
        #expect(TimeZoneRules(identifier: "") == nil)
        #expect(TimeZoneRules(identifier: String(repeating: "A/", count: 1000)) == nil)
    }

    @Test func aLocalTimeIsOneInstantOutsideAChange() throws {
        let nairobi = try #require(TimeZoneRules(identifier: "Africa/Nairobi"))
        let start = try local("2026-06-14T18:00")
        #expect(nairobi.instant(of: start) == .unique(Date(timeIntervalSince1970: 1_781_449_200)))
        #expect(nairobi.rfc3339(Date(timeIntervalSince1970: 1_781_449_200)) == "2026-06-14T18:00:00+03:00")
        #expect(nairobi.localTime(at: Date(timeIntervalSince1970: 1_781_449_200)) == start)
    }

    @Test func theClocksSkipATimeInSpringAndShowOneTwiceInAutumn() throws {
        // 2026-03-29: 02:00 CET becomes 03:00 CEST; 2026-10-25: 03:00 CEST becomes 02:00 CET.
        guard case .skipped(let earlier, let later) = paris.instant(of: try local("2026-03-29T02:30")) else {
            Issue.record("02:30 is skipped")
            return
        }
        #expect((paris.localTime(at: earlier).hour, paris.localTime(at: later).hour) == (1, 3))
        guard case .repeated(let first, let second) = paris.instant(of: try local("2026-10-25T02:30")) else {
            Issue.record("02:30 is repeated")
            return
        }
        #expect(paris.rfc3339(first) == "2026-10-25T02:30:00+02:00")
        #expect(paris.rfc3339(second) == "2026-10-25T02:30:00+01:00")
        #expect(second.timeIntervalSince(first) == 3600)
    }

    @Test func localTimesAreRead() {
        #expect(LocalDateTime(parsing: "2026-06-14 18:00:30")?.description == "2026-06-14T18:00:30")
        #expect(LocalDateTime(parsing: "2026-06-14T18:00")?.iCalendar == "20260614T180000")
        for bad in ["2026-02-29T10:00", "2026-06-14T24:00", "2026-06-14", "2026-6-14T18:00", "２０２６-06-14T18:00"] {
            #expect(LocalDateTime(parsing: bad) == nil, "\(bad)")
        }
        #expect(LocalDateTime(parsing: "2028-02-29T10:00") != nil)
    }

    @Test func theRulesAreWrittenAsAVTIMEZONE() {
        let component = paris.iCalendarComponent(from: Date(timeIntervalSince1970: 1_767_225_600))
        #expect(component.hasPrefix("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"))
        #expect(component.contains("BEGIN:DAYLIGHT\r\n") && component.contains("BEGIN:STANDARD\r\n"))
        #expect(component.hasSuffix("END:VTIMEZONE\r\n"))
    }

    @Test func aRangeIsWrittenInTheLanguageOnTheEventsClocks() throws {
        let nairobi = try #require(TimeZoneRules(identifier: "Africa/Nairobi"))
        let start = Date(timeIntervalSince1970: 1_781_449_200)
        let english = Language.named(try LanguageTag("en"))
        let range = english.format(from: start, to: start + 5400, in: nairobi)
        #expect(range.contains("Sunday, June 14, 2026") && range.contains("6:00") && range.contains("7:30"), "\(range)")
        #expect(english.name(of: nairobi, at: start) == "East Africa Time")
        let arabic = Language.named(try LanguageTag("ar"))
        #expect(arabic.format(from: start, to: start + 5400, in: nairobi).contains("يونيو"))
        #expect(!arabic.name(of: nairobi, at: start).contains("East"))
    }
}
