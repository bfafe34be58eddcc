import Foundation
import Synchronization

/// The browsers listening at ``path`` with Server-Sent Events: after each rebuild every one is
/// sent a `reload` event naming what changed, and the script every served page carries
/// reloads the page when it is among them.
final class LiveReload: Sendable {
    /// Where pages listen, outside any site's paths.
    static let path = "/_broadside/events"

    /// What changed in one rebuild.
    struct Change: Encodable {
        /// The URL paths of the files made, changed or removed (`/en/articles/a/index.html`).
        var paths: [String]
        /// Whether every page must reload: a build failed, or the first good one after a failure.
        var all: Bool
    }

    /// How long a connection stays quiet before a comment line keeps it open, and lets a
    /// browser that left be noticed.
    static let keepAliveSeconds = 15

    private let clients = Mutex<(next: Int, continuations: [Int: AsyncStream<[UInt8]>.Continuation])>((0, [:]))

    /// The script served pages carry, just before `</body>`.
    static let script = """
        <script id="broadside-live-reload">
        (() => {
          const events = new EventSource("\(path)");
          events.addEventListener("reload", (event) => {
            const change = JSON.parse(event.data);
            let page = decodeURI(location.pathname);
            if (page.endsWith("/")) page += "index.html";
            const mine = (path) => path === page || path === page + "/index.html" || !/\\.(html|xml)$/.test(path);
            if (change.all || change.paths.some(mine)) location.reload();
          });
        })();
        </script>
        """

    /// A new listener's events: first how soon to reconnect when the server goes away.
    func subscribe() -> EventStream {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let id = clients.withLock { clients in
            clients.next += 1
            clients.continuations[clients.next] = continuation
            return clients.next
        }
        continuation.onTermination = { [weak self] _ in
            self?.clients.withLock { _ = $0.continuations.removeValue(forKey: id) }
        }
        continuation.yield(Array("retry: 500\n: connected\n\n".utf8))
        return EventStream(messages: stream)
    }

    /// Sends every listener a `reload` event with `change` as its JSON data.
    func send(_ change: Change) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let json = try? encoder.encode(change) else { return }
        broadcast(Array("event: reload\ndata: ".utf8) + Array(json) + Array("\n\n".utf8))
    }

    /// Sends a comment line every listener ignores, so that a connection whose browser left fails and is dropped.
    func keepAlive() {
        broadcast(Array(": keep-alive\n\n".utf8))
    }

    private func broadcast(_ message: [UInt8]) {
        for continuation in clients.withLock({ Array($0.continuations.values) }) {
            continuation.yield(message)
        }
    }
}
