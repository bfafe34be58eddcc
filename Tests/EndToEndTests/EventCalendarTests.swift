import Foundation
import Testing

/// Events in two zones (Nairobi, and Paris on the night its clocks go back) in three languages:
/// their pages, schema.org data, `.ics` files read by the `icalendar` package, and the events page.
@Suite struct EventCalendarTests {
    /// 2026-09-01T00:00:00Z: the Nairobi seminar is past, the Paris night watch to come.
    static let now = 1_788_220_800

    static func site(extra: [String: String] = [:]) throws -> TemporaryFolder {
        var files = [
            "site.yaml": "title: Caravan\nbaseURL: https://caravan.example.org/\ndefaultLanguage: en\nlanguages: [en, ar, fr]\n",
        ]
        let seminar = """
            event:
              start: 2026-06-14T18:00
              end: 2026-06-14T19:30
              timeZone: Africa/Nairobi
              online: https://meet.example.org/caravan

            """
        let watch = """
            event:
              start: 2026-10-24T22:00
              end: 2026-10-25T04:00
              timeZone: Europe/Paris
              location: "Paris, place de la République"

            """
        for (language, titles) in [("en", ("Seminar, in Nairobi", "Night watch")), ("ar", ("ندوة نيروبي", "سهرة التضامن")),
                                   ("fr", ("Séminaire de Nairobi", "Veillée"))] {
            files["content/events/seminar.\(language).md"] = "---\ntitle: \"\(titles.0)\"\ndate: 2026-05-01\nsummary: \"About; return\"\n\(seminar)---\n\(titles.0).\n"
            files["content/events/watch.\(language).md"] = "---\ntitle: \"\(titles.1)\"\n\(watch)---\n\(titles.1).\n"
        }
        files.merge(extra) { _, new in new }
        return try TemporaryFolder(files: files)
    }

    static func build(_ site: TemporaryFolder) throws -> BroadsideProcess.Result {
        try Command.run(["SOURCE_DATE_EPOCH=\(now)", try BroadsideProcess.executable().path, "build"], in: site.url)
    }

    @Test func everyCalendarReadsInIcalendarWithTheInstantsOfTheZonesClocks() throws {
        let site = try Self.site()
        let build = try Self.build(site)
        #expect(build.status == 0, "\(build.errorOutput)")
        let read = try Command.run(["python3", "-c", """
            import glob, icalendar
            from datetime import timezone
            for path in sorted(glob.glob('output/**/*.ics', recursive=True)):
                calendar = icalendar.Calendar.from_ical(open(path, 'rb').read())
                zones = {zone['TZID']: zone.to_tz() for zone in calendar.walk('VTIMEZONE')}
                for event in calendar.walk('VEVENT'):
                    start, end = event['DTSTART'], event['DTEND']
                    tzid = start.params['TZID']
                    # The file's own VTIMEZONE, not the machine's zone data, gives the offsets.
                    local = zones[tzid]
                    utc = lambda value: local.localize(value.dt.replace(tzinfo=None)).astimezone(timezone.utc).isoformat() if hasattr(local, 'localize') else value.dt.replace(tzinfo=local).astimezone(timezone.utc).isoformat()
                    print(path, event['UID'], tzid, utc(start), utc(end), event['SUMMARY'], event.get('LOCATION', ''), sep='|')
            """], in: site.url)
        #expect(read.status == 0, "\(read.errorOutput)")
        let lines = read.output.split(separator: "\n").map(String.init)
        // A file beside each of the six pages, and each language's calendar of both events.
        #expect(lines.count == 6 + 3 * 2, "\(read.output)")
        #expect(lines.contains("output/ar/events/watch/event.ics|events/watch/ar@caravan.example.org|Europe/Paris|2026-10-24T20:00:00+00:00|2026-10-25T03:00:00+00:00|سهرة التضامن|Paris, place de la République"))
        #expect(lines.contains("output/fr/events.ics|events/seminar/fr@caravan.example.org|Africa/Nairobi|2026-06-14T15:00:00+00:00|2026-06-14T16:30:00+00:00|Séminaire de Nairobi|https://meet.example.org/caravan"))
        let seminar = try String(decoding: site.read("output/en/events/seminar/event.ics"), as: UTF8.self)
        #expect(seminar.contains("\r\nSUMMARY;LANGUAGE=en:Seminar\\, in Nairobi\r\n"))
        #expect(seminar.contains("\r\nDESCRIPTION;LANGUAGE=en:About\\; return\r\n"))
        #expect(seminar.contains("\r\nDTSTAMP:20260501T000000Z\r\n"))
        #expect(!seminar.split(separator: "\r\n").contains { $0.utf8.count > 75 })
    }

    @Test func pagesShowTheTimesInTheirLanguageWithSchemaOrgData() throws {
        let site = try Self.site()
        #expect(try Self.build(site).status == 0)
        let english = try String(decoding: site.read("output/en/events/watch/index.html"), as: UTF8.self)
        #expect(english.contains(#"<time datetime="2026-10-24T22:00:00+02:00">Saturday, October 24, 2026"#), "\(english)")
        #expect(english.contains("(Central European Summer Time)"))
        #expect(english.contains(#"<a href="/en/events/watch/event.ics">"#))
        let arabic = try String(decoding: site.read("output/ar/events/watch/index.html"), as: UTF8.self)
        #expect(arabic.contains("السبت، ٢٤ أكتوبر ٢٠٢٦"), "\(arabic)")
        let json = try Command.run(["python3", "-c", """
            import json, re
            html = open('output/fr/events/seminar/index.html').read()
            data = json.loads(re.search(r'<script type="application/ld\\+json">(.*?)</script>', html).group(1))
            print(data['@type'], data['startDate'], data['endDate'], data['eventAttendanceMode'], data['location']['@type'], data['inLanguage'])
            """], in: site.url)
        #expect(json.output == "Event 2026-06-14T18:00:00+03:00 2026-06-14T19:30:00+03:00 https://schema.org/OnlineEventAttendanceMode VirtualLocation fr\n",
                "\(json.errorOutput)")
    }

    @Test func theEventsPageListsWhatIsToComeThenWhatIsPastAndBuildsRepeatExactly() throws {
        let site = try Self.site()
        #expect(try Self.build(site).status == 0)
        let page = try String(decoding: site.read("output/fr/events/index.html"), as: UTF8.self)
        let upcoming = try #require(page.range(of: "Événements à venir"))
        let past = try #require(page.range(of: "Événements passés"))
        let watch = try #require(page.range(of: "Veillée")), seminar = try #require(page.range(of: "Séminaire de Nairobi"))
        #expect(upcoming.lowerBound < watch.lowerBound && watch.lowerBound < past.lowerBound && past.lowerBound < seminar.lowerBound)
        #expect(page.contains(#"href="/fr/events.ics""#))
        let first = YAMLSite.snapshot("output", of: site)
        try FileManager.default.removeItem(at: site.url("output"))
        try FileManager.default.removeItem(at: site.url(".broadside-cache"))
        #expect(try Self.build(site).status == 0)
        #expect(YAMLSite.snapshot("output", of: site) == first)
    }

    @Test func aBuildAfterTheClockPassesAnEventOrAPublishDateRemakesThePagesWithoutAnEdit() throws {
        // Published 2026-10-01, between now and the night watch's end (2026-10-25T03:00Z).
        let site = try Self.site(extra: ["content/events/notice.en.md": "---\ntitle: Notice\ndate: 2026-09-15\npublishDate: 2026-10-01\n---\nSoon.\n"])
        func build(at time: Int) throws -> String {
            let result = try Command.run(["SOURCE_DATE_EPOCH=\(time)", try BroadsideProcess.executable().path, "build"], in: site.url)
            #expect(result.status == 0, "\(result.errorOutput)")
            return result.output
        }
        func events() throws -> String {
            let page = try String(decoding: site.read("output/en/events/index.html"), as: UTF8.self)
            let upcoming = try #require(page.range(of: "Upcoming events"))
            return String(page[upcoming.lowerBound...])
        }
        _ = try build(at: Self.now)
        #expect(try build(at: Self.now + 86_400).hasPrefix("Up to date"))
        #expect(!FileManager.default.fileExists(atPath: site.url("output/en/events/notice/index.html").path))
        // 2026-10-02: the notice is out; nothing else changed.
        #expect(!(try build(at: 1_790_899_200)).hasPrefix("Up to date"))
        #expect(FileManager.default.fileExists(atPath: site.url("output/en/events/notice/index.html").path))
        let before = try events()
        #expect(before.range(of: "Night watch")!.lowerBound < before.range(of: "Past events")!.lowerBound)
        // 2026-10-26: the night watch is over.
        #expect(!(try build(at: 1_792_972_800)).hasPrefix("Up to date"))
        let after = try events()
        #expect(after.contains("No events are planned yet."))
        #expect(after.range(of: "Night watch")!.lowerBound > after.range(of: "Past events")!.lowerBound)
        // An earlier "now" than the last build's is no later build of the same pages.
        #expect(!(try build(at: Self.now)).hasPrefix("Up to date"))
        #expect(!FileManager.default.fileExists(atPath: site.url("output/en/events/notice/index.html").path))
    }

    @Test func aTimeTheClocksSkipOrShowTwiceIsALocatedError() throws {
        let site = try Self.site(extra: [
            "content/events/gap.en.md": "---\ntitle: Gap\nevent:\n  start: 2026-03-29T02:30\n  timeZone: Europe/Paris\n  location: Paris\n---\n",
            "content/events/fold.en.md": "---\ntitle: Fold\nevent:\n  start: 2026-10-25T02:30\n  timeZone: Europe/Paris\n  location: Paris\n---\n",
        ])
        let build = try Self.build(site)
        #expect(build.status != 0)
        #expect(build.errorOutput.contains("content/events/gap.en.md:4:10: error: 2026-03-29T02:30:00 does not exist in Europe/Paris: the clocks skip it"), "\(build.errorOutput)")
        #expect(build.errorOutput.contains("write 2026-03-29T01:30:00 or 2026-03-29T03:30:00"))
        #expect(build.errorOutput.contains("content/events/fold.en.md:4:10: error: 2026-10-25T02:30:00 happens twice in Europe/Paris: at 2026-10-25T02:30:00+02:00 and at 2026-10-25T02:30:00+01:00"))
        #expect(!FileManager.default.fileExists(atPath: site.url("output").path))
    }
}
