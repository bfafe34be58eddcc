import ArgumentParser
import BroadsideSite

struct StampCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stamp",
        abstract: "Marks translations as up to date with their source by writing its sourceHash.",
        discussion: "Run it on a translation after bringing it up to date; it changes no other byte of the file.")

    @OptionGroup var siteOptions: SiteOptions

    @Argument(help: ArgumentHelp("Translation files, such as content/articles/name.ar.md.", valueName: "file"))
    var files: [String]

    func run() throws {
        do {
            for stamp in try Stamper.stamp(siteDirectory: siteOptions.site, paths: files) {
                print("\(stamp.path): sourceHash \(stamp.sourceHash)\(stamp.changed ? "" : " (already current)")")
            }
        } catch {
            Terminal.printError(error.description)
            throw ExitStatus.of(error)
        }
    }
}
