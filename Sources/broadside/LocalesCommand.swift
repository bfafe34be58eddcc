import ArgumentParser

struct LocalesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "locales")
}
