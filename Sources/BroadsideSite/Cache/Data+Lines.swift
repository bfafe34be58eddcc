import Foundation

extension Data {
    /// The file's lines as text, without their line feeds; empty lines are left out.
    ///
    /// On the raw bytes: `split` on `Data` itself takes 80 ms for the 6 MB content cache of a
    /// 10,000-file site.
    var lines: [String] {
        withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            return bytes.split(separator: 0x0A).map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
        }
    }
}
