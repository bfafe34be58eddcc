import Yams

/// One top-level `key: value` of front matter, whichever its language (YAML, TOML or JSON), with
/// where it is: every check on front matter reads fields of this one form.
struct FrontMatterField {
    /// A value as front matter needs it: text, a list of values, or a table of fields.
    indirect enum Value {
        /// Any single value, as text (numbers and dates as written); `bool` when it is `true` or `false`.
        case scalar(String, bool: Bool?)
        case list([(value: Value, location: SourceLocation)])
        case table([FrontMatterField])
    }

    var key: String
    var value: Value
    var keyLocation: SourceLocation
    var location: SourceLocation

    /// The value as text: any scalar (numbers and booleans as written).
    func string() throws(Diagnostic) -> String {
        guard case .scalar(let text, _) = value else {
            throw Diagnostic(at: location, "'\(key)' must be a single value, not a list or mapping")
        }
        return text
    }

    func bool() throws(Diagnostic) -> Bool {
        guard case .scalar(_, let bool?) = value else {
            throw Diagnostic(at: location, "'\(key)' must be true or false")
        }
        return bool
    }

    /// A whole number in `range`, written in decimal; anything else is an error that states the range.
    func int(in range: ClosedRange<Int>) throws(Diagnostic) -> Int {
        guard case .scalar(let text, _) = value, let number = Int(text), range.contains(number) else {
            throw Diagnostic(at: location, "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// The fields of a table (`build: {render: never}`); a list of tables gives each one's
    /// (Hugo's `cascade` may be either).
    func tables() throws(Diagnostic) -> [(fields: [FrontMatterField], location: SourceLocation)] {
        switch value {
        case .table(let fields):
            return [(fields, location)]
        case .list(let elements):
            return try elements.map { element throws(Diagnostic) in
                guard case .table(let fields) = element.value else {
                    throw Diagnostic(at: element.location, "'\(key)' must be a mapping or a list of mappings")
                }
                return (fields, element.location)
            }
        case .scalar:
            throw Diagnostic(at: location, "'\(key)' must be a mapping such as {render: never}")
        }
    }

    /// A list of scalars; a single scalar counts as a list of one.
    func strings() throws(Diagnostic) -> [String] {
        switch value {
        case .scalar(let text, _):
            return [text]
        case .list(let elements):
            return try elements.map { element throws(Diagnostic) in
                guard case .scalar(let text, _) = element.value else {
                    throw Diagnostic(at: element.location, "'\(key)' must be a list of single values")
                }
                return text
            }
        case .table:
            throw Diagnostic(at: location, "'\(key)' must be a list such as [a, b]")
        }
    }
}

extension FrontMatterField {
    /// The field a YAML mapping's entry is.
    init(_ field: YAMLMapping.Field) {
        func value(of node: Node) -> Value {
            // Yams resolves a scalar's tag with regular expressions, once a scalar; only words
            // that can be a YAML boolean are asked.
            if let scalar = node.scalar {
                let couldBeBoolean = (2...5).contains(scalar.string.utf8.count)
                    && ["true", "yes", "on", "false", "no", "off"].contains(scalar.string.lowercased())
                return .scalar(scalar.string, bool: couldBeBoolean ? node.bool : nil)
            }
            if let sequence = node.sequence {
                return .list(sequence.map { element in
                    (value(of: element),
                     YAMLMapping.location(of: element, path: field.location.path, firstLine: field.firstLine) ?? field.location)
                })
            }
            let entry = YAMLMapping.Field(key: field.key, node: node, keyLocation: field.keyLocation,
                                          location: field.location, firstLine: field.firstLine)
            return .table(YAMLMapping(entry)?.fields.map(FrontMatterField.init) ?? [])
        }
        self.init(key: field.key, value: value(of: field.node), keyLocation: field.keyLocation, location: field.location)
    }
}
