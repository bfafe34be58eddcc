import ArgumentParser
import BroadsideLocale
import BroadsideSite
import Foundation

/// `broadside locales`: the site's languages as ICU sees them.
struct LocalesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locales",
        abstract: "Lists the site's languages: names, direction, script, plural categories, a sample date."
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(help: "Comma-separated BCP 47 tags to list instead of the site's languages (en,ar,zh-Hant).")
    var languages: String?

    @Flag(help: "Print a JSON array of objects instead of a table.")
    var json = false

    func run() throws {
        let tags: [LanguageTag]
        var timeZone = "UTC"
        if let languages {
            tags = try LanguageList.tags(in: languages)
        } else {
            do {
                let configuration = try SiteConfiguration.load(siteDirectory: siteOptions.site)
                (tags, timeZone) = (configuration.languages, configuration.timeZone)
            } catch {
                Terminal.printError(error.description)
                throw ExitStatus.of(error)
            }
        }
        let today = Date()
        let reports = tags.map { LanguageReport(Language.named($0), sampleDate: today, timeZone: timeZone) }
        print(json ? try Self.json(reports) : Self.table(reports))
    }

    private static func json(_ reports: [LanguageReport]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(reports), as: UTF8.self)
    }

    private static func table(_ reports: [LanguageReport]) -> String {
        TextTable(
            header: ["TAG", "NATIVE NAME", "ENGLISH NAME", "DIR", "SCRIPT", "PLURALS", "SAMPLE DATE"],
            rows: reports.map { report in
                [report.tag, report.nativeName, report.englishName, report.direction.rawValue, report.script,
                 report.pluralCategories.map(\.rawValue).joined(separator: " "), report.sampleDate]
            }
        ).text
    }
}
