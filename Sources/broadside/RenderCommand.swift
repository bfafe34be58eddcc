import ArgumentParser
import BroadsideSite
import BroadsideTemplates
import Foundation

/// `broadside render TEMPLATE --data DATA.json [--partials DIR] [--allow-missing-partials]`: renders
/// one template and prints exactly the rendered text.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Renders one Mustache template against a JSON data file.",
        discussion: """
            Prints exactly the rendered text, with nothing added. {{> name}} reads \
            DIR/name.mustache, else DIR/name.html; a missing partial or parent is an error \
            unless --allow-missing-partials. A template error is printed as \
            path:line:column: error: message.
            """)

    /// The largest data file read, in bytes (64 MiB).
    static let maximumDataBytes = 64 << 20

    @Argument(help: "The template file.")
    var template: String

    @Option(help: "The JSON file whose value the template renders.")
    var data: String

    @Option(help: "The folder partials and parents are read from.")
    var partials: String?

    @Flag(help: "Render a missing partial or parent as empty text, as the Mustache spec says, instead of failing.")
    var allowMissingPartials = false

    func run() throws {
        let context = try readData()
        let missingPartials: TemplateLibrary.MissingPartials = allowMissingPartials ? .renderEmpty : .fail
        do {
            let source = try String(contentsOfFile: template, encoding: .utf8)
            let library = try partials.map { try TemplateLibrary.load(folder: $0, missingPartials: missingPartials).0 }
            let output = try Template(source: source, path: template)
                .render(context, library: library ?? TemplateLibrary(templates: [:], missingPartials: missingPartials))
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
            let size = try FileManager.default.attributesOfItem(atPath: data)[.size] as? Int ?? 0
            guard size <= Self.maximumDataBytes else {
                throw fail("\(data): error: the data file is \(size) bytes, larger than the limit of \(Self.maximumDataBytes) bytes (64 MiB)")
            }
            contents = try Data(contentsOf: URL(fileURLWithPath: data))
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail("\(data): error: cannot read the data file: \(error.localizedDescription)")
        }
        if let nesting = nestingError(in: contents) { throw fail(nesting) }
        do {
            return try JSONDecoder().decode(TemplateValue.self, from: contents)
        } catch {
            throw fail("\(data): error: the data file is not valid JSON: \(syntaxError(in: contents) ?? "\(error)")")
        }
    }

    /// Where arrays and objects first nest deeper than ``Template/Limits/dataNesting``, checked
    /// before decoding so that the limit, not the decoder's own, speaks, with a line and column.
    private func nestingError(in contents: Data) -> String? {
        var depth = 0
        var inString = false
        var escaped = false
        var line = 1
        var lineStart = 0
        for (offset, byte) in contents.enumerated() {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "\n"): (line, lineStart) = (line + 1, offset + 1)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                guard depth <= Template.Limits.dataNesting else {
                    let column = String(decoding: contents[lineStart..<offset], as: UTF8.self).count + 1
                    return "\(data):\(line):\(column): error: arrays and objects nested deeper than \(Template.Limits.dataNesting) levels"
                }
            default: break
            }
        }
        return nil
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
        return ExitStatus.problems
    }
}
