import BroadsideLocale

/// Rows of text in aligned columns, measured in terminal columns so that names in any script
/// line up.
struct TextTable {
    var header: [String]
    var rows: [[String]]

    /// The table, one line per row after the header, columns two spaces apart.
    var text: String {
        let lines = [header] + rows
        let widths = header.indices.map { column in
            lines.map { TextWidth.columns(of: $0[column]) }.max() ?? 0
        }
        return lines.map { cells in
            let padded = zip(cells.dropLast(), widths).map { cell, width in
                cell + String(repeating: " ", count: width - TextWidth.columns(of: cell))
            }
            return (padded + cells.suffix(1)).joined(separator: "  ")
        }
        .joined(separator: "\n")
    }
}
