import Synchronization

/// Which input makes each path of a build's output, so that two inputs that would make one file
/// are both named instead of one silently replacing the other.
final class OutputClaims: Sendable {
    /// What each page of the plan is made from, known before any is written (pages cannot
    /// share a path: the plan has made sure), so writing a page takes no lock to claim it.
    let pages: [String: OutputOrigin]
    /// What each other path of the output is made from.
    private let others = Mutex<[String: OutputOrigin]>([:])

    init(pages: [String: OutputOrigin]) {
        self.pages = pages
    }

    /// Every path claimed so far, with what makes it.
    var all: [String: OutputOrigin] {
        pages.merging(others.withLock { $0 }) { page, _ in page }
    }

    /// Records that `origin` makes `relativePath`; a second origin for one path is an error naming both.
    func claim(_ relativePath: String, for origin: OutputOrigin) throws(Diagnostic) {
        let existing = pages[relativePath] ?? others.withLock { others in
            if let existing = others[relativePath] { return existing }
            others[relativePath] = origin
            return origin
        }
        guard existing != origin else { return }
        throw Diagnostic(at: origin.location ?? existing.location,
                         "\(relativePath) would be made from both \(existing.name) and \(origin.name)",
                         hint: "two inputs may not make one output file: rename or remove one of them")
    }
}
