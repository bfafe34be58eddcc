/// A problem with a site file, by path and, where known, line.
struct SiteFileError: Error, CustomStringConvertible {
    var path: String
    var line: Int?
    var message: String

    var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
