/// One named step of a build. A step holds what it needs as its properties and returns what it
/// made, so a step moved before the one that makes its input does not compile.
protocol BuildStep {
    associatedtype Output
    /// The step's name, printed by `build -v` and attached to every problem it finds.
    static var name: String { get }
    /// Whether the step makes output; such a step runs only while no error has been found.
    static var makesOutput: Bool { get }
    /// Does the work, adding the problems that do not stop it to `problems`.
    ///
    /// - Throws: when the build cannot go on at all.
    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> Output
}

extension BuildStep {
    static var makesOutput: Bool { false }
}
