import ICUShim

/// Reads what a shim function writes into a caller's buffer (see icu_shim.h): a first call with a
/// buffer that usually suffices, and a second with exactly the size the first one asked for.
enum ShimBuffer {
    /// The bytes `write` produces. `write` gets a buffer and its capacity and returns the length
    /// it needs; `reserve` more bytes must fit after them (1 for a NUL).
    static func bytes(reserve: Int, _ write: (UnsafeMutablePointer<UInt8>, Int32) -> Int32) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 256)
        var length = Int(bytes.withUnsafeMutableBufferPointer { write($0.baseAddress!, Int32($0.count)) })
        if length + reserve > bytes.count {
            bytes = [UInt8](repeating: 0, count: length + reserve)
            length = Int(bytes.withUnsafeMutableBufferPointer { write($0.baseAddress!, Int32($0.count)) })
        }
        bytes.removeSubrange(length...)
        return bytes
    }

    /// The UTF-8 text `write` produces.
    static func text(_ write: (UnsafeMutablePointer<CChar>, Int32) -> Int32) -> String {
        let bytes = bytes(reserve: 1) { buffer, capacity in
            buffer.withMemoryRebound(to: CChar.self, capacity: Int(capacity)) { write($0, capacity) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The UTF-8 text `write` produces, or the ICU status it failed with, as an error that says
    /// it could not do `operation`.
    static func text(
        _ operation: @autoclosure () -> String,
        _ write: (UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<Int32>) -> Int32
    ) throws(LocaleError) -> String {
        var status: Int32 = 0
        let text = text { write($0, $1, &status) }
        guard status == 0 else { throw .icu(operation(), status: status) }
        return text
    }
}

extension LocaleError {
    /// ICU's failure with `status` to do `operation`.
    static func icu(_ operation: String, status: Int32) -> LocaleError {
        .icuFailure(operation: operation, status: String(cString: bs_error_name(status)))
    }
}
