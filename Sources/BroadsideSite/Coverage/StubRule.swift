import BroadsideLocale

/// When a translation is a placeholder, not a translation: its body is empty (white space only)
/// or the same as its source's, or its front matter has a key listed in `stubMarkers:`.
///
/// `broadside check` reports a stub as `stub-translation` and counts it as missing; a build treats
/// it as missing too (a fallback page or none), through ``removingStubs(from:file:)``.
public struct StubRule: Sendable {
    /// Why a file is a stub.
    public enum Reason: Sendable, Equatable {
        /// Its body is empty or white space only.
        case emptyBody
        /// Its body is its source's, white space at either end aside.
        case sameAsSource
        /// Its front matter has this `stubMarkers` key.
        case marker(String)
    }

    let defaultLanguage: LanguageTag
    let markers: [String]

    public init(configuration: SiteConfiguration) {
        defaultLanguage = configuration.defaultLanguage
        markers = configuration.stubMarkers
    }

    /// Why `file` is a stub of `source`, or `nil` for a real translation (and for the source).
    /// Bodies are compared by ``ArticleFile/bodyHash``, so files from the content cache, which
    /// have no body, are told apart too.
    public func reason(_ file: ArticleFile, source: ArticleFile?) -> Reason? {
        guard file.language != defaultLanguage else { return nil }
        if let marker = markers.first(where: { file.frontMatter.locations[$0] != nil }) { return .marker(marker) }
        if file.bodyHash == 0 { return .emptyBody }
        if let source, file.bodyHash == source.bodyHash { return .sameAsSource }
        return nil
    }

    /// One article's files without its stubs, so a build treats them as missing.
    ///
    /// - Parameter file: the article file of an element (`\.file` for rendered files).
    public func removingStubs<File>(from files: [LanguageTag: File], file: (File) -> ArticleFile) -> [LanguageTag: File] {
        let source = files[defaultLanguage].map(file)
        // Most articles have no stub: they are returned as they are, not copied.
        guard files.values.contains(where: { reason(file($0), source: source) != nil }) else { return files }
        return files.filter { reason(file($0.value), source: source) == nil }
    }
}

extension StubRule.Reason {
    /// What the report says about the stub and how to make it a translation.
    func message(path: String, sourcePath: String?) -> String {
        switch self {
        case .emptyBody:
            "\(path) has no text, so it counts as missing; translate \(sourcePath ?? "the source") into it"
        case .sameAsSource:
            "\(path) is the same as \(sourcePath ?? "its source"), so it counts as missing; translate its text"
        case .marker(let key):
            "\(path) is marked '\(key)' (a stubMarkers key), so it counts as missing; translate it, then remove '\(key)'"
        }
    }
}
