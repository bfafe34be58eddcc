import BroadsideTemplates

/// Parses every template of `templates/`, over the built-in ones (``BuiltInSite``): a site's
/// template replaces the built-in template of its name, file by file.
struct LoadTemplates: BuildStep {
    static let name = "load templates"
    let site: SiteFolder

    /// - Returns: the templates, and whether the pages use the built-in layout (which links
    ///   the built-in stylesheet).
    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> (TemplateLibrary, usesBuiltInLayout: Bool) {
        let folder = site.path(SiteBuilder.templatesFolder)
        guard RealPath.of(folder) != nil else { return (BuiltInSite.templates, true) }
        do throws(TemplateErrors) {
            let (own, warnings) = try TemplateLibrary.load(folder: folder, boundary: site.realPath, missingPartials: .fail)
            problems += warnings
            let library = own.overriding(BuiltInSite.templates)
            problems += library.unresolvedReferences().map(Diagnostic.init)
            return (library, own["layout"] == nil)
        } catch {
            problems += error.errors.map(Diagnostic.init)
            return (BuiltInSite.templates, true)
        }
    }
}
