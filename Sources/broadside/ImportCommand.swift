import ArgumentParser
import BroadsideSite

/// `broadside import hugo`: a Hugo site's configuration as `site.yaml`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Describes a site made for another generator in site.yaml.",
        subcommands: [Hugo.self])

    struct Hugo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes site.yaml from a Hugo site's configuration.",
            discussion: "Reads hugo.toml|yaml|json or config.toml|yaml|json and config/_default/, writes site.yaml beside them, changes nothing else, and names each setting it did not carry over.")

        @OptionGroup var siteOptions: SiteOptions

        @Flag(help: "Replace a site.yaml that exists.")
        var force = false

        func run() throws {
            do {
                let result = try HugoImport.run(siteDirectory: siteOptions.site, force: force)
                print("wrote \(result.siteFile)")
                for setting in result.notCarriedOver { print("not carried over: \(setting)") }
            } catch {
                Terminal.printError(error.description)
                throw ExitStatus.of(error)
            }
        }
    }
}
