/// The hash that ties a translation to the version of its source it was made from: the first
/// 12 hex digits of SHA-256 over the source's title, a line feed, then its body, line endings
/// normalised to line feeds.
public enum SourceHash {
    public static let length = 12

    public static func of(_ file: ArticleFile) -> String {
        of(title: file.frontMatter.title, body: file.body)
    }

    static func of(title: String, body: String) -> String {
        let text = (title + "\n" + body).replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        return String(SHA256.hex(of: text.utf8).prefix(length))
    }
}
