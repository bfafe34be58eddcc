import Foundation
import ICUShim

/// Owns one ICU object behind the shim: closes it exactly once, when the owner goes away, and
/// serialises every use of it, since ICU's formatters keep working state while they format.
final class ICUObject: @unchecked Sendable {  // Sendable: `pointer` is only touched under `lock`.
    private let pointer: OpaquePointer
    private let close: @convention(c) (OpaquePointer?) -> Void
    private let lock = NSLock()

    /// Takes ownership of an open object that `close` frees.
    init(adopting pointer: OpaquePointer, close: @convention(c) (OpaquePointer?) -> Void) {
        self.pointer = pointer
        self.close = close
    }

    /// Opens an object with a shim `_open` function, which reports failure through its status.
    convenience init(
        _ operation: @autoclosure () -> String,
        open: (UnsafeMutablePointer<Int32>) -> OpaquePointer?,
        close: @convention(c) (OpaquePointer?) -> Void
    ) throws(LocaleError) {
        var status: Int32 = 0
        guard let pointer = open(&status) else {
            throw .icu(operation(), status: status)
        }
        self.init(adopting: pointer, close: close)
    }

    /// Opens an object that ICU always has for the fixed, valid inputs it gets (falling back to
    /// its root data where a language has none): only running out of memory, which a build does
    /// not survive, makes it fail, and then the process stops with ICU's reason.
    static func essential(
        _ operation: @autoclosure () -> String,
        open: (UnsafeMutablePointer<Int32>) -> OpaquePointer?,
        close: @convention(c) (OpaquePointer?) -> Void
    ) -> ICUObject {
        do {
            return try ICUObject(operation(), open: open, close: close)
        } catch {
            fatalError("\(error)")
        }
    }

    /// Runs `body` with the object, while no other task uses it.
    func use<Result, Failure: Error>(_ body: (OpaquePointer) throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(pointer)
    }

    deinit {
        close(pointer)
    }
}
