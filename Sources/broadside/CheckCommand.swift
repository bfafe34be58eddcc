import ArgumentParser
import BroadsideSite
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Reports what is missing, outdated or broken in the site's translations.",
        discussion: """
            Exit status: 0 without errors (warnings allowed); 1 with any error, or when a required \
            language is below --min-coverage; 2 for a usage or site configuration error.
            """)

    @OptionGroup var siteOptions: SiteOptions

    @Option(help: ArgumentHelp("text, json, junit, sarif, github or html.", valueName: "format"))
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("min-coverage"),
            help: ArgumentHelp("Fail when a required language's coverage is below this percentage.", valueName: "percent"))
    var minCoverage: Double?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Also build the site in a temporary folder and report every internal link that leads nowhere.")
    var links = false

    @Flag(help: ArgumentHelp(
        "Also show the coverage at every commit of the site's git history that changed its content, strings or configuration.",
        discussion: "Read from the repository (no checkout). Never changes the exit status."))
    var trend = false

    func validate() throws {
        if let minCoverage, !(0...100).contains(minCoverage) {
            throw ValidationError("--min-coverage must be between 0 and 100")
        }
    }

    func run() throws {
        let colour = format == .text && output == nil && Terminal.standardOutputIsColourTerminal
        let outcome: CheckOutcome
        do {
            outcome = try CoverageChecker.report(siteDirectory: siteOptions.site, format: format, colour: colour,
                                                 strict: strict, links: links, trend: trend)
        } catch {
            Terminal.printError(error.description)
            throw ExitStatus.of(error)
        }
        if let output {
            do { try Data(outcome.report).write(to: URL(fileURLWithPath: output)) } catch {
                Terminal.printError("\(output): error: cannot write the report: \(error.localizedDescription)")
                throw ExitStatus.usageOrConfiguration
            }
        } else {
            FileHandle.standardOutput.write(Data(outcome.report))
        }
        var failed = outcome.errorCount > 0
        if let minCoverage {
            for below in outcome.languagesBelow(minCoverage) {
                Terminal.printError("\(siteOptions.site): error: \(below.language) coverage is \(below.percent)%, below --min-coverage \(minCoverage)%")
                failed = true
            }
        }
        if failed { throw ExitStatus.problems }
    }
}

extension ReportFormat: ExpressibleByArgument {}
