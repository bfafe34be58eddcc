import BroadsideDiagnostics
import BroadsideTemplates
import Foundation

extension TemplateLibrary {
    /// Loads the templates of `folder`, listed by the build's directory walker: links are
    /// followed only within `boundary` (the real path of the site, or of `folder` itself).
    ///
    /// - Returns: the library and the warnings for links and files that were skipped.
    public static func load(folder: String, boundary: String? = nil,
                            missingPartials: MissingPartials) throws(TemplateErrors) -> (TemplateLibrary, [Diagnostic]) {
        var info = stat()
        guard let real = RealPath.of(folder), stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            let message = RealPath.of(folder) == nil ? "no such templates folder" : "expected a templates folder, found a file"
            throw TemplateErrors([TemplateError(at: SourceLocation(path: folder), message)])
        }
        let listing = FileTree(root: folder, boundary: boundary ?? real)
        let library = try TemplateLibrary(directory: folder, files: listing.files.map(\.path), missingPartials: missingPartials)
        return (library, listing.warnings)
    }
}
