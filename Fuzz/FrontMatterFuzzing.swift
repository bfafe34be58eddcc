import Foundation
@testable import BroadsideSite

/// `front-matter`: any bytes as an article file, read as a build reads it (UTF-8 check, the
/// front-matter split — YAML, TOML or JSON — and the parse with every limit, the title taken
/// from the body when there is none, an `.html` file's body made Markdown), then stamped as
/// `broadside stamp` stamps it: a stamp of YAML front matter that succeeds must read back as the
/// same file with the new hash.
enum FrontMatterFuzzing {
    static let path = "content/articles/fuzz.fr.md"
    static let htmlPath = "content/articles/fuzz.fr.html"
    static let utc = TimeZone(identifier: "UTC")!

    static func run(_ bytes: [UInt8]) {
        guard let text = String(validatingUTF8Bytes: Data(bytes)) else { return }
        if let parts = try? FrontMatter.split(text, path: htmlPath) {
            _ = PageTitle.firstHeading(in: parts.body, format: .html)
        }
        guard let parts = try? FrontMatter.split(text, path: path),
              let frontMatter = try? FrontMatter.parse(parts, path: path, timeZone: utc) else { return }
        _ = frontMatter.locations.keys.map { frontMatter.locations[$0] }
        _ = PageTitle.firstHeading(in: parts.body, format: .markdown)
        // `broadside stamp` changes YAML front matter only.
        guard parts.format == .yaml else { return }
        let hash = "0123456789ab"
        guard let stamped = try? Stamper.stamping(bytes, hash: hash, path: path) else { return }
        guard let restamped = String(validatingUTF8Bytes: Data(stamped)),
              let again = try? FrontMatter.split(restamped, path: path),
              let reread = try? FrontMatter.parse(again, path: path, timeZone: utc),
              reread.sourceHash == hash, reread.title == frontMatter.title, again.body == parts.body else {
            fatalError("stamp produced a file that does not read back with its hash")
        }
    }
}
