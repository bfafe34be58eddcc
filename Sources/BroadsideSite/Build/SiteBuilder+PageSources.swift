import BroadsideLocale
import Foundation

/// What `check --links` asks of a build: which files wrote each page, and the records to remove
/// after building into a folder of its own.
extension SiteBuilder {
    /// Each page's language and the files that may have written its links: its text's file
    /// (an article's, a section's `_index`), then its template (the site's, else the built-in one).
    static func pageSources(of plan: SitePlan, in site: SiteFolder) -> [String: (sources: [String], language: LanguageTag)] {
        var templates: [String: String] = [:]
        var sources: [String: (sources: [String], language: LanguageTag)] = [:]
        for page in plan.pages {
            let name = templatesFolder.appendingPath(PageRenderer.templateName(of: page) + ".html")
            let template = templates[name] ?? (FileManager.default.fileExists(atPath: site.path(name)) ? site.path(name) : BuiltInSite.name(of: name))
            templates[name] = template
            var text: RenderedFile?
            if case .article(let entry) = page.kind { text = entry.text } else { text = plan.sectionText(of: page) }
            sources[page.file] = ((text.map { [$0.file.path] } ?? []) + [template], page.language)
        }
        return sources
    }

    /// Removes what builds into the output folder whose manifest is at `manifestPath` keep in
    /// the cache folder: the manifest, its next version, and the spare tree with its record.
    static func removeRecords(manifestPath: String) {
        for path in [manifestPath, manifestPath + ".next", SpareTree.recordPath(manifestPath), SpareTree.parkedPath(manifestPath)] {
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
