import BroadsideLocale

/// What the files rendered for the first time in a build told: the facts lists and feeds show
/// of them, and the records the next build's cache takes.
///
/// Pages render their texts; a file the cache did not know is rendered by its own page (or a
/// fallback page showing it) before any list or feed shows it.
struct RenderedTexts: Sendable {
    /// Facts by the file's path relative to `content/`.
    private(set) var facts: [String: TextFacts] = [:]

    /// Adds the renderings of files not rendered yet (a file shown by several pages is rendered
    /// by each; the first counts).
    ///
    /// - Returns: the problems of the files added, in path order, with one warning for each
    ///   shortcode the site does not define (its count and first use).
    mutating func add(_ renderings: [RenderedFile.Rendering]) -> [Diagnostic] {
        var added: [RenderedFile.Rendering] = []
        for rendering in renderings where facts[rendering.relativePath] == nil {
            facts[rendering.relativePath] = rendering.facts
            added.append(rendering)
        }
        var problems: [Diagnostic] = []
        var unknown: [String: (count: Int, first: SourceLocation)] = [:]
        for rendering in added.sorted(by: { $0.path < $1.path }) {
            problems += rendering.problems
            for use in rendering.unknownShortcodes {
                unknown[use.name, default: (0, use.location)].count += 1
            }
        }
        for (name, uses) in unknown.sorted(by: { $0.key < $1.key }) {
            let times = uses.count == 1 ? "once" : "\(uses.count) times"
            problems.append(Diagnostic(
                .warning, at: uses.first, "unknown shortcode '\(name)', used \(times) (this is the first); its tags are left out and what they enclose is kept",
                hint: "add templates/\(ShortcodeLibrary.folder)/\(name).html, or remove the shortcode"))
        }
        return problems
    }

    /// What is known of `text`'s rendering: the cache's, else this build's; `nil` before its page rendered it.
    func facts(of text: RenderedFile) -> TextFacts? {
        text.facts ?? facts[text.file.relativePath]
    }

    /// `cache` with a record for each file whose rendering is known, at its status now, and
    /// whether it changed (so it must be saved).
    func cache(updating cache: ContentCache, articles: [[LanguageTag: RenderedFile]],
               fileStatus: [String: FileStatus]) -> (cache: ContentCache, changed: Bool) {
        cache.replacingRecords(with: articles.lazy.flatMap(\.values), fileStatus: fileStatus,
                               file: \.file, facts: facts(of:))
    }
}
