import BroadsideLocale
import Foundation

/// Writes an iCalendar file beside each event's page, and each language's `events.ics` of all
/// its events for calendar subscriptions.
struct WriteEventCalendars: BuildStep {
    static let name = "write event calendars"
    static let makesOutput = true
    /// The planned site's page data, the one the pages were rendered with.
    let context: PageContext
    let output: any SiteOutput
    /// The languages whose calendars are made; the others' are kept.
    let languages: LanguageSelection

    /// - Returns: how many calendar files there are.
    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> Int {
        let configuration = context.configuration
        let host = URL(string: configuration.baseURL)?.host ?? "broadside.invalid"
        var count = 0
        do throws(Diagnostic) {
            for language in configuration.languages {
                guard let entries = context.plan.events[language] else { continue }
                let items = entries.compactMap { entry -> ICalendar.Item? in
                    guard let event = entry.event else { return nil }
                    let file = entry.text.file
                    return ICalendar.Item(uid: "\(entry.key)/\(language.identifier)@\(host)",
                                          stamp: file.frontMatter.date ?? event.start, event: event,
                                          summary: file.frontMatter.title, description: context.facts(of: entry.text).summary,
                                          url: context.permalink(entry.path))
                }
                let name = configuration.title(in: language)
                var calendars = zip(entries, items).map { entry, item in
                    (context.paths.calendar(ofEventAt: entry.path), ICalendar(name: name, language: language, items: [item]),
                     OutputOrigin.generated("the calendar file of \(entry.text.file.path)"))
                }
                calendars.append((context.paths.eventsCalendar(of: language), ICalendar(name: name, language: language, items: items),
                                  .generated("the \(language) calendar of events")))
                for (path, calendar, origin) in calendars {
                    try output.claim(path.file, for: origin)
                    count += 1
                    guard languages.includes(language) else {
                        output.keep(path.file)
                        continue
                    }
                    let text = calendar.text
                    let fingerprint = StableHash.of(text.utf8)
                    if !output.isCurrent(path.file, fingerprint: fingerprint) {
                        try output.write(text.utf8, to: path.file, fingerprint: fingerprint, from: origin)
                    }
                }
            }
        } catch {
            problems.append(error)
        }
        return count
    }
}
