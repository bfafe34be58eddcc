import Foundation

/// What the last successful build wrote into an output folder: each file's fingerprint (a hash
/// of everything it was made from) and content hash, and a fingerprint of all the build's inputs.
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

    private static let header = "broadside-output-manifest 1"

    /// The manifest's file in the cache folder, one per output folder.
    static func path(in cacheFolder: String, for outputFolder: String) -> String {
        let absolute = URL(fileURLWithPath: outputFolder).standardizedFileURL.path
        return cacheFolder.appendingPath("output-\(String(StableHash.of(absolute.utf8), radix: 16))")
    }

    /// The manifest at `path`; `nil` when missing or unreadable.
    static func load(from path: String) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n")[...]
        let header = lines.popFirst()?.split(separator: " ")
        guard let header, header.count == 3, "\(header[0]) \(header[1])" == Self.header,
              let inputs = UInt64(header[2]) else { return nil }
        var manifest = OutputManifest(inputs: inputs)
        for line in lines {
            let fields = line.split(separator: "\t", maxSplits: 2)
            guard fields.count == 3, let fingerprint = UInt64(fields[0]), let contentHash = UInt64(fields[1]) else {
                return nil
            }
            manifest.entries[String(fields[2])] = Entry(fingerprint: fingerprint, contentHash: contentHash)
        }
        return manifest
    }

    func save(to path: String) throws {
        var text = "\(Self.header) \(inputs)\n"
        for (file, entry) in entries.sorted(by: { $0.key < $1.key }) {
            text += "\(entry.fingerprint)\t\(entry.contentHash)\t\(file)\n"
        }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
