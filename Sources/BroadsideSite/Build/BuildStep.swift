/// One named step of a build: a small function over the build's state.
struct BuildStep {
    /// Whether the step may run after earlier steps found errors.
    enum Kind {
        /// Reads input and reports every problem it finds; later reading steps still run.
        case reading
        /// Makes output from input; runs only while no error has been found.
        case producing
    }

    var name: String
    var kind: Kind
    /// Does the work; throws only when the build cannot go on at all.
    var run: (inout BuildState) throws(BuildFailure) -> Void

    init(_ name: String, _ kind: Kind, run: @escaping (inout BuildState) throws(BuildFailure) -> Void) {
        self.name = name
        self.kind = kind
        self.run = run
    }
}
