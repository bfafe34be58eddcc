import Foundation

/// A Hugo site's configuration, as Hugo reads it: `hugo.toml|yaml|json` or `config.toml|yaml|json`
/// at the site's root, and the split files of `config/_default/` (`params.toml` is the
/// `params` table, `languages.toml` the `languages`, `menus.en.toml` English's `menus`), merged,
/// keys in lower case (Hugo's keys ignore case).
struct HugoConfiguration {
    /// The merged settings.
    var settings: StructuredValue
    /// The files read, relative to the site, for messages.
    var files: [String]

    /// The names Hugo looks for at the root, in its order.
    static let rootNames = ["hugo", "config"]
    static let extensions = ["toml", "yaml", "yml", "json"]
    static let splitFolder = "config/_default"

    /// Reads the configuration of the Hugo site at `site`.
    ///
    /// - Throws: when there is none, or a file cannot be read or parsed.
    init(site: SiteFolder) throws(Diagnostic) {
        var merged: [(key: String, value: StructuredValue)] = []
        var files: [String] = []
        func read(_ relativePath: String) throws(Diagnostic) -> StructuredValue? {
            guard let format = StructuredValue.Format(pathExtension: (relativePath as NSString).pathExtension),
                  let data = try site.contents(of: relativePath) else { return nil }
            files.append(relativePath)
            return Self.lowercased(try StructuredValue.parse(String(decoding: data, as: UTF8.self), as: format,
                                                             path: site.path(relativePath), hint: "Hugo would not read this file either"))
        }
        let root = Self.rootNames.flatMap { name in Self.extensions.map { name + "." + $0 } }
        if let name = root.first(where: { (try? site.contents(of: $0)) != nil }), case .table(let fields)? = try read(name) {
            merged = fields
        }
        let split = site.files(in: Self.splitFolder).files.map(\.path).sorted()
        for file in split {
            let parts = (file as NSString).deletingPathExtension.lowercased().split(separator: ".").map(String.init)
            guard !parts.isEmpty, let value = try read(Self.splitFolder.appendingPath(file)) else { continue }
            switch parts.count {
            case 1 where Self.rootNames.contains(parts[0]):
                if case .table(let fields) = value { merged = Self.merging(fields, into: merged) }
            case 1:
                merged = Self.merging([(parts[0], value)], into: merged)
            case 2 where parts[0] == "languages":
                merged = Self.merging([("languages", .table([(parts[1], value)]))], into: merged)
            default:
                merged = Self.merging([("languages", .table([(parts[1], .table([(parts[0], value)]))]))], into: merged)
            }
        }
        guard !files.isEmpty else {
            throw Diagnostic(at: SourceLocation(path: site.path(".")), "no Hugo configuration",
                             hint: "a Hugo site has hugo.toml (or .yaml, .json), config.toml, or config/_default/")
        }
        settings = .table(merged)
        self.files = files
    }

    /// `fields` merged into `base`: tables key by key, anything else replaced.
    private static func merging(_ fields: [(key: String, value: StructuredValue)],
                                into base: [(key: String, value: StructuredValue)]) -> [(key: String, value: StructuredValue)] {
        var result = base
        for (key, value) in fields {
            if let index = result.firstIndex(where: { $0.key == key }) {
                if case .table(let old) = result[index].value, case .table(let new) = value {
                    result[index].value = .table(merging(new, into: old))
                } else {
                    result[index].value = value
                }
            } else {
                result.append((key, value))
            }
        }
        return result
    }

    private static func lowercased(_ value: StructuredValue) -> StructuredValue {
        switch value {
        case .table(let fields): .table(fields.map { ($0.key.lowercased(), lowercased($0.value)) })
        case .list(let values): .list(values.map(lowercased))
        default: value
        }
    }
}
