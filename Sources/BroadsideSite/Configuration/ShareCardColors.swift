import BroadsideImages

extension ShareCard.Colors {
    /// The keys `shareCards` may have as a mapping.
    static let keys: Set<String> = ["background", "text", "accent"]

    /// Reads `site.yaml`'s `shareCards`: `true` for the standard colours, `false` for no cards,
    /// or a mapping that sets any of `background`, `text` and `accent` (`{accent: "#0b6e4f"}`).
    static func read(_ field: YAMLMapping.Field) throws(Diagnostic) -> ShareCard.Colors? {
        guard let mapping = YAMLMapping(field) else {
            guard let isOn = field.node.bool else {
                throw Diagnostic(at: field.location, "'shareCards' must be true, false or a mapping of colours",
                                 hint: "for example shareCards: {accent: \"#0b6e4f\"}")
            }
            return isOn ? .standard : nil
        }
        if let unknown = mapping.unknownKeys(known: keys, in: "'shareCards'").first { throw unknown }
        var colors = ShareCard.Colors.standard
        for (key, color) in [("background", \ShareCard.Colors.background), ("text", \.text), ("accent", \.accent)] {
            guard let entry = mapping[key] else { continue }
            let text = try entry.string()
            guard let value = Color(hex: text) else {
                throw Diagnostic(at: entry.location, "'\(key)' must be a colour written #rrggbb, not '\(text)'",
                                 hint: "quote it in YAML, where # starts a comment: \(key): \"#a4161a\"")
            }
            colors[keyPath: color] = value
        }
        return colors
    }
}
