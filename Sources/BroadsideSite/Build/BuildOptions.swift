import Foundation

/// What `broadside build` was asked to do.
public struct BuildOptions: Sendable {
    /// The site folder (with `site.yaml`).
    public var siteDirectory: String
    /// Where the site is published; `<site>/output` when `nil`.
    public var outputDirectory: String?
    /// Publish articles marked `draft: true`.
    public var includeDrafts: Bool
    /// Prints each step as it starts.
    public var log: @Sendable (String) -> Void

    public init(siteDirectory: String = ".", outputDirectory: String? = nil, includeDrafts: Bool = false,
                log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.siteDirectory = siteDirectory
        self.outputDirectory = outputDirectory
        self.includeDrafts = includeDrafts
        self.log = log
    }

    var resolvedOutputDirectory: String {
        outputDirectory ?? siteDirectory.appendingPath("output")
    }
}
