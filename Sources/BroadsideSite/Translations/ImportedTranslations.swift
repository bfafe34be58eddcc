/// What a translated file brings back, read from XLIFF (``XLIFFReader``) or PO (``POReader``).
struct ImportedTranslations {
    /// One source file's translations: its path, the body as exported (XLIFF's skeleton), the
    /// source hash it was exported from, and its units.
    struct File {
        var original: String
        var skeleton: String?
        var sourceHash: String?
        var units: [Unit]
        /// Where it starts in the imported file, for messages.
        var line: Int
    }

    /// One unit's translation: its target as pieces (codes by their ids), or as PO's text with
    /// numbered codes (``TranslatableText/numbered``); both `nil` without one.
    struct Unit {
        var id: String
        var target: TranslatableText?
        var numbered: String? = nil
        var line: Int
    }

    var sourceLanguage = ""
    var targetLanguage = ""
    /// The line that names the languages (XLIFF's root element, PO's header), for messages.
    var languagesLine = 1
    var files: [File] = []

    /// The most bytes an imported file may have.
    static let maximumBytes = 64 << 20
    /// The most units one imported file may have.
    static let maximumUnits = 200_000

    static func checkSize(_ bytes: [UInt8], path: String) throws(Diagnostic) {
        guard bytes.count <= maximumBytes else {
            throw Diagnostic(at: SourceLocation(path: path), "the file is \(bytes.count) bytes, over the limit of \(maximumBytes)")
        }
    }

    static func checkCount(_ count: Int, path: String, line: Int) throws(Diagnostic) {
        guard count <= maximumUnits else {
            throw Diagnostic(at: SourceLocation(path: path, line: line), "more than \(maximumUnits) units, over the limit")
        }
    }
}
