/// One problem found in a site, with where it is and what to do about it.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        case error, warning, info

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var severity: Severity
    /// Where the problem is; `nil` for problems of the whole site.
    public var location: SourceLocation?
    public var message: String
    /// What the user can do about it.
    public var hint: String?
    /// The build step that found it, attached by the pipeline.
    public var step: String?

    public init(_ severity: Severity = .error, at location: SourceLocation?, _ message: String,
                hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `path:line:column: error: message [step]`, then the hint on its own line.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        if let step { text += " [\(step)]" }
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}

/// All the errors that stopped a build, reported together (with the warnings found by then).
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// Whether the site's configuration (site.yaml, the site or output folder) is what is
    /// wrong, rather than its content: the command line exits with status 2 then.
    public var isConfigurationError = false

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// A failure of the site's configuration.
    public init(configuration diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
        isConfigurationError = true
    }

    /// How many of the diagnostics are errors.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
