import BroadsideTemplates

/// What a shortcode knows of the page it is on: the file, for locations, and the data its
/// template sees as `page`.
struct ShortcodePage: Sendable {
    /// The file's path as the user would type it.
    var path: String
    /// The file's line where the body starts.
    var bodyLine: Int
    /// `page.lang`, `page.title`, `page.key`, `page.section`.
    var data: TemplateValue

    init(path: String, bodyLine: Int, data: TemplateValue) {
        self.path = path
        self.bodyLine = bodyLine
        self.data = data
    }

    /// The page of an article file.
    init(_ file: ArticleFile) {
        self.init(path: file.path, bodyLine: file.bodyLine,
                  data: ["lang": .string(file.language.identifier), "title": .string(file.frontMatter.title),
                         "key": .string(file.key), "section": .string(file.section)])
    }
}
