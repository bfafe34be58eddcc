import Foundation

extension String {
    /// This path joined with `component`; the current folder `.` is left out, so messages say
    /// `content/a.md` rather than `./content/a.md`.
    /// Plain string joining: Foundation's path methods parse URLs, and this runs for every file.
    func appendingPath(_ component: String) -> String {
        if self == "." || isEmpty { return component }
        return hasSuffix("/") ? self + component : self + "/" + component
    }

    /// The path split at its last `/`: its folder ("" when it has none, "/" for a name at the
    /// root) and its name. Plain Swift: bridging to `NSString` costs more than reading the file.
    var folderAndName: (folder: String, name: String) {
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", self) }
        return (slash == startIndex ? "/" : String(self[..<slash]), String(self[index(after: slash)...]))
    }
}
