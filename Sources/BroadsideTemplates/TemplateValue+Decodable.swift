/// Decodes any JSON (or YAML, through a decoder such as Yams') value without Foundation in this
/// module: `JSONDecoder().decode(TemplateValue.self, from: data)`.
///
/// Booleans stay booleans, whole numbers become `.int` and other numbers `.double`, so `true`,
/// `1` and `1.5` keep the kinds they were written as.
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
        } else if let value = try? container.decode([TemplateValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: TemplateValue].self))
        }
    }
}
