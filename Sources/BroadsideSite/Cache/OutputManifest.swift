import Foundation

/// What a build wrote into an output folder: each file's fingerprint (a hash of everything it
/// was made from) and content hash, and a fingerprint of all the build's inputs. Broadside
/// removes or replaces only the files its manifest lists.
///
/// A build writes the new tree's manifest as `<name>.next` before the swap that publishes it and
/// renames it after. The manifest names the tree it describes by the output folder's device and
/// inode, which the swap gives to the new tree, so that a build stopped between the swap and the
/// rename still leaves the manifest of the tree in place to be read.
struct OutputManifest: Sendable {
    struct Entry: Sendable, Equatable {
        /// A hash of what the file was made from; equal fingerprints mean equal files.
        var fingerprint: UInt64
        /// A hash of the file's bytes.
        var contentHash: UInt64
    }

    /// Entries by path relative to the output folder.
    var entries: [String: Entry] = [:]
    /// A hash of every input of the build; equal means nothing changed.
    var inputs: UInt64 = 0
    /// The time the files hold for: a later build is up to date only within it.
    var window = PublicationWindow(now: .distantPast, nextChange: .distantPast)
    /// The device and inode of the output folder this manifest describes.
    var tree: String = ""

    private static let header = "broadside-output-manifest 3"

    /// The manifest's file in the cache folder, one per output folder: named after its path
    /// relative to the site when it lies inside (so a site folder moved with its output keeps
    /// its manifest), else after its real path.
    static func path(in site: SiteFolder, cacheFolder: String, for outputFolder: OutputFolder) -> String {
        let real = outputFolder.realPath
        let key = RealPath.isInside(real, site.realPath) ? String(real.dropFirst(site.realPath.count)) : real
        return cacheFolder.appendingPath("output-\(String(StableHash.of(key.utf8), radix: 16))")
    }

    /// The device and inode of the folder at `path`; `nil` when there is none.
    static func treeIdentity(of path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino)"
    }

    /// The manifest of the tree now at `outputFolder`: the one written before the last swap
    /// if that swap happened, else the last one committed; `nil` when there is no output folder.
    static func load(at path: String, for outputFolder: String) -> OutputManifest? {
        guard let tree = treeIdentity(of: outputFolder) else { return nil }
        if let next = read(path + ".next"), next.tree == tree { return next }
        return read(path)
    }

    private static func read(_ path: String) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var lines = data.lines[...]
        let header = lines.popFirst().map { $0.split(separator: " ") }
        guard let header, header.count == 6, "\(header[0]) \(header[1])" == Self.header,
              let inputs = UInt64(header[2]), let now = UInt64(header[4]) else { return nil }
        let next = UInt64(header[5]).map { Date(timeIntervalSince1970: Double(bitPattern: $0)) }
        var manifest = OutputManifest(inputs: inputs, window: PublicationWindow(
            now: Date(timeIntervalSince1970: Double(bitPattern: now)), nextChange: next), tree: String(header[3]))
        for line in lines {
            let fields = line.utf8.split(separator: 0x09, maxSplits: 2).map { Substring($0) }
            guard fields.count == 3, let fingerprint = UInt64(fields[0]), let contentHash = UInt64(fields[1]) else {
                return nil
            }
            manifest.entries[String(fields[2])] = Entry(fingerprint: fingerprint, contentHash: contentHash)
        }
        return manifest
    }

    /// Writes the manifest as `<path>.next`, to be committed once its tree is in place.
    func saveNext(to path: String) throws {
        let files = entries.keys.sorted()
        try FileWriter.replace(path + ".next") { write in
            // The window's times as their exact bits; "-" for no next change.
            let next = window.nextChange.map { String($0.timeIntervalSince1970.bitPattern) } ?? "-"
            write("\(Self.header) \(inputs) \(tree) \(window.now.timeIntervalSince1970.bitPattern) \(next)\n")
            for start in stride(from: 0, to: files.count, by: 4096) {
                var text = ""
                for file in files[start..<min(files.count, start + 4096)] {
                    let entry = entries[file]!
                    text += "\(entry.fingerprint)\t\(entry.contentHash)\t\(file)\n"
                }
                write(text)
            }
        }
    }

    /// Makes the manifest saved with ``saveNext(to:)`` the current one.
    static func commitNext(at path: String) {
        rename(path + ".next", path)
    }
}
