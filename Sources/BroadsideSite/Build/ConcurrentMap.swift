import Foundation

extension Array where Element: Sendable {
    /// `map` across all cores, results in order.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: count) { offset in
                (base + offset).initialize(to: transform(self[offset]))
            }
            initialized = count
        }
    }
}
