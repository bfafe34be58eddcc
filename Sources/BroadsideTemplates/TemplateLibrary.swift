import BroadsideDiagnostics
/// Templates by name: where partials and parents are found when a template renders.
public struct TemplateLibrary: Sendable {
    /// What a partial or parent tag does when the library has no template of that name.
    public enum MissingPartials: Sendable {
        /// Rendering throws a ``TemplateError`` located at the tag.
        case fail
        /// The tag renders as empty text, as the Mustache spec says.
        case renderEmpty
    }

    let templates: [String: Template]
    let missingPartials: MissingPartials

    /// Creates a library of `templates`, by name.
    public init(templates: [String: Template], missingPartials: MissingPartials = .fail) {
        self.templates = templates
        self.missingPartials = missingPartials
    }

    /// This library's templates, and those of `base` that it has no template of the same name for.
    public func overriding(_ base: TemplateLibrary) -> TemplateLibrary {
        TemplateLibrary(templates: base.templates.merging(templates) { _, own in own }, missingPartials: missingPartials)
    }

    /// The template named `name`, such as `"partials/header"`.
    public subscript(name: String) -> Template? {
        templates[name]
    }

    /// Renders the template named `name` with this library's partials.
    /// - Throws: A ``TemplateError`` if there is no such template or rendering fails.
    public func render(_ name: String, _ context: TemplateValue, functions: [String: TemplateFunction] = [:]) throws(TemplateError) -> String {
        guard let template = templates[name] else {
            throw TemplateError(
                at: SourceLocation(path: name),
                "unknown template '\(name)'; add \(name).mustache or \(name).html to the templates folder")
        }
        return try template.render(context, library: self, functions: functions)
    }

    /// One error per partial or parent tag that names a template this library lacks, located at
    /// the tag, ordered by template name and then position: a check to run before rendering.
    public func unresolvedReferences() -> [TemplateError] {
        templates.sorted { $0.key < $1.key }.flatMap { _, template in
            template.storage.references
                .filter { templates[$0.name] == nil }
                .map { TemplateError.unknownTemplate($0, in: template) }
        }
    }
}
