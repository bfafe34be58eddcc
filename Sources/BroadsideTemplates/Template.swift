/// A compiled Mustache template.
public struct Template: Sendable {}
