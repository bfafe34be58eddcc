import Foundation

/// The time a build's pages hold for: the "now" they were made at, and the next moment the clock
/// alone changes them (a page's `publishDate` or `expiryDate` comes, an event ends).
///
/// A build whose inputs are unchanged is up to date only while the window holds, so a page due
/// at noon appears in the first build after noon.
struct PublicationWindow: Sendable, Equatable {
    var now: Date
    /// `nil` when no time to come changes any page.
    var nextChange: Date?

    /// Whether pages made at ``now`` are still the pages of `time`.
    func holds(at time: Date) -> Bool {
        time >= now && nextChange.map { time < $0 } ?? true
    }

    /// The window from `now` that `matter` narrows to its first change after `now`.
    mutating func narrow(to matter: FrontMatter) {
        for instant in [matter.publishDate, matter.expiryDate, matter.event.map { $0.end ?? $0.start }] {
            guard let instant, instant > now else { continue }
            nextChange = min(nextChange ?? instant, instant)
        }
    }
}
