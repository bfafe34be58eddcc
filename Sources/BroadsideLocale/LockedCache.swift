import Foundation

/// A dictionary filled on demand and shared between tasks: the value for each key is made once,
/// under a lock, and kept for the cache's lifetime.
final class LockedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    // Sendable: `values` is only touched under `lock`.
    private var values: [Key: Value] = [:]
    private let lock = NSLock()

    /// The value for `key`, made by `make` the first time it is asked for. `make` must not use
    /// this cache.
    func value(for key: Key, orMake make: () -> Value) -> Value {
        lock.withLock {
            if let value = values[key] { return value }
            let value = make()
            values[key] = value
            return value
        }
    }
}
