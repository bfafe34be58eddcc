import BroadsideSite
import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// `broadside serve`: the site built in memory and served over HTTP, built again in the same
/// process after each change, with every open page told to reload when it changed.
public final class PreviewServer: Sendable {
    /// Why the server could not start.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// How long the files must be quiet after a change before the site is rebuilt: one save
    /// by an editor is several events.
    static let quiet: Duration = .milliseconds(10)

    private let options: BuildOptions
    private let host: String
    private let port: UInt16
    private let state = ServedState()
    private let liveReload = LiveReload()
    /// Told each rebuild, with its time.
    private let report: @Sendable (String) -> Void
    /// Told each warning and error, with where it is.
    private let problem: @Sendable (String) -> Void

    /// - Parameters:
    ///   - options: the site folder and whether drafts are shown; nothing is written.
    ///   - host: the IP address to listen on (`127.0.0.1`, `::1`, `0.0.0.0`) or `localhost`.
    ///   - port: the port, or 0 for any free one.
    ///   - report: told each rebuild, with its time.
    ///   - problem: told each warning and error.
    public init(options: BuildOptions, host: String, port: UInt16,
                report: @escaping @Sendable (String) -> Void, problem: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.host = host
        self.port = port
        self.report = report
        self.problem = problem
    }

    /// Listens, builds the site, and then serves it and rebuilds it on every change until
    /// the process ends.
    ///
    /// - Parameter started: told the server's address (`http://127.0.0.1:1313/`) once the
    ///   first build is done.
    /// - Throws: when the address cannot be listened on.
    public func run(started: @escaping @Sendable (String) -> Void) async throws(Failure) -> Never {
        let server = try HTTPServer(address: Self.address(host, port), logger: .disabled,
                                    handler: PreviewHandler(state: state, liveReload: liveReload))
        let failed = Mutex<String?>(nil)
        Task {
            do { try await server.run() } catch {
                failed.withLock {
                    $0 = "cannot listen on \(host) port \(port): \(error.localizedDescription)\n"
                        + "    hint: another server may be using the port: pass --port with another one, or --port 0 for any free port"
                }
            }
        }
        let origin = try await Self.origin(of: server, failed: failed)
        let thread = Thread { [self] in watchAndRebuild(origin: origin, started: started) }
        thread.name = "rebuild"
        thread.start()
        while true { try? await Task.sleep(for: .seconds(3600)) }
    }

    /// Builds the site, then again after each change, on this thread.
    private func watchAndRebuild(origin: String, started: @Sendable (String) -> Void) {
        let watcher = SiteWatcher(site: options.siteDirectory)
        let preview = SitePreview(options: options, origin: origin)
        rebuild(preview)
        started(origin + "/")
        if let reason = watcher.pollingReason { problem("warning: \(reason); looking for changes every second instead") }
        while true {
            if watcher.waitForChange(quiet: Self.quiet, timeout: .seconds(LiveReload.keepAliveSeconds)) {
                rebuild(preview)
            } else {
                liveReload.keepAlive()
            }
        }
    }

    /// Builds the site again, serves what it built (or its errors), and tells every open page.
    private func rebuild(_ preview: SitePreview) {
        switch preview.rebuild() {
        case .unchanged:
            return
        case .built(let site, let changed):
            let isFirst = state.current.site == nil
            let wasFailing = state.current.failure != nil
            state.update { $0 = ServedState.Current(site: site, failure: nil) }
            liveReload.send(LiveReload.Change(paths: changed.map { site.basePath + $0 }, all: wasFailing))
            for warning in site.summary.warnings { problem(warning.description) }
            let time = String(format: "%.0f", site.summary.seconds * 1000) + " ms"
            report(isFirst ? "Built \(site.summary.files) files in \(time)"
                   : "Rebuilt: \(changed.count) file\(changed.count == 1 ? "" : "s") changed, in \(time)")
        case .failed(let failure):
            state.update { $0.failure = failure }
            // The terminal says why before the page reloads to show it.
            problem(failure.description)
            problem("The build failed with \(failure.errorCount) error\(failure.errorCount == 1 ? "" : "s"); "
                   + "the pages show them until the next save that builds")
            liveReload.send(LiveReload.Change(paths: [], all: true))
        }
    }

    /// The socket address of `host`, an IPv4 or IPv6 address or `localhost`.
    private static func address(_ host: String, _ port: UInt16) throws(Failure) -> any SocketAddress {
        do {
            if host == "localhost" { return try sockaddr_in.inet(ip4: "127.0.0.1", port: port) }
            if host.contains(":") { return try sockaddr_in6.inet6(ip6: host, port: port) }
            return try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw Failure(description: "'\(host)' is no IP address: pass --host 127.0.0.1, ::1, 0.0.0.0 or localhost")
        }
    }

    /// Waits until the server listens, and returns its address: `http://127.0.0.1:1313`
    /// (`localhost` for a server on every interface).
    private static func origin(of server: HTTPServer, failed: borrowing Mutex<String?>) async throws(Failure) -> String {
        while await !server.isListening {
            if let reason = failed.withLock({ $0 }) { throw Failure(description: reason) }
            try? await Task.sleep(for: .milliseconds(5))
        }
        switch await server.listeningAddress {
        case .ip4(let ip, let port): return "http://\(ip == "0.0.0.0" ? "localhost" : ip):\(port)"
        case .ip6(let ip, let port): return "http://\(ip == "::" ? "localhost" : "[\(ip)]"):\(port)"
        default: throw Failure(description: "the server listens on no IP address")
        }
    }
}
