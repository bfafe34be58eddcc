import BroadsideLocale
import Foundation
import Testing
@testable import BroadsideSite

@Suite struct EventTests {
    let utc = TimeZone(identifier: "UTC")!

    func event(_ lines: String) throws(BuildFailure) -> Event? {
        try FrontMatter.parse("title: Caravan\nevent:\n" + lines, path: "content/caravan.en.md", timeZone: utc).event
    }

    /// The messages of front matter that is refused, as `path:line:column: message`.
    func problems(_ lines: String) -> [String] {
        do {
            _ = try event(lines)
            return []
        } catch {
            return error.diagnostics.map { "\($0.location.map(String.init(describing:)) ?? ""): \($0.message)" }
        }
    }

    @Test func anEventIsReadOnItsZonesClocks() throws {
        let read = try #require(try event("""
              start: 2026-06-14T18:00
              end: 2026-06-14T19:30
              timeZone: Africa/Nairobi
              online: https://meet.example.org/caravan
              location: "Dakar, Maison des jeunes"
            """))
        #expect(read.start == Date(timeIntervalSince1970: 1_781_449_200))
        #expect(read.end == Date(timeIntervalSince1970: 1_781_454_600))
        #expect(read.timeZone.identifier == "Africa/Nairobi")
        #expect(read.online == "https://meet.example.org/caravan" && read.location == "Dakar, Maison des jeunes")
        #expect(read.attendanceMode == "https://schema.org/MixedEventAttendanceMode")
    }

    @Test func everyBadKeyIsReportedWhereItIs() {
        #expect(problems("""
              start: 2026-06-14T18:00
              end: 2026-06-14T17:00
              timeZone: Africa/Nairobi
              online: meet.example.org
              place: Dakar
            """) == [
            "content/caravan.en.md:8:3: unknown event key 'place'",
            "content/caravan.en.md:5:8: the event ends before it starts",
            "content/caravan.en.md:7:11: 'online' must be an http or https address",
        ])
        #expect(problems("  start: 2026-06-14T18:00\n  timeZone: Africa/Nairob\n  online: https://x.org\n")
            == ["content/caravan.en.md:5:13: 'Africa/Nairob' is no IANA time zone"])
        #expect(problems("  end: 2026-06-14T18:00\n") == [
            "content/caravan.en.md:4:3: the event has no 'timeZone'",
            "content/caravan.en.md:4:3: the event has no 'start'",
            "content/caravan.en.md:4:3: the event has neither 'online' nor 'location'",
        ])
        #expect(problems("  start: 14 June\n  timeZone: UTC\n  location: Dakar\n")
            == ["content/caravan.en.md:4:10: '14 June' is not a date and time"])
    }

    @Test func aTimeTheClocksSkipOrShowTwiceIsRefusedWithTheInstantsToChooseFrom() throws {
        let skipped = problems("  start: 2026-03-29T02:30\n  timeZone: Europe/Paris\n  location: Paris\n")
        #expect(skipped == ["content/caravan.en.md:4:10: 2026-03-29T02:30:00 does not exist in Europe/Paris: the clocks skip it"])
        let repeated = problems("  start: 2026-10-25T02:30\n  timeZone: Europe/Paris\n  location: Paris\n")
        #expect(repeated == ["content/caravan.en.md:4:10: 2026-10-25T02:30:00 happens twice in Europe/Paris: at 2026-10-25T02:30:00+02:00 and at 2026-10-25T02:30:00+01:00"])
        // The offset chooses one of the two, and must be one of them.
        let second = try #require(try event("  start: 2026-10-25T02:30+01:00\n  timeZone: Europe/Paris\n  location: Paris\n"))
        #expect(second.timeZone.rfc3339(second.start) == "2026-10-25T02:30:00+01:00")
        #expect(problems("  start: 2026-06-14T18:00+05:00\n  timeZone: Europe/Paris\n  location: Paris\n")
            == ["content/caravan.en.md:4:10: Europe/Paris is not at that offset at 2026-06-14T18:00:00: it is 2026-06-14T18:00:00+02:00"])
    }
}
