import BroadsideTemplates

/// Parses every template of `templates/` and checks that the site has the ones its pages need.
struct LoadTemplates: BuildStep {
    /// The templates a site must have, by the pages they render.
    static let required = ["article", "list", "tags", "root"]
    static let name = "load templates"
    let site: SiteFolder

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> TemplateLibrary {
        let folder = site.path(SiteBuilder.templatesFolder)
        guard RealPath.of(folder) != nil else {
            problems.append(Diagnostic(at: SourceLocation(path: folder), "no templates folder",
                                       hint: "a site needs templates/ with \(Self.required.joined(separator: ", ")); start from the templates/ folder of Broadside's own repository"))
            return TemplateLibrary(templates: [:])
        }
        do throws(TemplateErrors) {
            let (library, warnings) = try TemplateLibrary.load(folder: folder, boundary: site.realPath, missingPartials: .fail)
            problems += warnings
            problems += library.unresolvedReferences().map(Diagnostic.init)
            for name in Self.required where library[name] == nil {
                problems.append(Diagnostic(
                    at: SourceLocation(path: folder), "missing template '\(name)'",
                    hint: "add templates/\(name).html; the site needs \(Self.required.joined(separator: ", "))"))
            }
            return library
        } catch {
            problems += error.errors.map(Diagnostic.init)
            return TemplateLibrary(templates: [:])
        }
    }
}
