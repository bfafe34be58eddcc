import ArgumentParser
import BroadsideSite
import BroadsideTemplates
import Foundation

/// `broadside render TEMPLATE --data DATA.json [--partials DIR]`: renders one template and prints
/// exactly the rendered text.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Renders one Mustache template against a JSON data file.",
        discussion: """
            Prints exactly the rendered text, with nothing added. {{> name}} reads \
            DIR/name.mustache, else DIR/name.html; a missing partial renders as empty. \
            A template error is printed as path:line:column: error: message.
            """)

    @Argument(help: "The template file.")
    var template: String

    @Option(help: "The JSON file whose value the template renders.")
    var data: String

    @Option(help: "The folder partials and parents are read from.")
    var partials: String?

    func run() throws {
        let context = try readData()
        do {
            let source = try String(contentsOfFile: template, encoding: .utf8)
            let library = try partials.map { try TemplateLibrary.load(folder: $0, missingPartials: .renderEmpty).0 }
            let output = try Template(source: source, path: template)
                .render(context, library: library ?? TemplateLibrary(templates: [:], missingPartials: .renderEmpty))
            FileHandle.standardOutput.write(Data(output.utf8))
        } catch let error as TemplateError {
            throw fail(error.description)
        } catch let errors as TemplateErrors {
            throw fail(errors.description)
        } catch {
            throw fail("\(template): error: cannot read the template: \(error.localizedDescription)")
        }
    }

    private func readData() throws -> TemplateValue {
        let contents: Data
        do {
            contents = try Data(contentsOf: URL(fileURLWithPath: data))
        } catch {
            throw fail("\(data): error: cannot read the data file: \(error.localizedDescription)")
        }
        do {
            return try JSONDecoder().decode(TemplateValue.self, from: contents)
        } catch {
            throw fail("\(data): error: the data file is not valid JSON: \(syntaxError(in: contents) ?? "\(error)")")
        }
    }

    /// JSONDecoder says only that JSON is invalid; JSONSerialization says where.
    private func syntaxError(in contents: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: contents, options: .fragmentsAllowed)
            return nil
        } catch {
            return (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        }
    }

    /// Prints `message` on standard error; the returned exit code ends the command with status 1.
    private func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return ExitCode.failure
    }
}
