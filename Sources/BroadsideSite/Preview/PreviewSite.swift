import Foundation

/// A site built in memory by ``SitePreview``: what `broadside serve` answers requests from.
public struct PreviewSite: Sendable {
    /// One file of the site, by its path relative to the site's root (`en/index.html`).
    public struct File: Sendable {
        /// The inputs it was made from: unchanged, it is kept by the next build.
        let fingerprint: UInt64
        /// A hash of what the file holds, which changes when it does.
        let contentHash: UInt64
        let body: Body

        enum Body: Sendable {
            /// A page, feed or sitemap, as made.
            case bytes(Data)
            /// A file of the site published as it is (`static/`, a page bundle's image), read
            /// when asked for.
            case siteFile(String)
        }
    }

    /// The largest file of the site served as it is.
    public static let maximumFileSize = 1 << 30

    let site: SiteFolder
    let files: [String: File]
    /// The path part of the site's base URL, below which every page is served: "/" or "/campaign/".
    public let basePath: String
    /// Each language's 404 page, the one in the deepest folder first, the default language's last.
    let notFoundPages: [String]
    /// What the build wrote, with its warnings.
    public let summary: BuildSummary

    /// The file at `relativePath` (`en/articles/a/index.html`), if the site has one.
    public func file(at relativePath: String) -> File? {
        files[relativePath]
    }

    /// What `file` holds; a file of the site is read now, through the same checks as a build
    /// (no symbolic link out of the site).
    public func contents(of file: File) throws(Diagnostic) -> Data {
        switch file.body {
        case .bytes(let data): return data
        case .siteFile(let path):
            guard let data = try site.contents(ofFile: path, limit: Self.maximumFileSize) else {
                throw Diagnostic(at: SourceLocation(path: path), "cannot read the file", hint: "was it removed?")
            }
            return data
        }
    }

    /// An HTTP entity tag for `bytes`, the same for the same bytes in every process.
    public static func entityTag(of bytes: Data) -> String {
        "\"" + String(StableHash.ofContents(bytes), radix: 16) + "\""
    }

    /// The 404 page for an address that is no file (`fr/no-such-page/`): its language's, found
    /// by its folder, else the default language's.
    public func notFoundPage(for relativePath: String) -> String? {
        notFoundPages.dropLast().first { page in
            let folder = (page as NSString).deletingLastPathComponent
            return folder.isEmpty || relativePath.hasPrefix(folder + "/")
        } ?? notFoundPages.last
    }
}
