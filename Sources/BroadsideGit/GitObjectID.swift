import CLibGit2

/// The id of a git object (a commit, tree or blob): its 20-byte SHA-1.
public struct GitObjectID: Hashable, Sendable, CustomStringConvertible {
    private let first: UInt64
    private let second: UInt64
    private let third: UInt32

    init(_ oid: git_oid) {
        var bytes = oid.id
        (first, second, third) = withUnsafeBytes(of: &bytes) { raw in
            (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
             raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
        }
    }

    /// The id as libgit2 takes it.
    var oid: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { raw in
            raw.storeBytes(of: first, as: UInt64.self)
            raw.storeBytes(of: second, toByteOffset: 8, as: UInt64.self)
            raw.storeBytes(of: third, toByteOffset: 16, as: UInt32.self)
        }
        return oid
    }

    /// The 40 hexadecimal digits git shows.
    public var description: String {
        var oid = oid
        return withUnsafeBytes(of: &oid.id) { raw in
            String(raw.flatMap { [Self.hex[Int($0 >> 4)], Self.hex[Int($0 & 15)]] })
        }
    }

    private static let hex = Array("0123456789abcdef")
}
