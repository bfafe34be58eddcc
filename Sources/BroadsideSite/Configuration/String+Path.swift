import Foundation

extension String {
    /// This path joined with `component`; the current folder `.` is left out, so messages say
    /// `content/a.md` rather than `./content/a.md`.
    func appendingPath(_ component: String) -> String {
        self == "." || isEmpty ? component : (self as NSString).appendingPathComponent(component)
    }
}
