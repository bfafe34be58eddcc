import ArgumentParser
import BroadsideSite

struct StampCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stamp",
        abstract: "Marks translations as up to date with their source by writing its sourceHash.",
        discussion: """
            Run it on a translation after bringing it up to date; it changes no other byte of the file. \
            With --from-git, every translation without a sourceHash is stamped with its source as it was \
            when the translation was made, read from the site's git history: at the commit its front \
            matter names (--commit-key), else at the commit that last changed it (a guess, counted in \
            the summary).
            """)

    @OptionGroup var siteOptions: SiteOptions

    @Argument(help: ArgumentHelp("Translation files, such as content/articles/name.ar.md.", valueName: "file"))
    var files: [String] = []

    @Flag(name: .customLong("from-git"), help: "Stamp every translation without a sourceHash from the site's git history.")
    var fromGit = false

    @Option(name: .customLong("commit-key"),
            help: ArgumentHelp("The front matter key that names the source's commit a translation was made from.", valueName: "key"))
    var commitKey = Stamper.defaultCommitKey

    @Flag(name: .customLong("dry-run"), help: "With --from-git, print what would be written and change nothing.")
    var dryRun = false

    func validate() throws {
        if fromGit == !files.isEmpty {
            throw ValidationError(fromGit ? "--from-git stamps every translation without a sourceHash; name no files with it"
                                          : "name the translation files to stamp, or pass --from-git")
        }
        if dryRun && !fromGit { throw ValidationError("--dry-run goes with --from-git") }
    }

    func run() throws {
        do {
            if fromGit {
                report(try Stamper.stampFromHistory(siteDirectory: siteOptions.site, commitKey: commitKey, dryRun: dryRun))
                return
            }
            for stamp in try Stamper.stamp(siteDirectory: siteOptions.site, paths: files) {
                print("\(stamp.path): sourceHash \(stamp.sourceHash)\(stamp.changed ? "" : " (already current)")")
            }
        } catch {
            Terminal.printError(error.description)
            throw ExitStatus.of(error)
        }
    }

    /// Each stamp with the source version it was read from, what could not be stamped, and a summary.
    private func report(_ stamps: Stamper.HistoryStamps) {
        for entry in stamps.stamped {
            let basis = entry.basis == .commitKey ? "its \(commitKey)" : "when the translation last changed"
            print("\(entry.stamp.path): sourceHash \(entry.stamp.sourceHash) (\(entry.sourcePath) at \(entry.commit), \(basis))")
        }
        for problem in stamps.unstamped { Terminal.printError(problem.description) }
        let named = stamps.stamped.count { $0.basis == .commitKey }
        let dated = stamps.stamped.count - named
        let verb = dryRun ? "Would stamp" : "Stamped"
        var summary = "\(verb) \(stamps.stamped.count) translation\(stamps.stamped.count == 1 ? "" : "s"): \(named) from their \(commitKey), \(dated) dated by their last change"
        if dated > 0 { summary += " (a guess: the source as it was when the translation was last committed)" }
        if !stamps.unstamped.isEmpty { summary += "; \(stamps.unstamped.count) not stamped" }
        print(summary + (dryRun ? ". Nothing was written (--dry-run)." : "."))
    }
}
