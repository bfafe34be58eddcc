import Foundation

extension String {
    /// This path joined with `component`; the current folder `.` is left out, so messages say
    /// `content/a.md` rather than `./content/a.md`.
    /// Plain string joining: Foundation's path methods parse URLs, and this runs for every file.
    func appendingPath(_ component: String) -> String {
        if self == "." || isEmpty { return component }
        return hasSuffix("/") ? self + component : self + "/" + component
    }
}
