import BroadsideGit
import BroadsideLocale
import Foundation

/// Reads the coverage trend from the git repository the site is in: walks HEAD's first-parent
/// history oldest first and, at every commit that changed `content/`, the UI strings or
/// `site.yaml`, counts the coverage the check would have reported then.
///
/// Files are read from the repository's blobs, never checked out; each version of a file is
/// read once, and a commit judges again only the articles whose files it changed (every
/// article when it changed the configuration or a section's `_index`, whose cascade may reach
/// any page). So a commit costs what it changed.
struct CoverageHistory {
    /// The most commits read back from HEAD.
    static let commitLimit = 100_000
    /// The most content files a commit may hold.
    static let fileLimit = 1_000_000

    /// A content file of the commit being counted.
    private struct Entry {
        var blobID: GitObjectID
        /// Whether it was read with the commit's configuration.
        var isRead = false
        /// What it holds, without its body; `nil` for a file that is no article (an image of a
        /// bundle) or could not be read (as the check leaves it out).
        var file: ArticleFile?
        /// Its ``SourceHash`` when it is in the default language, worked out while its body was at hand.
        var sourceHash = ""
    }

    /// The content files at the commit being counted, by path in `content/`, and the coverage
    /// matrix they make.
    private struct Snapshot {
        var entries: [String: Entry] = [:]
        /// The paths of each article key's files.
        var pathsByKey: [String: Set<String>] = [:]
        /// The paths of the sections' `_index` files.
        var sectionIndexes: Set<String> = []
        var tally = CoverageTally()
        /// The keys whose rows the next count judges again; `nil` for every key.
        var changedKeys: Set<String>? = []

        /// Replaces the file at `path` with `blobID` (`nil` removes it), to be read.
        mutating func replace(_ path: String, with blobID: GitObjectID?) {
            if let old = entries[path]?.file { forget(old, at: path) }
            entries[path] = blobID.map { Entry(blobID: $0) }
        }

        /// Marks every file to be read again and every article to be judged again.
        mutating func invalidateAll() {
            entries = entries.mapValues { Entry(blobID: $0.blobID) }
            (pathsByKey, sectionIndexes, changedKeys) = ([:], [], nil)
            tally.removeAll()
        }

        mutating func learn(_ file: ArticleFile, at path: String) {
            pathsByKey[file.key, default: []].insert(path)
            changedKeys?.insert(file.key)
            if file.isSectionIndex {
                sectionIndexes.insert(path)
                changedKeys = nil
            }
        }

        private mutating func forget(_ file: ArticleFile, at path: String) {
            pathsByKey[file.key]?.remove(path)
            if pathsByKey[file.key]?.isEmpty == true { pathsByKey[file.key] = nil }
            changedKeys?.insert(file.key)
            if file.isSectionIndex {
                sectionIndexes.remove(path)
                changedKeys = nil
            }
        }
    }

    let site: SiteFolder
    /// The site's configuration now: what a commit from before `site.yaml` was committed is
    /// counted with (a Hugo site's history before `broadside import hugo`).
    let configuration: SiteConfiguration
    /// What `publishDate` and `expiryDate` are compared with, as in the check.
    let now: Date

    /// The trend, or one without points and a note saying why there is none.
    func trend() -> CoverageTrend {
        do throws(GitError) {
            guard let repository = try GitRepository(discoveringFrom: site.realPath) else {
                return CoverageTrend(points: [], note: "the site is not in a git repository, so it has no history to read")
            }
            guard let prefix = repository.path(ofFolder: site.realPath) else {
                return CoverageTrend(points: [], note: "the site's repository has no working tree, so the site's place in it is unknown")
            }
            return try trend(in: repository, prefix: prefix)
        } catch {
            let hint = error.isOwnedByAnotherUser
                ? "; if you trust it, run `git config --global --add safe.directory \(site.realPath)`" : ""
            return CoverageTrend(points: [], note: "no coverage trend: \(error.message)\(hint)")
        }
    }

    /// - Parameter prefix: the site folder's path in the repository, with a trailing slash.
    private func trend(in repository: GitRepository, prefix: String) throws(GitError) -> CoverageTrend {
        let history = try repository.firstParentHistory(limit: Self.commitLimit)
        let contentFolder = prefix + SiteContent.folderName + "/"
        let configurationPath = prefix + SiteConfiguration.fileName
        let watched = [SiteContent.folderName, UIStrings.folderName, GoI18nStrings.folderName, SiteConfiguration.fileName]
            .map { prefix + $0 }
        var snapshot = Snapshot()
        var configuration: SiteConfiguration? = self.configuration
        var points: [CoverageTrend.Point] = []
        var unreadable = 0
        var hasOwnConfiguration = false
        var borrowing = 0
        var previousTree: GitObjectID?
        var previousCoverage: [String: Double]?
        for commit in history.commits {
            let changes = try repository.changes(from: previousTree, to: commit.treeID, in: watched)
            previousTree = commit.treeID
            guard !changes.isEmpty else { continue }
            var contentChanged = false
            for change in changes {
                if change.path == configurationPath {
                    hasOwnConfiguration = change.blobID != nil
                    configuration = if let blob = change.blobID { try read(blob, in: repository) } else { self.configuration }
                    // Another configuration may read every file differently.
                    snapshot.invalidateAll()
                    contentChanged = true
                } else if change.path.hasPrefix(contentFolder) {
                    let path = String(change.path.dropFirst(contentFolder.count))
                    guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
                    snapshot.replace(path, with: change.blobID)
                    contentChanged = true
                }
            }
            guard snapshot.entries.count <= Self.fileLimit else {
                throw GitError("commit \(commit.id) has more than \(Self.fileLimit) files in \(contentFolder)")
            }
            guard let configuration else {
                unreadable += 1
                continue
            }
            if !hasOwnConfiguration { borrowing += 1 }
            let coverage = if let previousCoverage, !contentChanged { previousCoverage } else {
                try count(&snapshot, configuration: configuration, repository: repository)
            }
            points.append(CoverageTrend.Point(commit: commit.id.description, time: commit.time, coverage: coverage))
            previousCoverage = coverage
        }
        return CoverageTrend(points: points, note: note(history, unreadable: unreadable, borrowing: borrowing))
    }

    /// What the trend lacks, if anything.
    private func note(_ history: GitHistory, unreadable: Int, borrowing: Int) -> String? {
        var notes: [String] = []
        switch history.start {
        case .root: break
        case .shallow:
            notes.append("the repository is a shallow clone, so the trend starts at its oldest commit, \(history.commits.first.map { String($0.id.description.prefix(12)) } ?? "?"); fetch the whole history for the rest (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)")
        case .limit:
            notes.append("only the latest \(Self.commitLimit) commits are read")
        }
        if borrowing > 0 {
            notes.append("\(borrowing) commit\(borrowing == 1 ? " is" : "s are") from before \(SiteConfiguration.fileName) was committed, and counted with today's")
        }
        if unreadable > 0 {
            notes.append("\(unreadable) commit\(unreadable == 1 ? "" : "s") without a readable \(SiteConfiguration.fileName) \(unreadable == 1 ? "is" : "are") left out")
        }
        return notes.isEmpty ? nil : notes.joined(separator: "; ") + "."
    }

    /// The configuration in `blob`; `nil` when it does not parse.
    private func read(_ blob: GitObjectID, in repository: GitRepository) throws(GitError) -> SiteConfiguration? {
        let data = try repository.blob(blob, limit: SiteFolder.maximumTextSize)
        return try? SiteConfiguration.parse(String(decoding: data, as: UTF8.self), path: site.path(SiteConfiguration.fileName))
    }

    /// The coverage per language of the snapshot's files, reading those not read yet and
    /// judging again the articles they belong to.
    private func count(_ snapshot: inout Snapshot, configuration: SiteConfiguration,
                       repository: GitRepository) throws(GitError) -> [String: Double] {
        try readUnread(&snapshot, configuration: configuration, repository: repository)
        let changedKeys = snapshot.changedKeys
        // An article's files, and every _index file for the cascades that may reach them.
        let paths = changedKeys.map { keys in
            keys.reduce(into: snapshot.sectionIndexes) { paths, key in paths.formUnion(snapshot.pathsByKey[key] ?? []) }
        } ?? Set(snapshot.entries.keys)
        // In path order, as the check reads them: of two files of a key and language, the first counts.
        let files = paths.sorted().compactMap { snapshot.entries[$0]?.file }
        let (content, _) = SiteContent.assemble(files.map { .success($0) }, configuration: configuration,
                                                includeDrafts: false, now: now)
        let scope = TranslationScope(configuration: configuration)
        let stubs = StubRule(configuration: configuration)
        var judged: Set<String> = []
        for article in content.articles where changedKeys?.contains(article.key) ?? true {
            let translated = scope.isTranslated(article)
            var states: [String: CoverageReport.State] = [:]
            for language in configuration.languages {
                states[language.identifier] = TranslationJudgement(
                    of: article, in: language, isTranslated: translated, defaultLanguage: configuration.defaultLanguage,
                    stubs: stubs, sourceHash: { snapshot.entries[$0.relativePath]?.sourceHash ?? "" }).state
            }
            snapshot.tally.set(article.key, to: states)
            judged.insert(article.key)
        }
        for key in changedKeys ?? [] where !judged.contains(key) { snapshot.tally.set(key, to: nil) }
        snapshot.changedKeys = []
        return snapshot.tally.coverage(of: configuration.languages).mapValues(\.percent)
    }

    /// Reads the files that are not read yet: their blobs one by one (a repository is used by
    /// one thread), then their text in parallel, keeping of each file what the count needs.
    private func readUnread(_ snapshot: inout Snapshot, configuration: SiteConfiguration,
                            repository: GitRepository) throws(GitError) {
        let languageFolders = LanguageFolders(configuration: configuration)
        let unreadPaths = snapshot.entries.filter { !$0.value.isRead }.map(\.key)
        var unread: [(path: String, name: ContentFileName, data: Data)] = []
        for path in unreadPaths {
            snapshot.entries[path]?.isRead = true
            guard let name = ContentFileName(relativePath: path, languageFolders: languageFolders),
                  let blobID = snapshot.entries[path]?.blobID,
                  let data = try? repository.blob(blobID, limit: SiteFolder.maximumTextSize) else { continue }
            unread.append((path, name, data))
        }
        let root = site.path(SiteContent.folderName)
        let timeZone = configuration.zone
        let read = unread.concurrentMap { path, name, data -> (ArticleFile, String)? in
            guard var file = try? SiteContent.parseFile(data, at: root.appendingPath(path), relativePath: path, name: name,
                                                        configuration: configuration, timeZone: timeZone) else { return nil }
            // Only a default-language file is ever a source.
            let hash = file.language == configuration.defaultLanguage ? SourceHash.of(file) : ""
            file.body = ""
            return (file, hash)
        }
        for ((path, _, _), result) in zip(unread, read) {
            guard let (file, hash) = result else { continue }
            snapshot.entries[path]?.file = file
            snapshot.entries[path]?.sourceHash = hash
            snapshot.learn(file, at: path)
        }
    }
}
