import BroadsideSite
import Synchronization

/// What the server answers with, swapped whole after each rebuild: the last site that built,
/// and the failure of the build since, if the last one failed.
final class ServedState: Sendable {
    struct Current: Sendable {
        /// The last site that built; `nil` until one does.
        var site: PreviewSite?
        /// Why the latest build failed; `nil` when it built.
        var failure: BuildFailure?
    }

    private let state = Mutex(Current())

    var current: Current {
        state.withLock { $0 }
    }

    func update(_ change: (inout Current) -> Void) {
        state.withLock { change(&$0) }
    }
}
