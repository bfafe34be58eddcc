import Foundation
import TOMLKit
import Yams

/// A TOML, JSON or YAML document as plain values, read with the same limits whatever its format:
/// Hugo's configuration and go-i18n's strings come in all three.
indirect enum StructuredValue: Sendable {
    case text(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case list([StructuredValue])
    /// Keys in the order the document gives them, where its format keeps one.
    case table([(key: String, value: StructuredValue)])
    /// A value of a kind Broadside never reads (a TOML date), named for messages.
    case other(String)

    /// The formats, by file extension.
    enum Format: Sendable {
        case toml, json, yaml

        init?(pathExtension: String) {
            switch pathExtension.lowercased() {
            case "toml": self = .toml
            case "json": self = .json
            case "yaml", "yml": self = .yaml
            default: return nil
            }
        }
    }

    /// The largest document read: 1 MiB, as for YAML.
    static let maximumBytes = YAMLLimits.maximumBytes
    /// The deepest nesting of tables, arrays and objects a TOML or JSON document may have (YAML
    /// has ``YAMLLimits``).
    static let maximumDepth = 32

    /// Reads `text`, the file at `path`, as `format`.
    ///
    /// - Parameter hint: what a syntax error's hint says (how the file should look).
    /// - Throws: a syntax error at its line and column, or a document over a limit.
    static func parse(_ text: String, as format: Format, path: String, hint: String) throws(Diagnostic) -> StructuredValue {
        let start = SourceLocation(path: path, line: 1, column: 1)
        guard text.utf8.count <= maximumBytes else {
            throw Diagnostic(at: start, "\(path) is \(text.utf8.count) bytes, over the limit of \(maximumBytes) bytes (1 MiB)",
                             hint: "split it into smaller files")
        }
        switch format {
        case .toml:
            try precheck(text, isTOML: true, path: path)
            try TOMLFrontMatter.checkAssertedSyntax(in: text, path: path, firstLine: 1)
            do { return value(of: try TOMLTable(string: text)) } catch let error as TOMLParseError {
                throw Diagnostic(at: SourceLocation(path: path, line: error.source.begin.line, column: error.source.begin.column),
                                 "not valid TOML: \(error.description)", hint: hint)
            } catch {
                throw Diagnostic(at: start, "not valid TOML: \(error)", hint: hint)
            }
        case .json:
            try precheck(text, isTOML: false, path: path)
            do { return value(ofJSON: try JSONSerialization.jsonObject(with: Data(text.utf8))) } catch {
                throw Diagnostic(at: start, "not valid JSON: \(error.localizedDescription)", hint: hint)
            }
        case .yaml:
            let mapping = try YAMLMapping(parsing: text, path: path)
            return .table(mapping.fields.map { ($0.key, value(of: $0.node)) })
        }
    }

    /// The value of `key` in a table (the first, if the document repeats it).
    subscript(key: String) -> StructuredValue? {
        guard case .table(let fields) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }

    /// What kind of value it is, for messages: "a text", "a table", "a list", …
    var kind: String {
        switch self {
        case .text: "a text"
        case .integer, .number: "a number"
        case .boolean: "true or false"
        case .list: "a list"
        case .table: "a table"
        case .other(let kind): kind
        }
    }

    // MARK: - Formats

    private static func value(of table: TOMLTable) -> StructuredValue {
        .table(table.map { key, value in (key, self.value(ofTOML: value)) })
    }

    private static func value(ofTOML value: TOMLValueConvertible) -> StructuredValue {
        if let table = value.table { return self.value(of: table) }
        if let string = value.string { return .text(string) }
        if let bool = value.bool { return .boolean(bool) }
        if let int = value.int { return .integer(int) }
        if let double = value.double { return .number(double) }
        if let array = value.array { return .list(array.map { self.value(ofTOML: $0) }) }
        return .other("a TOML \(value.type)")
    }

    private static func value(ofJSON object: Any) -> StructuredValue {
        switch object {
        case let text as String: .text(text)
        case let dictionary as [String: Any]: .table(dictionary.sorted { $0.key < $1.key }.map { ($0.key, value(ofJSON: $0.value)) })
        case let list as [Any]: .list(list.map { value(ofJSON: $0) })
        case let number as NSNumber where String(cString: number.objCType) == "c": .boolean(number.boolValue)
        case let number as NSNumber: Double(number.intValue) == number.doubleValue ? .integer(number.intValue) : .number(number.doubleValue)
        default: .other("null")
        }
    }

    private static func value(of node: Yams.Node) -> StructuredValue {
        if let mapping = node.mapping { return .table(mapping.map { ($0.key.string ?? "\($0.key)", value(of: $0.value)) }) }
        if let sequence = node.sequence { return .list(sequence.map { value(of: $0) }) }
        guard let scalar = node.scalar else { return .other("an alias") }
        // Plain YAML 1.2 core scalars; a quoted one stays text.
        if scalar.style == .plain {
            switch scalar.string {
            case "true", "True", "TRUE": return .boolean(true)
            case "false", "False", "FALSE": return .boolean(false)
            default:
                if let int = Int(scalar.string) { return .integer(int) }
                if let double = Double(scalar.string), scalar.string.contains(".") { return .number(double) }
            }
        }
        return .text(scalar.string)
    }
}
