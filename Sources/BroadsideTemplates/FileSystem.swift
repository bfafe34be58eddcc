#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import BroadsideDiagnostics

/// The little file access a templates folder needs, through POSIX, so that this module needs no
/// Foundation (which files there are is the caller's to say). Failures are ``TemplateError``s
/// without a line: `templates/x.html: error: …`.
enum FileSystem {
    /// The text of the file at `path`, which must be UTF-8 and at most ``Template/Limits/sourceBytes`` long.
    static func contents(of path: String) throws(TemplateError) -> String {
        guard let file = fopen(path, "rb") else { throw failure(path, "cannot read the file") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            bytes.append(contentsOf: buffer[..<count])
            if count < buffer.count { break }
            // Read no further than the limit: a huge file is refused without being loaded.
            guard bytes.count <= Template.Limits.sourceBytes else {
                throw TemplateError(at: SourceLocation(path: path),
                                    "the template is larger than the limit of \(Template.Limits.sourceBytes) bytes (1 MiB); split it into partials")
            }
        }
        guard ferror(file) == 0 else { throw failure(path, "cannot read the file") }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw TemplateError(at: SourceLocation(path: path), "the file is not valid UTF-8 text")
        }
        return text
    }

    /// `directory/relative`, without doubling a trailing slash.
    static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    private static func failure(_ path: String, _ what: String) -> TemplateError {
        TemplateError(at: SourceLocation(path: path), "\(what): \(String(cString: strerror(errno)))")
    }
}
