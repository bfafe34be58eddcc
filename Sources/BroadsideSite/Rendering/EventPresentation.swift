import BroadsideLocale
import BroadsideTemplates
import Foundation

/// What templates show of an event (``Event``): its times in the page's language on the
/// event's clocks, and its schema.org `Event` data.
struct EventPresentation {
    let event: Event
    /// The event page's title, summary and address.
    let title, summary, permalink: String
    /// The language of the event's text.
    let textLanguage: LanguageTag

    /// `event` in templates: `when` ("Sunday, June 14, 2026, 6:00 – 7:30 PM"), `timeZone` (its
    /// name in the language), `timeZoneID`, `start` and `end` in RFC 3339 with the zone's offset,
    /// `online`, `location`, `calendar` (the link to its `.ics` file) and `jsonLD`.
    func value(in language: Language, calendar: String) -> TemplateValue {
        let zone = event.timeZone
        var value: [String: TemplateValue] = [
            "when": .string(language.format(from: event.start, to: event.end ?? event.start, in: zone)),
            "timeZone": .string(language.name(of: zone, at: event.start)),
            "timeZoneID": .string(zone.identifier),
            "start": .string(zone.rfc3339(event.start)),
            "calendar": .string(calendar),
            "jsonLD": .string(jsonLD),
        ]
        if let end = event.end { value["end"] = .string(zone.rfc3339(end)) }
        if let online = event.online { value["online"] = .string(online) }
        if let location = event.location { value["location"] = .string(location) }
        return .object(value)
    }

    /// schema.org `Event` as JSON-LD, safe inside `<script>`: `<`, `>` and `&` are escaped.
    var jsonLD: String {
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Event",
            "name": title,
            "url": permalink,
            "inLanguage": textLanguage.identifier,
            "startDate": event.timeZone.rfc3339(event.start),
            "eventAttendanceMode": event.attendanceMode,
            "eventStatus": "https://schema.org/EventScheduled",
        ]
        if !summary.isEmpty { object["description"] = summary }
        if let end = event.end { object["endDate"] = event.timeZone.rfc3339(end) }
        var locations: [[String: Any]] = []
        if let online = event.online { locations.append(["@type": "VirtualLocation", "url": online]) }
        if let location = event.location { locations.append(["@type": "Place", "name": location, "address": location]) }
        object["location"] = locations.count == 1 ? locations[0] : locations
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        var escaped = String.UnicodeScalarView()
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": escaped.append(contentsOf: "\\u003c".unicodeScalars)
            case ">": escaped.append(contentsOf: "\\u003e".unicodeScalars)
            case "&": escaped.append(contentsOf: "\\u0026".unicodeScalars)
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}
