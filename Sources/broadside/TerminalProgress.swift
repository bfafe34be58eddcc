import Foundation
import Synchronization

/// Progress of a long build on a terminal: after the first second, `pages done of total` on one
/// line of standard error, redrawn at most ten times a second and cleared at the end. Prints
/// nothing when standard error is not a terminal.
final class TerminalProgress: Sendable {
    private let start = ContinuousClock.now
    private let isTerminal = isatty(STDERR_FILENO) == 1
    /// When the line was last drawn, and whether one is showing.
    private let state = Mutex<(last: ContinuousClock.Instant?, showing: Bool)>((nil, false))

    func report(done: Int, total: Int) {
        guard isTerminal else { return }
        let now = ContinuousClock.now
        guard now - start > .seconds(1) else { return }
        state.withLock { state in
            if let last = state.last, now - last < .milliseconds(100), done < total { return }
            state = (now, true)
            FileHandle.standardError.write(Data("\r\u{1B}[Kpages \(done) of \(total)".utf8))
        }
    }

    /// Clears the progress line, if one is showing.
    func finish() {
        state.withLock { state in
            if state.showing { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            state.showing = false
        }
    }
}
