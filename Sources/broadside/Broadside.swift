import ArgumentParser
import Foundation

/// The `broadside` command: builds multilingual campaign sites and checks their translations.
@main
struct Broadside: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds multilingual static sites and checks their translations.",
        version: buildVersion,
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, StampCommand.self, TranslationsCommand.self, LocalesCommand.self,
                      RenderCommand.self, TemplatesCommand.self, ImportCommand.self]
    )

    /// Runs the command; usage errors exit with status 2, like other Unix tools.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            Terminal.printError(fullMessage(for: error))
            Foundation.exit(ExitStatus.usageOrConfiguration.rawValue)
        }
    }
}
