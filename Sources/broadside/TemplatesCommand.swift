import ArgumentParser
import BroadsideSite

/// `broadside templates eject`: the built-in templates and stylesheet, written out to be changed.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Works with the templates built into Broadside.",
        subcommands: [Eject.self])

    struct Eject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes the built-in templates and static files into the site, to be changed.",
            discussion: "A site's own templates/ and static/ files replace the built-in ones file by file; this writes every built-in one the site lacks and never replaces a file.")

        @OptionGroup var siteOptions: SiteOptions

        func run() throws {
            do {
                let written = try BuiltInSite.eject(into: siteOptions.site)
                for path in written { print("wrote \(path)") }
                if written.isEmpty { print("the site has every built-in template and static file already") }
            } catch {
                Terminal.printError("cannot write the templates: \(error.localizedDescription)")
                throw ExitStatus.problems
            }
        }
    }
}
