import BroadsideTemplates

extension TemplateValue {
    /// The same data as Swift dictionaries, arrays and scalars, the form swift-mustache renders.
    var anyValue: Any {
        switch self {
        case .null: Optional<Any>.none as Any
        case .bool(let bool): bool
        case .int(let int): int
        case .double(let double): double
        case .string(let string): string
        case .array(let items): items.map(\.anyValue)
        case .object(let members): members.mapValues(\.anyValue)
        }
    }
}
