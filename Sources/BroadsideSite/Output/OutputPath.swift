/// Where a page lives in the output: its folder's path segments below `output/`.
///
/// `["ar", "articles", "solidarity"]` is the file `ar/articles/solidarity/index.html` and the
/// link `/ar/articles/solidarity/` (after the site's base path). Segments are checked when they
/// come from content, so no path can escape `output/`.
///
/// A page that is a file of its own (``isFile``: Hugo's ugly URLs, a `url` ending in `.html`)
/// has its file name as the last segment: `["posts", "solidarity.html"]` is the file and link
/// `posts/solidarity.html`.
public struct OutputPath: Sendable, Hashable, Comparable {
    public var segments: [String]
    /// Whether the last segment is the page's file (`about.html`) rather than its folder.
    public var isFile: Bool

    public init(_ segments: [String], isFile: Bool = false) {
        self.segments = segments.filter { !$0.isEmpty }
        self.isFile = isFile && !self.segments.isEmpty
    }

    /// The page at `path` as a site writes it (a `url` or an alias): a folder, or a file when
    /// its last segment ends in `.html`.
    public init(writtenAs path: String, below prefix: [String]) {
        self.init(prefix + path.split(separator: "/").map(String.init), isFile: path.hasSuffix(".html"))
    }

    /// The folder's path relative to `output/`, "" for the root (for a file, the file's path).
    public var folder: String { segments.joined(separator: "/") }

    /// The page's file relative to `output/`.
    public var file: String { isFile ? folder : segments.isEmpty ? "index.html" : folder + "/index.html" }

    /// The page's link: `basePath` (which starts and ends with `/`) then the percent-encoded
    /// segments, and a slash unless the page is a file.
    public func link(basePath: String) -> String {
        segments.isEmpty ? basePath : basePath + segments.map(Self.percentEncoded).joined(separator: "/") + (isFile ? "" : "/")
    }

    /// Where the files of the page's bundle go: its folder, or for a page that is a file, the
    /// folder of its name without `.html`, as Hugo puts them.
    var resourceFolder: String { isFile && folder.hasSuffix(".html") ? String(folder.dropLast(5)) : folder }

    /// This page as a file of its own: its last segment with `.html`.
    var asFile: OutputPath {
        guard !isFile, let last = segments.last else { return self }
        return OutputPath(segments.dropLast() + [last + ".html"], isFile: true)
    }

    public static func < (lhs: OutputPath, rhs: OutputPath) -> Bool {
        lhs.segments.lexicographicallyPrecedes(rhs.segments)
    }

    public func appending(_ more: String...) -> OutputPath {
        OutputPath(segments + more)
    }

    /// The longest name a file system allows for one file or folder, in bytes (NAME_MAX).
    static let maximumSegmentBytes = 255

    /// Rejects a slug or name that could leave its folder, break a link, or be too long for a
    /// file system.
    static func validateSegment(_ segment: String, at location: SourceLocation, what: String) throws(Diagnostic) {
        if segment.utf8.count > maximumSegmentBytes {
            throw Diagnostic(at: location, "\(what) is \(segment.utf8.count) bytes long; file systems allow at most \(maximumSegmentBytes) in a name",
                             hint: "shorten it (letters outside ASCII take 2 to 4 bytes each)")
        }
        let forbidden = segment.isEmpty || segment == "." || segment == ".." || segment.hasPrefix(".")
            || segment.contains(where: { "/\\?#%".contains($0) || $0.isNewline })
            || segment.unicodeScalars.contains { $0.properties.generalCategory == .control }
        if forbidden {
            throw Diagnostic(at: location, "\(what) '\(segment)' is not usable in a URL",
                             hint: "use letters, digits and hyphens, such as my-article; no /, \\, ?, #, % and no leading dot")
        }
    }

    /// RFC 3986 percent-encoding of one path segment (unreserved characters stay as they are).
    static func percentEncoded(_ segment: String) -> String {
        guard segment.utf8.contains(where: { !isUnreserved($0) }) else { return segment }
        var encoded = ""
        for byte in segment.utf8 {
            if isUnreserved(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                encoded.unicodeScalars.append(contentsOf: ["%", hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            }
        }
        return encoded
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
