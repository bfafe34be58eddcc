import Foundation

/// A new, empty folder under the system's temporary directory, removed with its contents when the
/// value goes away. For tests that give `broadside` real files to work on.
final class TemporaryFolder {
    /// The folder.
    let url: URL

    /// Creates the folder with `files` in it: relative path and UTF-8 contents.
    init(files: [String: String] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("broadside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, contents) in files {
            try write(contents, to: path)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The folder's path.
    var path: String { url.path }

    /// The URL of `relativePath` inside the folder.
    func url(_ relativePath: String) -> URL {
        url.appendingPathComponent(relativePath)
    }

    /// Writes `contents` to `relativePath`, creating the folders on the way.
    func write(_ contents: Data, to relativePath: String) throws {
        let file = url(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: file)
    }

    /// Writes `contents` as UTF-8 to `relativePath`, creating the folders on the way.
    func write(_ contents: String, to relativePath: String) throws {
        try write(Data(contents.utf8), to: relativePath)
    }

    /// Creates the folder `relativePath` and the folders on the way.
    func createFolder(_ relativePath: String) throws {
        try FileManager.default.createDirectory(at: url(relativePath), withIntermediateDirectories: true)
    }

    /// The contents of `relativePath`.
    func read(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }

    /// The contents of `relativePath` as UTF-8 text.
    func text(_ relativePath: String) throws -> String {
        String(decoding: try read(relativePath), as: UTF8.self)
    }

    /// Whether `relativePath` exists.
    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: url(relativePath).path)
    }
}
