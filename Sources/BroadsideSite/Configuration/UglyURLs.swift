/// Which article pages are files of their own (`posts/my-post.html`) instead of folders
/// (`posts/my-post/index.html`): Hugo's `uglyURLs`, for the whole site or per section.
public enum UglyURLs: Sendable, Equatable {
    case none
    case all
    /// The top-level sections (folders of `content/`) whose pages are files.
    case sections(Set<String>)

    /// Whether the pages of the top-level section `section` (a folder of `content/`) are files.
    func apply(toSection section: String) -> Bool {
        switch self {
        case .none: false
        case .all: true
        case .sections(let sections): sections.contains(section)
        }
    }
}
