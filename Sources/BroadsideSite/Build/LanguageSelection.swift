import BroadsideLocale

/// Which languages' pages and feeds a build makes (`build --languages ar,fr`): every other
/// language's files are kept as the last build left them, while every language's front matter
/// is read, so that alternates, switchers, the sitemap and the language chooser stay right.
/// What all languages share (the sitemap, the chooser, `static/`) is made by every build.
public struct LanguageSelection: Sendable, Hashable {
    /// The languages built; `nil` for all.
    public var only: Set<LanguageTag>?

    public static let all = LanguageSelection(only: nil)

    public init(only: Set<LanguageTag>?) {
        self.only = only
    }

    /// Whether the build makes `language`'s files.
    func includes(_ language: LanguageTag) -> Bool {
        only?.contains(language) ?? true
    }

    /// Every selected language that is not one of the site's, as an error.
    func problems(for configuration: SiteConfiguration) -> [Diagnostic] {
        (only ?? []).filter { !configuration.languages.contains($0) }.sorted { $0.identifier < $1.identifier }.map { language in
            Diagnostic(at: nil, "--languages names '\(language)', which is not one of the site's languages",
                       hint: "the site's languages are \(configuration.languages.map(\.identifier).joined(separator: ", "))")
        }
    }
}
