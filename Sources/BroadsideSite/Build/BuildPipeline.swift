import Foundation

/// Runs build steps in order, timing each, naming the step in each problem it finds, and
/// stopping before the first step that makes output once an error has been found.
struct BuildPipeline {
    /// How many steps a whole build has, for `[3/12]`.
    let count: Int
    let log: (String) -> Void
    /// Whether each warning is made an error (`build --strict`).
    var isStrict = false
    /// Everything found so far, errors and warnings.
    private(set) var problems: [Diagnostic] = []
    private var number = 0

    init(count: Int, log: @escaping (String) -> Void) {
        self.count = count
        self.log = log
    }

    /// Runs `step`, or throws every error found so far when it makes output and there are some.
    mutating func run<Step: BuildStep>(_ step: Step) throws(BuildFailure) -> Step.Output {
        number += 1
        if Step.makesOutput { try stopOnErrors() }
        let start = ContinuousClock.now
        let known = problems.count
        let result = Result { () throws(BuildFailure) in try step.run(&problems) }
        var isConfigurationError = false
        if case .failure(let failure) = result {
            problems += failure.diagnostics
            isConfigurationError = failure.isConfigurationError
        }
        for index in known..<problems.count {
            if problems[index].step == nil { problems[index].step = Step.name }
            if isStrict && problems[index].severity == .warning { problems[index].severity = .error }
        }
        let elapsed = (ContinuousClock.now - start).formatted(.units(allowed: [.seconds, .milliseconds], width: .narrow))
        log("[\(number)/\(count)] \(Step.name) (\(elapsed), peak \(Self.peakMegabytes()) MB)")
        guard case .success(let output) = result else {
            var failure = BuildFailure(problems)
            failure.isConfigurationError = isConfigurationError
            throw failure
        }
        return output
    }

    /// The most memory the process has held so far, in megabytes: what a step's line says,
    /// so `-v` shows which step a site's size makes grow.
    static func peakMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024  // kilobytes on Linux
    }

    /// Throws every problem found when any is an error.
    func stopOnErrors() throws(BuildFailure) {
        if problems.contains(where: { $0.severity == .error }) { throw BuildFailure(problems) }
    }
}
