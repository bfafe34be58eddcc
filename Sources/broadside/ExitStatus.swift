import ArgumentParser
import BroadsideSite

/// The exit status of every command, decided here and nowhere else.
enum ExitStatus {
    /// Problems found in the site: content, templates, translations, or a failed write.
    static let problems = ExitCode(1)
    /// A usage error, or a site that cannot be read as one (its folder, site.yaml, the output folder).
    static let usageOrConfiguration = ExitCode(2)

    /// The status a failed build, check or stamp ends with.
    static func of(_ failure: BuildFailure) -> ExitCode {
        failure.isConfigurationError ? usageOrConfiguration : problems
    }
}
