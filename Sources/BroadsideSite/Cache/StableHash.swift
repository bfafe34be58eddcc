import BroadsideTemplates
import Foundation

/// A 64-bit FNV-1a hash that, unlike `Hasher`, is the same in every process: the incremental
/// build compares hashes across builds.
///
/// A fast fingerprint to tell changed inputs and outputs from unchanged ones, never a
/// cryptographic hash: nothing an attacker could gain from a collision depends on it. What must
/// resist that (the `sourceHash` a translation is stamped with) is SHA-256 (``SourceHash``).
struct StableHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    mutating func combine(bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            for byte in buffer { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        if done == nil {
            for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
    }

    /// Combines the bytes of `buffer` eight at a time: for the contents of files and pages,
    /// where ``combine(bytes:)`` one byte at a time took a tenth of a build. Its values differ
    /// from ``of(_:)``'s, whose values name things (tag slugs, manifests) and so never change.
    mutating func combine(contentsOf buffer: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= buffer.count {
            value = (value ^ buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian) &* 0x100_0000_01b3
            offset += 8
        }
        while offset < buffer.count {
            value = (value ^ UInt64(buffer[offset])) &* 0x100_0000_01b3
            offset += 1
        }
    }

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(contentsOf: UnsafeRawBufferPointer($0)) }
        combine(bytes: CollectionOfOne(0xFF))  // a separator no UTF-8 text contains
    }

    mutating func combine(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { combine(bytes: $0) }
    }

    /// A template value; equal values hash alike, whatever order an object's members are in.
    mutating func combine(_ value: TemplateValue) {
        switch value {
        case .null: combine("n")
        case .bool(let bool): combine(bool ? "t" : "f")
        case .int(let int): combine("i"); combine(UInt64(bitPattern: Int64(int)))
        case .double(let double): combine("d"); combine(double.bitPattern)
        case .string(let text): combine("s"); combine(text)
        case .array(let values):
            combine("a"); combine(UInt64(values.count))
            for element in values { combine(element) }
        case .object(let object):
            combine("o"); combine(UInt64(object.count))
            // Each member hashed on its own and the hashes added: no sorting of keys, no lookups.
            var members: UInt64 = 0
            for (key, member) in object {
                var hash = StableHash()
                hash.combine(key)
                hash.combine(member)
                members &+= hash.value
            }
            combine(members)
        }
    }

    /// The hash of a file's or page's bytes, eight at a time (``combine(contentsOf:)``).
    static func ofContents(_ bytes: some Collection<UInt8>) -> UInt64 {
        var hash = StableHash()
        let done: Void? = bytes.withContiguousStorageIfAvailable { hash.combine(contentsOf: UnsafeRawBufferPointer($0)) }
        if done == nil { Array(bytes).withUnsafeBytes { hash.combine(contentsOf: $0) } }
        return hash.value
    }

    /// The hash of a file's bytes, eight at a time.
    static func ofContents(_ data: Data) -> UInt64 {
        var hash = StableHash()
        data.withUnsafeBytes { hash.combine(contentsOf: $0) }
        return hash.value
    }

    /// The hash of a template value (``combine(_:)-(TemplateValue)``).
    static func of(_ value: TemplateValue) -> UInt64 {
        var hash = StableHash()
        hash.combine(value)
        return hash.value
    }

    /// The hash of some bytes.
    static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = StableHash()
        hash.combine(bytes: bytes)
        return hash.value
    }
}
