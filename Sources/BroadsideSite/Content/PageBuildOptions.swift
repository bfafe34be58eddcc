/// Hugo's build options of a page, `build: {render: never, list: never}` (also `_build`, and
/// `headless: true` for both): whether it is published as a page, and whether lists (home,
/// sections, tags) and feeds show it. Unset options come from a ``Cascade``, else are true.
public struct PageBuildOptions: Sendable, Equatable {
    /// `always` (true), `never` or `link` (false: no page of its own).
    public var render: Bool?
    /// `always` or `local` (true), `never` (false: in no list or feed).
    public var list: Bool?

    public init(render: Bool? = nil, list: Bool? = nil) {
        self.render = render
        self.list = list
    }

    /// These options, with those they leave unset taken from `other`.
    func filling(from other: PageBuildOptions) -> PageBuildOptions {
        PageBuildOptions(render: render ?? other.render, list: list ?? other.list)
    }

    /// Whether every option is set, so no cascade can change them.
    var isComplete: Bool { render != nil && list != nil }

    /// The options of a front matter's or cascade's fields: `build` (or `_build`) and `headless`.
    static func read(from fields: [String: FrontMatterField]) throws(Diagnostic) -> PageBuildOptions {
        var options = PageBuildOptions()
        if let headless = fields["headless"], try headless.bool() {
            options = PageBuildOptions(render: false, list: false)
        }
        guard let field = fields["build"] ?? fields["_build"] else { return options }
        guard case .table(let table) = field.value else {
            throw Diagnostic(at: field.location, "'\(field.key)' must be a mapping such as {render: never, list: never}")
        }
        for option in table {
            let text = try option.string().lowercased()
            switch option.key.lowercased() {
            case "render":
                guard let render = ["always": true, "true": true, "never": false, "link": false, "false": false][text] else {
                    throw Diagnostic(at: option.location, "'render' must be always, never or link, not '\(text)'")
                }
                options.render = render
            case "list":
                guard let list = ["always": true, "local": true, "true": true, "never": false, "false": false][text] else {
                    throw Diagnostic(at: option.location, "'list' must be always, local or never, not '\(text)'")
                }
                options.list = list
            case "publishresources":
                continue
            default:
                throw Diagnostic(at: option.keyLocation, "unknown build option '\(option.key)'",
                                 hint: "known options: render, list, publishResources")
            }
        }
        return options
    }
}
