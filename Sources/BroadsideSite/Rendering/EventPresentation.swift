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
    /// `online`, `location` and `calendar` (the link to its `.ics` file).
    func value(in language: Language, calendar: String) -> TemplateValue {
        let zone = event.timeZone
        var value: [String: TemplateValue] = [
            "when": .string(language.format(from: event.start, to: event.end ?? event.start, in: zone)),
            "timeZone": .string(language.name(of: zone, at: event.start)),
            "timeZoneID": .string(zone.identifier),
            "start": .string(zone.rfc3339(event.start)),
            "calendar": .string(calendar),
        ]
        if let end = event.end { value["end"] = .string(zone.rfc3339(end)) }
        if let online = event.online { value["online"] = .string(online) }
        if let location = event.location { value["location"] = .string(location) }
        return .object(value)
    }

    /// schema.org `Event` as JSON-LD, for the event's own page: safe inside `<script>`, since
    /// `<`, `>` and `&` are escaped.
    var jsonLD: String {
        let zone = event.timeZone
        var places: [Schema.Place] = []
        if let online = event.online { places.append(Schema.Place(type: "VirtualLocation", url: online)) }
        if let location = event.location { places.append(Schema.Place(type: "Place", name: location, address: location)) }
        let schema = Schema(name: title, url: permalink, inLanguage: textLanguage.identifier, startDate: zone.rfc3339(event.start),
                            endDate: event.end.map(zone.rfc3339), eventAttendanceMode: event.attendanceMode,
                            description: summary.isEmpty ? nil : summary, location: Schema.Places(places))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(schema) else { return "{}" }
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

    /// schema.org's `Event`, as much of it as front matter tells.
    private struct Schema: Encodable {
        /// A `VirtualLocation` (`url`) or a `Place` (`name`, `address`).
        struct Place: Encodable {
            var type: String
            var url, name, address: String?

            enum CodingKeys: String, CodingKey {
                case type = "@type", url, name, address
            }
        }

        /// One place as itself, several as a list.
        struct Places: Encodable {
            var places: [Place]
            init(_ places: [Place]) { self.places = places }

            func encode(to encoder: any Encoder) throws {
                if places.count == 1 { try places[0].encode(to: encoder) } else { try places.encode(to: encoder) }
            }
        }

        var context = "https://schema.org", type = "Event"
        var name, url, inLanguage, startDate: String
        var endDate: String?
        var eventAttendanceMode: String
        var eventStatus = "https://schema.org/EventScheduled"
        var description: String?
        var location: Places

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type", name, url, inLanguage, startDate, endDate, eventAttendanceMode,
                 eventStatus, description, location
        }
    }
}
