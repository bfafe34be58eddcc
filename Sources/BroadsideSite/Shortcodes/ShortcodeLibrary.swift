import BroadsideTemplates

/// The shortcodes a site can use: its own templates, `templates/shortcodes/NAME.html`, and the
/// built-in `figure`, `ref` and `relref`. A site's template of a built-in name replaces it.
struct ShortcodeLibrary: Sendable {
    /// The folder of `templates/` that holds shortcode templates.
    static let folder = "shortcodes"

    /// The site's templates, with its shortcodes among them.
    let templates: TemplateLibrary

    /// `figure`, as Hugo's embedded template writes it.
    static let figure: TemplateLibrary = {
        let source = """
            <figure{{#class}} class="{{class}}"{{/class}}>{{#link}}<a href="{{link}}"{{#target}} target="{{target}}"{{/target}}\
            {{#rel}} rel="{{rel}}"{{/rel}}>{{/link}}<img src="{{src}}"{{#alt}} alt="{{alt}}"{{/alt}}\
            {{#width}} width="{{width}}"{{/width}}{{#height}} height="{{height}}"{{/height}}\
            {{#loading}} loading="{{loading}}"{{/loading}}>{{#link}}</a>{{/link}}{{#hasCaption}}<figcaption>\
            {{#title}}<h4>{{title}}</h4>{{/title}}{{#caption}}<p>{{{captionHTML}}}</p>{{/caption}}</figcaption>\
            {{/hasCaption}}</figure>
            """
        // The source is this file's constant: a parse error is a bug of Broadside, caught by its tests.
        let template = try? Template(source: source, path: "built-in shortcode figure")
        return TemplateLibrary(templates: template.map { ["figure": $0] } ?? [:])
    }()

    /// - Parameter templates: the site's templates; none gives the built-in shortcodes only.
    init(templates: TemplateLibrary = TemplateLibrary(templates: [:])) {
        self.templates = templates
    }

    /// The name of the site's template for shortcode `name`, if it has one.
    func siteTemplate(for name: String) -> String? {
        let template = Self.folder + "/" + name
        return templates[template] == nil ? nil : template
    }
}
