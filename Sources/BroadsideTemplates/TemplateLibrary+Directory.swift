extension TemplateLibrary {
    /// The file extensions of templates, the preferred first.
    private static let extensions = ["mustache", "html"]

    /// Loads the `*.mustache` and `*.html` files among `files` (paths relative to `directory`,
    /// as the caller's directory walker listed them), each named by its path without extension
    /// (`"article"`, `"partials/header"`).
    ///
    /// Where both `name.mustache` and `name.html` exist, `name.mustache` is used and the other is
    /// not read.
    /// - Parameters:
    ///   - directory: The templates folder; error paths begin with it (`templates/article.html`).
    ///   - missingPartials: What a tag naming a template the folder lacks does when it renders.
    /// - Throws: ``TemplateErrors`` with every parse error of every file, or the file that could
    ///   not be read.
    public init(directory: String, files: [String], missingPartials: MissingPartials = .fail) throws(TemplateErrors) {
        var chosen: [String: (path: String, preference: Int)] = [:]
        for file in files {
            guard let dot = file.lastIndex(of: "."),
                let preference = Self.extensions.firstIndex(of: String(file[file.index(after: dot)...]))
            else { continue }
            let name = String(file[..<dot])
            if let existing = chosen[name], existing.preference <= preference { continue }
            chosen[name] = (FileSystem.join(directory, file), preference)
        }
        var templates: [String: Template] = [:]
        var errors: [TemplateError] = []
        for (name, file) in chosen.sorted(by: { $0.key < $1.key }) {
            do {
                templates[name] = try Template(source: try FileSystem.contents(of: file.path), path: file.path)
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw TemplateErrors(errors) }
        self.init(templates: templates, missingPartials: missingPartials)
    }
}
