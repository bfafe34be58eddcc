import ArgumentParser
import BroadsideSite
import Foundation

/// `broadside translations export` and `import`: what a language needs translated, out to a
/// CAT tool and back.
struct TranslationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "Exchanges translations with CAT tools (XLIFF 2.0, gettext PO).",
        subcommands: [Export.self, Import.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes what a language needs translated as XLIFF 2.0 or PO.",
            discussion: "Each article goes out as units: its title, summary, tags and slug, then its headings, paragraphs, list items, table cells and image descriptions, with inline Markdown as codes to keep. Code blocks stay with the source.")

        @OptionGroup var siteOptions: SiteOptions

        @Option(help: ArgumentHelp("The language to translate into, as in site.yaml.", valueName: "tag"))
        var language: String

        @Option(help: ArgumentHelp("xliff or po.", valueName: "format"))
        var format: TranslationExport.Format = .xliff

        @Option(help: ArgumentHelp("What goes out: missing, outdated, stub (together by default) or all.", valueName: "list"))
        var include = "missing,outdated,stub"

        @Option(help: ArgumentHelp("The file to write.", valueName: "file"))
        var output: String

        func run() throws {
            var selection: Set<TranslationExport.Selection> = []
            for name in include.split(separator: ",") {
                guard let chosen = TranslationExport.Selection(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("--include takes missing, outdated, stub or all, not '\(name)'")
                }
                selection.insert(chosen)
            }
            let exported: (bytes: [UInt8], files: Int, units: Int)
            do {
                exported = try TranslationExport.export(siteDirectory: siteOptions.site, language: language, format: format,
                                                        selection: selection)
            } catch {
                Terminal.printError(error.description)
                throw ExitStatus.of(error)
            }
            do { try Data(exported.bytes).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                Terminal.printError("\(output): error: cannot write the export: \(error.localizedDescription)")
                throw ExitStatus.usageOrConfiguration
            }
            print("wrote \(output): \(exported.files) file\(exported.files == 1 ? "" : "s"), \(exported.units) units to translate into \(language)")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes translated XLIFF files back into the site.",
            discussion: "Each article's translation is written as its language's file, stamped with the source hash it was exported from; UI strings go into locales/<lang>.yaml. Any error in any file, and nothing is written.")

        @OptionGroup var siteOptions: SiteOptions

        @Argument(help: ArgumentHelp("The translated XLIFF files.", valueName: "file"))
        var files: [String]

        func run() throws {
            do {
                let summary = try TranslationImport.run(siteDirectory: siteOptions.site, files: files)
                for path in summary.written { print("wrote \(path)") }
                print("\(summary.written.count) written, \(summary.unchanged.count) unchanged, \(summary.skipped) units without a translation skipped")
            } catch {
                Terminal.printError(error.description)
                let count = error.errorCount
                Terminal.printError("import failed with \(count) error\(count == 1 ? "" : "s"); no file was written")
                throw ExitStatus.of(error)
            }
        }
    }
}

extension TranslationExport.Format: ExpressibleByArgument {}
