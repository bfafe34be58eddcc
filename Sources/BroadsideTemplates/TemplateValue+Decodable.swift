/// Decodes any JSON (or YAML, through a decoder such as Yams') value without Foundation in this
/// module: `JSONDecoder().decode(TemplateValue.self, from: data)`.
///
/// Booleans stay booleans, whole numbers become `.int` and other numbers `.double`, so `true`,
/// `1` and `1.5` keep the kinds they were written as. Arrays and objects nested deeper than
/// ``Template/Limits/dataNesting`` are a `DecodingError`, so that no data makes decoding recurse
/// without bound, whatever the decoder allows.
extension TemplateValue: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if decoder.codingPath.count >= Template.Limits.dataNesting {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "arrays and objects nested deeper than \(Template.Limits.dataNesting) levels")
        } else if var items = try? decoder.unkeyedContainer() {
            // Not `try? container.decode([TemplateValue].self)`, which would hide an item's error.
            var values: [TemplateValue] = []
            while !items.isAtEnd { values.append(try items.decode(TemplateValue.self)) }
            self = .array(values)
        } else {
            self = .object(try container.decode([String: TemplateValue].self))
        }
    }
}
