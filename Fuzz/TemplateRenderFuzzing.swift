@testable import BroadsideTemplates

/// `template-render`: the input split at each zero byte into a main template and up to eight more
/// named `a`, `b`, … (the main one is also `main`, so it can include itself), rendered as a site
/// renders a page: missing partials are errors, and `t`, `date` and `number` are functions that
/// reject what the site's would.
enum TemplateRenderFuzzing {
    static let names = ["a", "b", "c", "d", "e", "f", "g", "h"]

    /// A page's kinds of value: text to escape, numbers, flags, lists of objects, nesting. Made
    /// for each input, so that LeakSanitizer, which takes a global's boxes for leaks, sees none.
    static var context: TemplateValue {
        [
            "lang": "en", "dir": "ltr", "title": "Tom & Jerry <b>", "count": 3, "share": 0.25, "draft": false, "empty": [],
            "none": nil, "date": "2025-01-18",
            "site": ["name": "Broadside", "languages": ["en", "ar", "fr"], "nav": ["home": "/en/", "tags": "/en/tags/"]],
            "article": [
                "title": "Hello", "date": "2025-01-18T10:30:00Z", "minutes": 7, "html": "<p>Body</p>",
                "tags": [["name": "legal", "url": "/en/tags/legal/"], ["name": "grassroots", "url": "/en/tags/grassroots/"]],
                "author": ["name": "Amal", "links": [["url": "https://example.org"]]],
            ],
            "items": [["name": "one", "items": [1, 2]], ["name": "two", "items": []], "three", 4, true],
        ]
    }

    struct Rejection: Error {}

    static let functions: [String: TemplateFunction] = [
        "t": { call in
            guard let key = call.positional.first?.text else { throw Rejection() }
            // In a language of its own, so every rendering reads the HTML around it (HTMLContext).
            return TemplateText(([key] + call.named.keys.sorted()).joined(separator: " "),
                                language: .init(tag: "ar", isRightToLeft: true))
        },
        "date": { call in
            guard case .string(let text) = call.positional.first?.value else { throw Rejection() }
            return TemplateText(text)
        },
        "number": { call in
            switch call.positional.first?.value {
            case .int(let int): TemplateText(String(int))
            case .double(let double): TemplateText(String(double))
            default: throw Rejection()
            }
        },
    ]

    static func run(_ bytes: [UInt8]) {
        let parts = bytes.split(separator: 0, maxSplits: names.count, omittingEmptySubsequences: false)
        var templates: [String: Template] = [:]
        for (name, part) in zip(["main"] + names, parts) {
            templates[name] = try? Template(source: String(decoding: part, as: UTF8.self), path: name)
        }
        guard templates["main"] != nil else { return }
        _ = try? TemplateLibrary(templates: templates).render("main", context, functions: functions)
    }
}
