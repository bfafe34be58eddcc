import ArgumentParser

/// The `broadside` command: builds multilingual campaign sites and checks their translations.
@main
struct Broadside: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds multilingual static sites and checks their translations.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, RenderCommand.self, LocalesCommand.self]
    )
}
