import Yams

/// A YAML mapping read with source locations, so every bad value can be reported at its line.
struct YAMLMapping {
    /// One `key: value` pair and where its value starts.
    struct Field {
        var key: String
        var node: Node
        var keyLocation: SourceLocation
        var location: SourceLocation
        /// The file line of the YAML text's first line, to place nested nodes.
        var firstLine: Int
    }

    var fields: [Field]
    var location: SourceLocation

    /// Parses `text`, which starts on line `firstLine` of the file at `path`.
    /// Empty text is an empty mapping; anything but a mapping at the top is an error, and so is
    /// text beyond `YAMLLimits`.
    init(parsing text: String, path: String, firstLine: Int = 1) throws(Diagnostic) {
        let location = SourceLocation(path: path, line: firstLine, column: 1)
        self.location = location
        try YAMLLimits.check(text, path: path, firstLine: firstLine)
        let root: Node?
        do {
            // Only the tags Broadside reads (dates it parses itself), and an explicit encoding:
            // the default one reads the environment on every call, for every file of a build.
            root = try Yams.compose(yaml: text, Self.resolver, .default, .utf8)
        } catch let error as YamlError {
            try YAMLLimits.check(text, path: path, firstLine: firstLine, always: true)
            throw Self.diagnostic(for: error, path: path, firstLine: firstLine)
        } catch {
            throw Diagnostic(at: location, "YAML: \(error)")
        }
        guard let root else {
            fields = []
            return
        }
        guard let mapping = root.mapping else {
            throw Diagnostic(at: Self.location(of: root, path: path, firstLine: firstLine) ?? location,
                             "expected a mapping of `key: value` lines",
                             hint: "write one `key: value` per line")
        }
        fields = Self.fields(of: mapping, path: path, firstLine: firstLine, around: location)
    }

    /// The mapping that is `field`'s value (a section of a file); `nil` when the value is no mapping.
    init?(_ field: Field) {
        guard let mapping = field.node.mapping else { return nil }
        location = field.location
        fields = Self.fields(of: mapping, path: field.location.path, firstLine: field.firstLine, around: field.location)
    }

    /// Each `key: value` pair of `mapping` as a field, located where it is written (else at `around`).
    private static func fields(of mapping: Node.Mapping, path: String, firstLine: Int,
                               around location: SourceLocation) -> [Field] {
        mapping.map { key, value in
            let keyLocation = Self.location(of: key, path: path, firstLine: firstLine) ?? location
            return Field(key: key.string ?? "\(key)", node: value, keyLocation: keyLocation,
                         location: Self.location(of: value, path: path, firstLine: firstLine) ?? keyLocation,
                         firstLine: firstLine)
        }
    }

    /// Each element of `field`'s list as a field named after the list, located where it is written.
    static func elements(of field: Field) -> [Field]? {
        guard let sequence = field.node.sequence else { return nil }
        return sequence.map { element in
            let location = Self.location(of: element, path: field.location.path, firstLine: field.firstLine) ?? field.location
            return Field(key: field.key, node: element, keyLocation: location, location: location, firstLine: field.firstLine)
        }
    }

    /// Reports each key not in `known` as an error at its line.
    func unknownKeys(known: Set<String>, in what: String) -> [Diagnostic] {
        fields.filter { !known.contains($0.key) }.map {
            Diagnostic(at: $0.keyLocation, "unknown key '\($0.key)' in \(what)",
                       hint: "known keys: \(known.sorted().joined(separator: ", "))")
        }
    }

    private static let resolver = Resolver.basic.appending(.bool).appending(.int)

    subscript(key: String) -> Field? {
        fields.first { $0.key == key }
    }

    static func location(of node: Node, path: String, firstLine: Int) -> SourceLocation? {
        node.mark.map { SourceLocation(path: path, line: $0.line + firstLine - 1, column: $0.column) }
    }

    private static func diagnostic(for error: YamlError, path: String, firstLine: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
        }
        let hint = "check the indentation and quote values that contain ': ' or start with a special character"
        // Syntax errors were reported by `YAMLLimits.check`; what is left is the composer's.
        switch error {
        case let .composer(_, problem, mark, _):
            return Diagnostic(at: at(mark), "YAML: \(problem)", hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(at: at(context.mark),
                              "YAML: duplicated key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))",
                              hint: "each key may appear once")
        default:
            return Diagnostic(at: SourceLocation(path: path, line: firstLine, column: 1), "YAML: \(error)", hint: hint)
        }
    }
}

extension YAMLMapping.Field {
    /// The value as text: any scalar (numbers and booleans as written).
    func string() throws(Diagnostic) -> String {
        guard let scalar = node.scalar else {
            throw Diagnostic(at: location, "'\(key)' must be a single value, not a list or mapping")
        }
        return scalar.string
    }

    func bool() throws(Diagnostic) -> Bool {
        guard let value = node.bool else {
            throw Diagnostic(at: location, "'\(key)' must be true or false")
        }
        return value
    }

    /// A whole number in `range`, written in decimal; anything else is an error that states the range.
    /// (Not Yams' `Node.int`, which traps on an overflowing YAML 1.1 base-60 number such as `99999999999999999:1`.)
    func int(in range: ClosedRange<Int>) throws(Diagnostic) -> Int {
        guard let text = node.scalar?.string, let value = Int(text), range.contains(value) else {
            throw Diagnostic(at: location, "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A list of scalars; a single scalar counts as a list of one.
    func strings() throws(Diagnostic) -> [String] {
        try locatedStrings().map(\.value)
    }

    /// A list of scalars, each with where it is.
    func locatedStrings() throws(Diagnostic) -> [(value: String, location: SourceLocation)] {
        if let scalar = node.scalar { return [(scalar.string, location)] }
        guard let sequence = node.sequence else {
            throw Diagnostic(at: location, "'\(key)' must be a list such as [a, b]")
        }
        var values: [(value: String, location: SourceLocation)] = []
        for element in sequence {
            let elementLocation = YAMLMapping.location(of: element, path: location.path, firstLine: firstLine) ?? location
            guard let scalar = element.scalar else {
                throw Diagnostic(at: elementLocation, "'\(key)' must be a list of single values")
            }
            values.append((scalar.string, elementLocation))
        }
        return values
    }
}
