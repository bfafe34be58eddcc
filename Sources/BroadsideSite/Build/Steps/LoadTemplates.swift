import BroadsideTemplates

/// Parses every template of `templates/`, over the built-in ones (``BuiltInSite``): a site's
/// template replaces the built-in template of its name, file by file.
struct LoadTemplates: BuildStep {
    /// The templates, parsed, with what parsing them found.
    struct Loaded: Sendable {
        var library: TemplateLibrary
        /// Whether the pages use the built-in layout, which links the built-in stylesheet.
        var usesBuiltInLayout: Bool
        var problems: [Diagnostic]
        /// The name and status of every file of `templates/` when they were parsed.
        var files: UInt64
    }

    static let name = "load templates"
    let site: SiteFolder
    /// What a build in memory parsed last time, kept while no template file changed.
    let kept: Loaded?

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> Loaded {
        let folder = site.path(SiteBuilder.templatesFolder)
        var files = StableHash()
        for file in site.files(in: SiteBuilder.templatesFolder).files {
            files.combine(file.path)
            files.combine(file.status)
        }
        let loaded = kept?.files == files.value ? kept! : load(folder, files: files.value)
        problems += loaded.problems
        return loaded
    }

    private func load(_ folder: String, files: UInt64) -> Loaded {
        guard RealPath.of(folder) != nil else { return Loaded(library: BuiltInSite.templates, usesBuiltInLayout: true, problems: [], files: files) }
        do throws(TemplateErrors) {
            let (own, warnings) = try TemplateLibrary.load(folder: folder, boundary: site.realPath, missingPartials: .fail)
            let library = own.overriding(BuiltInSite.templates)
            return Loaded(library: library, usesBuiltInLayout: own["layout"] == nil,
                          problems: warnings + library.unresolvedReferences().map(Diagnostic.init), files: files)
        } catch {
            return Loaded(library: BuiltInSite.templates, usesBuiltInLayout: true, problems: error.errors.map(Diagnostic.init), files: files)
        }
    }
}
