import Foundation

/// Runs build steps in order over one state, naming the step in each problem it finds.
struct BuildPipeline {
    var steps: [BuildStep]

    /// - Throws: all errors found, once a producing step would run after an error, a step
    ///   could not go on, or at the end.
    func run(_ state: inout BuildState) throws(BuildFailure) {
        for (number, step) in steps.enumerated() {
            if step.kind == .producing && state.hasErrors { break }
            let start = ContinuousClock.now
            let known = state.problems.count
            var stopped = false
            do {
                try step.run(&state)
            } catch {
                state.problems += error.diagnostics
                stopped = true
            }
            let elapsed = (ContinuousClock.now - start).formatted(.units(allowed: [.seconds, .milliseconds], width: .narrow))
            state.options.log("[\(number + 1)/\(steps.count)] \(step.name) (\(elapsed))")
            for index in known..<state.problems.count where state.problems[index].step == nil {
                state.problems[index].step = step.name
            }
            if stopped || state.isUpToDate { break }
        }
        let errors = state.problems.filter { $0.severity == .error }
        if !errors.isEmpty { throw BuildFailure(errors) }
    }
}
