import ArgumentParser
import BroadsideServer
import BroadsideSite
import Foundation

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serves the site built in memory, rebuilding it and reloading the pages open in a browser on every save.",
        discussion: "Nothing is written: output/ and the cache are left alone. Ctrl-C stops the server.")

    @OptionGroup var siteOptions: SiteOptions

    @Option(help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "port"))
    var port: UInt16 = 1313

    @Option(help: ArgumentHelp("The address to listen on: 127.0.0.1, ::1, localhost, or 0.0.0.0 for every interface.",
                               valueName: "address"))
    var host = "127.0.0.1"

    @Flag(help: "Include articles marked draft: true.")
    var drafts = false

    @Flag(name: .shortAndLong, help: "Print each step of each rebuild with its time.")
    var verbose = false

    func run() throws {
        do {
            _ = try SiteFolder.opening(siteOptions.site)
        } catch {
            Terminal.printError(error.description)
            throw ExitStatus.usageOrConfiguration
        }
        for signal in [SIGINT, SIGTERM] { Self.stop(on: signal) }
        let verbose = verbose
        let options = BuildOptions(siteDirectory: siteOptions.site, includeDrafts: drafts,
                                   log: { if verbose { Self.printLine($0) } })
        let server = PreviewServer(options: options, host: host, port: port,
                                   report: { Self.printLine($0) }, problem: { Terminal.printError($0) })
        let site = siteOptions.site, drafts = drafts, host = host
        Task {
            do throws(PreviewServer.Failure) {
                try await server.run { address in
                    Self.printLine("Serving \(site) at \(address)\(drafts ? " with drafts" : "") (Ctrl-C stops)")
                    if host == "0.0.0.0" || host == "::" {
                        Terminal.printError("warning: listening on every network interface: anyone on your network can see the site")
                    }
                }
            } catch {
                Terminal.printError("error: \(error.description)")
                Foundation.exit(ExitStatus.usageOrConfiguration.rawValue)
            }
        }
        dispatchMain()
    }

    /// Exits with status 0 on `signal`, at once: nothing is written that could be left half done.
    private static func stop(on signal: Int32) {
        Foundation.signal(signal, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
        source.setEventHandler {
            printLine("Stopped.")
            Foundation.exit(0)
        }
        source.resume()
        sources.append(source)
    }

    /// The signal sources, kept for the life of the process.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Writes a line to standard output at once, even into a pipe.
    private static func printLine(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
