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
            guard let (name, preference) = Self.templateName(ofFile: file) else { continue }
            if let existing = chosen[name], existing.preference <= preference { continue }
            chosen[name] = (FileSystem.join(directory, file), preference)
        }
        var sources: [(name: String, source: String, path: String)] = []
        var unread: [TemplateError] = []
        for (name, file) in chosen {
            do {
                sources.append((name, try FileSystem.contents(of: file.path), file.path))
            } catch {
                unread.append(error)
            }
        }
        do {
            try self.init(sources: sources, missingPartials: missingPartials)
        } catch {
            throw TemplateErrors((unread + error.errors).sorted { $0.location.path < $1.location.path })
        }
        guard unread.isEmpty else { throw TemplateErrors(unread) }
    }

    /// Parses every template of `sources`: each its name, its text, and its path for messages.
    ///
    /// - Throws: ``TemplateErrors`` with every parse error of every template.
    public init(sources: [(name: String, source: String, path: String)], missingPartials: MissingPartials = .fail) throws(TemplateErrors) {
        var templates: [String: Template] = [:]
        var errors: [TemplateError] = []
        for (name, source, path) in sources.sorted(by: { $0.name < $1.name }) {
            do {
                templates[name] = try Template(source: source, path: path)
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw TemplateErrors(errors) }
        self.init(templates: templates, missingPartials: missingPartials)
    }

    /// The name of the template in `file` (a path relative to the templates folder), its path
    /// without extension, and how preferred its extension is (0 first); `nil` for a file that
    /// is no template.
    public static func templateName(ofFile file: String) -> (name: String, preference: Int)? {
        guard let dot = file.lastIndex(of: "."),
              let preference = extensions.firstIndex(of: String(file[file.index(after: dot)...])) else { return nil }
        return (String(file[..<dot]), preference)
    }
}
