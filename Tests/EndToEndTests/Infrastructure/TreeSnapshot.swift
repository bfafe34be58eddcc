import Foundation

/// Everything below a folder, hidden files included: each file's bytes, each link's target, each
/// folder, with permissions. Two equal snapshots are byte-identical trees.
struct TreeSnapshot: Equatable, CustomStringConvertible {
    /// By path relative to the folder: "file <mode> <bytes hash>", "link -> target" or "folder <mode>".
    let entries: [String: String]

    init(_ root: URL) {
        var entries: [String: String] = [:]
        let manager = FileManager.default
        var pending = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? root.path : root.path + "/" + relative
            for name in (try? manager.contentsOfDirectory(atPath: path)) ?? [] {
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(root.path + "/" + child, &info) == 0 else { continue }
                let mode = String(info.st_mode & 0o7777, radix: 8)
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    entries[child] = "folder \(mode)"
                    pending.append(child)
                case S_IFLNK:
                    entries[child] = "link -> " + ((try? manager.destinationOfSymbolicLink(atPath: root.path + "/" + child)) ?? "?")
                default:
                    let bytes = manager.contents(atPath: root.path + "/" + child) ?? Data()
                    entries[child] = "file \(mode) \(bytes.count) \(bytes.hashValue)"
                }
            }
        }
        self.entries = entries
    }

    /// The paths whose entries differ between the two snapshots.
    func differences(from other: TreeSnapshot) -> [String] {
        Set(entries.keys).union(other.entries.keys).filter { entries[$0] != other.entries[$0] }.sorted()
    }

    var description: String { "\(entries.count) entries" }
}
