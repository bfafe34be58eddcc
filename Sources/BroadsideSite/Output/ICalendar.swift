import BroadsideLocale
import Foundation

/// An iCalendar file (RFC 5545) of events: a VEVENT each, its times on its zone's clocks
/// (`DTSTART;TZID=…`), and a VTIMEZONE from ICU's rules for each zone they use.
struct ICalendar {
    /// One event as a calendar shows it.
    struct Item {
        /// Stays the same from build to build, so calendars update the event instead of adding it again.
        var uid: String
        /// When the event's information was last revised: its page's date, else its start.
        var stamp: Date
        var event: Event
        var summary: String
        var description: String
        var url: String
    }

    /// The calendar's name (`X-WR-CALNAME`), shown by calendar apps when subscribed.
    var name: String
    var language: LanguageTag
    var items: [Item]

    /// The file's text: CRLF line endings, lines folded at 75 bytes.
    var text: String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Broadside//Broadside//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escaped(name)]
        var zones: [String: (rules: TimeZoneRules, from: Date)] = [:]
        for item in items {
            let zone = item.event.timeZone
            zones[zone.identifier] = (zone, min(item.event.start, zones[zone.identifier]?.from ?? item.event.start))
        }
        var text = lines.map(Self.folded).joined()
        for (_, zone) in zones.sorted(by: { $0.key < $1.key }) {
            // A year before the first event, so the rules in force at its start are given.
            text += zone.rules.iCalendarComponent(from: zone.from.addingTimeInterval(-366 * 86_400))
        }
        lines = []
        for item in items {
            let event = item.event, zone = event.timeZone
            lines += ["BEGIN:VEVENT", "UID:" + Self.escaped(item.uid),
                      "DTSTAMP:" + LocalDateTime(utcSeconds: Int(item.stamp.timeIntervalSince1970.rounded(.down))).iCalendar + "Z",
                      "DTSTART;TZID=\(zone.identifier):" + zone.localTime(at: event.start).iCalendar]
            if let end = event.end { lines.append("DTEND;TZID=\(zone.identifier):" + zone.localTime(at: end).iCalendar) }
            lines += ["SUMMARY;LANGUAGE=\(language.identifier):" + Self.escaped(item.summary)]
            if !item.description.isEmpty {
                lines.append("DESCRIPTION;LANGUAGE=\(language.identifier):" + Self.escaped(item.description))
            }
            lines.append("URL:" + item.url)
            if let location = event.location ?? event.online { lines.append("LOCATION:" + Self.escaped(location)) }
            if let online = event.online, event.location != nil {
                lines.append("CONFERENCE;VALUE=URI:" + online)
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return text + lines.map(Self.folded).joined()
    }

    /// TEXT as RFC 5545 escapes it: backslash, semicolon, comma and line breaks.
    static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in XMLWriter.allowed(text) {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n", "\r\n", "\r": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A content line with CRLF, folded so that no line is longer than 75 bytes: a fold is
    /// CRLF and a space, never inside a UTF-8 sequence.
    static func folded(_ line: String) -> String {
        var result = "", count = 0
        for scalar in line.unicodeScalars {
            let bytes = String(scalar).utf8.count
            if count + bytes > 75 {
                result += "\r\n "
                count = 1
            }
            result.unicodeScalars.append(scalar)
            count += bytes
        }
        return result + "\r\n"
    }
}
