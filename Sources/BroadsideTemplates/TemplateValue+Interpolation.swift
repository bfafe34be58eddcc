extension TemplateValue {
    /// Appends the text of an interpolation tag: nothing for `null`, `85` for an int, the shortest
    /// form of a double without a trailing `.0`, the items of an array joined by commas.
    func interpolate(into output: inout String, escaped: Bool) {
        switch self {
        case .null, .object:
            break
        case .string(let string):
            if escaped { output.appendEscapingHTML(string) } else { output.append(string) }
        case .int(let int):
            output.append(String(int))
        case .double(let double):
            let text = double.description
            output.append(contentsOf: text.hasSuffix(".0") ? text.dropLast(2) : Substring(text))
        case .bool(let bool):
            output.append(bool ? "true" : "false")
        case .array(let items):
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(",") }
                item.interpolate(into: &output, escaped: escaped)
            }
        }
    }
}
