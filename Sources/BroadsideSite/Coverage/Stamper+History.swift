import BroadsideGit
import BroadsideLocale
import Foundation

extension Stamper {
    /// What `broadside stamp --from-git` stamped (or, with `dryRun`, would stamp), and what not.
    public struct HistoryStamps: Sendable {
        /// Which version of the source a translation was stamped against.
        public enum Basis: Sendable, Equatable {
            /// The commit its front matter names (`--commit-key`).
            case commitKey
            /// The commit that last changed the translation: a guess at what it was made from.
            case lastChange
        }

        public struct Entry: Sendable {
            public var stamp: Stamp
            /// The source's path (in the repository) at `commit`.
            public var sourcePath: String
            /// The commit the source was read at, abbreviated.
            public var commit: String
            public var basis: Basis
        }

        public var stamped: [Entry]
        /// One warning per translation without a sourceHash that could not be stamped, saying why.
        public var unstamped: [Diagnostic]
    }

    /// The front matter key that names, in a translation, the commit of the source it was made
    /// from, as some projects record it (`default_lang_commit: 3f2a9c1`).
    public static let defaultCommitKey = "default_lang_commit"

    /// Stamps every translation without a `sourceHash` with the hash of its source as it was
    /// in the site's git history: at the commit its front matter names under `commitKey`, else at
    /// the commit that last changed the translation. Sources are followed through renames along
    /// HEAD's first-parent history; blobs are read from the repository, never checked out.
    ///
    /// - Parameter dryRun: work out every stamp, and write none.
    /// - Throws: the site's configuration errors; when the site is not in a git repository;
    ///   when a file cannot take its stamp (then none is written).
    public static func stampFromHistory(siteDirectory: String, commitKey: String = defaultCommitKey,
                                        dryRun: Bool = false) throws(BuildFailure) -> HistoryStamps {
        let site = try SiteFolder.opening(siteDirectory)
        let configuration = try SiteConfiguration.load(from: site)
        let (content, _) = SiteContent.load(from: site, configuration: configuration, includeDrafts: true)
        let pairs = content.articles.flatMap { article in
            article.files.values
                .filter { $0.language != configuration.defaultLanguage && $0.frontMatter.sourceHash == nil }
                .sorted { $0.path < $1.path }
                .compactMap { file in article[configuration.defaultLanguage].map { (translation: file, source: $0) } }
        }
        var plans: [(path: String, hash: String)] = []
        var entries: [(sourcePath: String, commit: String, basis: HistoryStamps.Basis)] = []
        var unstamped: [Diagnostic] = []
        do throws(GitError) {
            guard let repository = try GitRepository(discoveringFrom: site.realPath),
                  let prefix = repository.path(ofFolder: site.realPath) else {
                throw GitError("the site is not in a git repository with a working tree")
            }
            let reader = try HistoryReader(following: pairs, in: repository, contentFolder: prefix + SiteContent.folderName + "/",
                                           site: site, configuration: configuration, commitKey: commitKey)
            for (translation, source) in pairs {
                switch reader.version(of: source, for: translation) {
                case .success(let version):
                    plans.append((translation.path, version.hash))
                    entries.append((version.path, version.commit, version.basis))
                case .failure(let problem):
                    unstamped.append(problem)
                }
            }
        } catch {
            throw BuildFailure([Diagnostic(at: SourceLocation(path: siteDirectory), "cannot read the site's history: \(error.message)",
                                           hint: "run it in a git checkout of the site")])
        }
        let stamps = try write(plans, dryRun: dryRun)
        return HistoryStamps(
            stamped: zip(stamps, entries).map { HistoryStamps.Entry(stamp: $0, sourcePath: $1.sourcePath, commit: $1.commit, basis: $1.basis) },
            unstamped: unstamped)
    }

    /// Reads sources as they were when their translations were made.
    private struct HistoryReader {
        /// A source's version: its hash, and where and when it was read.
        struct Version {
            var hash: String
            var path: String
            var commit: String
            var basis: HistoryStamps.Basis
        }

        let repository: GitRepository
        /// `content/`'s path in the repository, with a trailing slash.
        let contentFolder: String
        let site: SiteFolder
        let configuration: SiteConfiguration
        let commitKey: String
        let lineage: FileLineage

        /// Walks the history once for all `pairs`: as far back as the translations without a
        /// commit marker last changed, and past every commit a marker names.
        init(following pairs: [(translation: ArticleFile, source: ArticleFile)], in repository: GitRepository,
             contentFolder: String, site: SiteFolder, configuration: SiteConfiguration, commitKey: String) throws(GitError) {
            (self.repository, self.contentFolder, self.site, self.configuration, self.commitKey) =
                (repository, contentFolder, site, configuration, commitKey)
            let path = { (file: ArticleFile) in contentFolder + file.relativePath }
            var dating: Set<String> = []
            var reaching: Set<GitObjectID> = []
            for (translation, _) in pairs {
                if let marker = try? Self.marker(of: translation, key: commitKey, site: site) {
                    if let commit = try? repository.commit(abbreviated: marker.value) { reaching.insert(commit.id) }
                } else {
                    dating.insert(path(translation))
                }
            }
            lineage = try FileLineage(following: Set(pairs.flatMap { [path($0.translation), path($0.source)] }),
                                      dating: dating, reaching: reaching, under: String(contentFolder.dropLast()),
                                      in: repository, limit: CoverageHistory.commitLimit)
        }

        /// `file`'s path in the repository.
        func path(_ file: ArticleFile) -> String { contentFolder + file.relativePath }

        /// The version of `source` that `translation` was made from, or why it cannot be known.
        func version(of source: ArticleFile, for translation: ArticleFile) -> Result<Version, Diagnostic> {
            let shallowHint = repository.isShallow
                ? "this is a shallow clone: fetch the whole history (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)" : nil
            let commit: GitCommit, sourceVersion: FileLineage.Version?, basis: HistoryStamps.Basis
            do throws(Diagnostic) {
                if let marker = try Self.marker(of: translation, key: commitKey, site: site) {
                    let named: GitCommit?
                    do { named = try repository.commit(abbreviated: marker.value) } catch {
                        throw Diagnostic(.warning, at: marker.location, "\(commitKey) '\(marker.value)': \(error.message); not stamped")
                    }
                    guard let named else {
                        throw Diagnostic(.warning, at: marker.location, "\(commitKey) names commit \(marker.value), which this repository does not have; not stamped",
                                         hint: shallowHint)
                    }
                    commit = named
                    basis = .commitKey
                    // On the first-parent line the source's name then is known; elsewhere, the first of its names there.
                    sourceVersion = if let position = lineage.position(of: named.id) {
                        lineage.version(of: path(source), at: position)
                    } else {
                        lineage.paths(of: path(source)).lazy.compactMap { path in
                            (try? repository.blobID(of: path, in: named.treeID))?.map { FileLineage.Version(path: path, blobID: $0) }
                        }.first
                    }
                } else {
                    guard let position = lineage.lastChange[path(translation)] else {
                        let committed = (try? repository.head().map { try repository.blobID(of: path(translation), in: $0.treeID) != nil }) ?? false
                        throw committed == true
                            ? problem(translation, "its last change is older than the history this repository has; not stamped", hint: shallowHint)
                            : problem(translation, "it is not committed, so its history says nothing; not stamped",
                                      hint: "commit it, or stamp it with `broadside stamp \(translation.path)` once it matches its source")
                    }
                    commit = lineage.commits[position]
                    basis = .lastChange
                    sourceVersion = lineage.version(of: path(source), at: position)
                }
            } catch {
                return .failure(error)
            }
            let short = String(commit.id.description.prefix(12))
            guard let sourceVersion else {
                return .failure(problem(translation, "its source \(source.path) did not exist at \(short), \(basis == .commitKey ? "the commit its \(commitKey) names" : "when the translation last changed"); not stamped"))
            }
            let sourcePath = sourceVersion.path
            guard sourcePath.hasPrefix(contentFolder),
                  let name = ContentFileName(relativePath: String(sourcePath.dropFirst(contentFolder.count)),
                                             languageFolders: LanguageFolders(configuration: configuration)),
                  let data = try? repository.blob(sourceVersion.blobID, limit: SiteFolder.maximumTextSize),
                  let file = try? SiteContent.parseFile(data, at: sourcePath, relativePath: String(sourcePath.dropFirst(contentFolder.count)),
                                                        name: name, configuration: configuration,
                                                        timeZone: configuration.zone) else {
                return .failure(problem(translation, "its source as it was at \(short) (\(sourcePath)) cannot be read; not stamped"))
            }
            return .success(Version(hash: SourceHash.of(file), path: sourcePath, commit: short, basis: basis))
        }

        /// The commit `translation`'s front matter names under `key`, with where.
        private static func marker(of translation: ArticleFile, key commitKey: String,
                                   site: SiteFolder) throws(Diagnostic) -> (value: String, location: SourceLocation)? {
            guard translation.frontMatter.locations[commitKey] != nil else { return nil }
            guard let data = try site.contents(ofFile: translation.path) else { return nil }
            let parts = try FrontMatter.split(String(decoding: data, as: UTF8.self), path: translation.path)
            guard let field = try FrontMatter.fields(of: parts, path: translation.path).first(where: { $0.key == commitKey }) else { return nil }
            return (try field.string().trimmingCharacters(in: .whitespaces), field.location)
        }

        private func problem(_ translation: ArticleFile, _ message: String, hint: String? = nil) -> Diagnostic {
            Diagnostic(.warning, at: SourceLocation(path: translation.path), message, hint: hint)
        }
    }
}
