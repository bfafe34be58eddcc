import Foundation
@testable import BroadsideSite

/// `front-matter`: any bytes as an article file, read as a build reads it (UTF-8 check, the
/// front-matter split, the YAML parse with every limit), then stamped as `broadside stamp`
/// stamps it: a stamp that succeeds must read back as the same file with the new hash.
enum FrontMatterFuzzing {
    static let path = "content/articles/fuzz.fr.md"
    static let utc = TimeZone(identifier: "UTC")!

    static func run(_ bytes: [UInt8]) {
        guard let text = String(validatingUTF8Bytes: Data(bytes)),
              let parts = try? FrontMatter.split(text, path: path),
              let frontMatter = try? FrontMatter.parse(parts.yaml, path: path, timeZone: utc) else { return }
        _ = frontMatter.locations.count
        let hash = "0123456789ab"
        guard let stamped = try? Stamper.stamping(bytes, hash: hash, path: path) else { return }
        guard let restamped = String(validatingUTF8Bytes: Data(stamped)),
              let again = try? FrontMatter.split(restamped, path: path),
              let reread = try? FrontMatter.parse(again.yaml, path: path, timeZone: utc),
              reread.sourceHash == hash, reread.title == frontMatter.title, again.body == parts.body else {
            fatalError("stamp produced a file that does not read back with its hash")
        }
    }
}
