import ArgumentParser
import BroadsideLocale
import BroadsideSite
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Builds the site into its output folder, or changes nothing when anything is wrong.")

    @OptionGroup var siteOptions: SiteOptions

    @Option(help: ArgumentHelp("Where to write the site (default: <site>/output).", valueName: "dir"))
    var output: String?

    @Flag(help: "Include articles marked draft: true.")
    var drafts = false

    @Flag(help: "Ignore the cache of earlier builds: read, render and write everything.")
    var clean = false

    @Flag(name: .shortAndLong, help: "Print each build step with its time.")
    var verbose = false

    @Flag(help: "Make every warning an error (an unknown shortcode, a page without a title, ...).")
    var strict = false

    @Option(help: ArgumentHelp("Build only these languages' pages and feeds (ar,fr), keeping the others' files as they are: one shard of a build split by language.",
                               valueName: "tags"))
    var languages: String?

    func run() throws {
        let verbose = verbose
        let progress = TerminalProgress()
        var options = BuildOptions(siteDirectory: siteOptions.site, outputDirectory: output, includeDrafts: drafts,
                                   clean: clean, log: { if verbose { print($0) } })
        options.isStrict = strict
        if let languages {
            do {
                options.languages = LanguageSelection(only: Set(try LanguageList.tags(in: languages)))
            } catch {
                Terminal.printError("error: --languages: \(error)")
                throw ExitStatus.usageOrConfiguration
            }
        }
        options.progress = progress.report
        options.notice = { Terminal.printError($0) }
        do {
            let summary = try SiteBuilder.build(options)
            progress.finish()
            for warning in summary.warnings { Terminal.printError(warning.description) }
            print(summary)
        } catch {
            progress.finish()
            Terminal.printError(error.description)
            let count = error.errorCount
            Terminal.printError("build failed with \(count) error\(count == 1 ? "" : "s"); the output folder was not changed")
            throw ExitStatus.of(error)
        }
    }
}
