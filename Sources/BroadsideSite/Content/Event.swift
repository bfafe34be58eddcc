import BroadsideLocale
import Foundation

/// An article that is an event (a virtual seminar, a meeting), from front matter `event`:
///
///     event:
///       start: 2026-06-14T18:00        # local time in timeZone
///       end: 2026-06-14T19:30
///       timeZone: Africa/Nairobi       # IANA
///       online: https://meet.example.org/caravan
///       location: "Dakar, Maison des jeunes"
///
/// Its page shows the times in its language on the event's clocks, with schema.org `Event` data;
/// an `.ics` file beside the page and each language's `events.ics` put it in calendars.
public struct Event: Sendable, Equatable {
    public var start: Date
    /// `nil` for an event without a set end.
    public var end: Date?
    public var timeZone: TimeZoneRules
    /// The address to join it online (http or https).
    public var online: String?
    /// Where it takes place, as people would write it.
    public var location: String?

    /// The keys `event` may have.
    static let keys = ["start", "end", "timeZone", "online", "location"]

    /// Reads front matter `event`; every bad key is one diagnostic.
    static func read(_ field: FrontMatterField) throws(BuildFailure) -> Event {
        guard case .table(let fields) = field.value else {
            throw BuildFailure([Diagnostic(at: field.location, "'event' must be a mapping of \(keys.joined(separator: ", "))",
                                           hint: "write start, end and timeZone on their own lines below event:")])
        }
        var errors: [Diagnostic] = []
        var byKey: [String: FrontMatterField] = [:]
        for entry in fields {
            if keys.contains(entry.key) {
                byKey[entry.key] = byKey[entry.key] ?? entry
            } else {
                errors.append(Diagnostic(at: entry.keyLocation, "unknown event key '\(entry.key)'",
                                         hint: "known keys: \(keys.joined(separator: ", "))"))
            }
        }
        func text(_ key: String) -> String? {
            guard let field = byKey[key] else { return nil }
            do { return try field.string() } catch {
                errors.append(error)
                return nil
            }
        }
        var zone: TimeZoneRules?
        if let field = byKey["timeZone"], let name = text("timeZone") {
            zone = TimeZoneRules(identifier: name)
            if zone == nil {
                errors.append(Diagnostic(at: field.location, "'\(name)' is no IANA time zone",
                                         hint: "write the zone of the place the times are given in: Africa/Nairobi, Africa/Dakar, Asia/Amman, America/Sao_Paulo"))
            }
        } else if byKey["timeZone"] == nil {
            errors.append(Diagnostic(at: field.location, "the event has no 'timeZone'",
                                     hint: "add timeZone: Africa/Nairobi (the IANA zone whose clocks start and end are read on)"))
        }
        func instant(_ key: String) -> Date? {
            guard let field = byKey[key], let written = text(key), let zone else { return nil }
            do { return try Self.instant(written, in: zone, at: field.location) } catch {
                errors.append(error)
                return nil
            }
        }
        if byKey["start"] == nil {
            errors.append(Diagnostic(at: field.location, "the event has no 'start'", hint: "add start: 2026-06-14T18:00"))
        }
        let start = instant("start"), end = instant("end")
        if let start, let end, end < start, let field = byKey["end"] {
            errors.append(Diagnostic(at: field.location, "the event ends before it starts",
                                     hint: "give an end after the start, on the clocks of the event's time zone"))
        }
        let online = text("online")
        if let online, let field = byKey["online"],
           !(online.hasPrefix("https://") || online.hasPrefix("http://")) || online.contains(where: \.isWhitespace) {
            errors.append(Diagnostic(at: field.location, "'online' must be an http or https address",
                                     hint: "write the address people join at: https://meet.example.org/caravan"))
        }
        let location = text("location")
        if online == nil && location == nil && byKey["online"] == nil && byKey["location"] == nil {
            errors.append(Diagnostic(at: field.location, "the event has neither 'online' nor 'location'",
                                     hint: "say where people take part: online: https://…, location: \"Dakar, Maison des jeunes\", or both"))
        }
        guard errors.isEmpty, let start, let zone else { throw BuildFailure(errors) }
        return Event(start: start, end: end, timeZone: zone, online: online, location: location)
    }

    /// The instant `written` means on the clocks of `zone`: a local time (`2026-06-14T18:00`),
    /// with an offset (`2026-10-25T02:30+02:00`) to choose one of a time the clocks show twice.
    static func instant(_ written: String, in zone: TimeZoneRules, at location: SourceLocation) throws(Diagnostic) -> Date {
        var text = Substring(written.trimmingSpaces)
        var offset: Int?
        if text.hasSuffix("Z") {
            (text, offset) = (text.dropLast(), 0)
        } else if text.count > 6, let sign = text.dropLast(5).last, sign == "+" || sign == "-",
                  let hours = Int(text.suffix(5).prefix(2)), text.suffix(3).first == ":", let minutes = Int(text.suffix(2)) {
            offset = (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
            text = text.dropLast(6)
        }
        guard let local = LocalDateTime(parsing: String(text)) else {
            throw Diagnostic(at: location, "'\(written)' is not a date and time",
                             hint: "write the time on the event's clocks as 2026-06-14T18:00")
        }
        let candidates: [Date]
        switch zone.instant(of: local) {
        case .unique(let date):
            candidates = [date]
        case .skipped(let earlier, let later):
            throw Diagnostic(at: location, "\(local) does not exist in \(zone.identifier): the clocks skip it",
                             hint: "write \(zone.localTime(at: earlier)) or \(zone.localTime(at: later)): \(local) read with the offset before the change, or after it")
        case .repeated(let earlier, let later):
            guard offset != nil else {
                throw Diagnostic(at: location, "\(local) happens twice in \(zone.identifier): at \(zone.rfc3339(earlier)) and at \(zone.rfc3339(later))",
                                 hint: "write the one you mean with its offset, as \(zone.rfc3339(earlier))")
            }
            candidates = [earlier, later]
        }
        guard let offset else { return candidates[0] }
        guard let chosen = candidates.first(where: { zone.offset(at: $0) == offset }) else {
            throw Diagnostic(at: location, "\(zone.identifier) is not at that offset at \(local): it is \(candidates.map(zone.rfc3339).joined(separator: " or "))",
                             hint: "leave the offset out, or write the zone's offset at that time")
        }
        return chosen
    }

    /// schema.org's attendance mode: online, offline or mixed.
    var attendanceMode: String {
        switch (online != nil, location != nil) {
        case (true, true): "https://schema.org/MixedEventAttendanceMode"
        case (true, false): "https://schema.org/OnlineEventAttendanceMode"
        default: "https://schema.org/OfflineEventAttendanceMode"
        }
    }
}
