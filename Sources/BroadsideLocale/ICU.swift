import ICUShim

/// Facts about the ICU library Broadside runs on.
public enum ICU {
    /// The ICU version, such as "72.1".
    public static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        let length = bs_icu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer[..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
