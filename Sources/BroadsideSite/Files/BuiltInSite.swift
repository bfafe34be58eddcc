import BroadsideTemplates
import Foundation

/// The example site's templates, UI strings and static files, built into Broadside (by the
/// EmbedExampleSite plugin, from the repository's `templates/`, `locales/` and `static/`): a site
/// provides only the files it wants to change, so a folder with `site.yaml` and `content/` builds.
public enum BuiltInSite {
    /// How messages name a built-in file: `(built in) templates/article.html`.
    static func name(of path: String) -> String {
        "(built in) " + path
    }

    /// The built-in files below `folder` (`templates`), by path relative to it (`article.html`).
    static func files(in folder: String) -> [(path: String, contents: Data)] {
        let prefix = folder + "/"
        return ExampleSiteFiles.contents.filter { $0.key.hasPrefix(prefix) }
            .map { (String($0.key.dropFirst(prefix.count)), $0.value) }.sorted { $0.path < $1.path }
    }

    /// The built-in templates, parsed once.
    static let templates: TemplateLibrary = {
        let sources = files(in: SiteBuilder.templatesFolder).compactMap { file in
            TemplateLibrary.templateName(ofFile: file.path).map { template in
                (template.name, String(decoding: file.contents, as: UTF8.self), name(of: SiteBuilder.templatesFolder.appendingPath(file.path)))
            }
        }
        // The tests build the example site from the same files: they cannot fail to parse.
        return (try? TemplateLibrary(sources: sources)) ?? TemplateLibrary(templates: [:])
    }()

    /// The folders `broadside templates eject` writes out: the look of the site.
    static let ejected = [SiteBuilder.templatesFolder, SiteBuilder.staticFolder]

    /// Writes every built-in file of ``ejected`` that the site folder `site` lacks into it,
    /// never replacing one.
    ///
    /// - Returns: the paths written, relative to the site.
    public static func eject(into site: String) throws -> [String] {
        var written: [String] = []
        for (path, contents) in ExampleSiteFiles.contents.sorted(by: { $0.key < $1.key })
        where ejected.contains(where: { path.hasPrefix($0 + "/") }) {
            let destination = site.appendingPath(path)
            var info = stat()
            guard lstat(destination, &info) != 0 else { continue }
            try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: destination, contents: contents) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination])
            }
            written.append(path)
        }
        return written
    }
}
