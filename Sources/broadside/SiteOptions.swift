import ArgumentParser

/// `--site DIR`, shared by the commands that work on a site folder.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, with site.yaml.", valueName: "dir"))
    var site: String = "."
}
