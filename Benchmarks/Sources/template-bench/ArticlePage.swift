import BroadsideTemplates

/// A realistic article page of a multilingual campaign site: a base layout (a parent with
/// blocks), partials for the header, footer and language switcher, sections over tags, menu and
/// translations, about 30 interpolations, and a 5 KB article body inserted raw.
enum ArticlePage {
    static let templates: [String: String] = [
        "base": """
            <!DOCTYPE html>
            <html lang="{{lang}}" dir="{{dir}}">
              <head>
                <meta charset="utf-8">
                <title>{{$title}}{{site.name}}{{/title}}</title>
                <meta name="description" content="{{$description}}{{site.description}}{{/description}}">
                <link rel="canonical" href="{{site.baseURL}}{{url}}">
                {{#translations}}
                <link rel="alternate" hreflang="{{lang}}" href="{{site.baseURL}}{{url}}">
                {{/translations}}
                <link rel="stylesheet" href="{{site.baseURL}}/style.css">
              </head>
              <body>
                {{> header}}
                <main>
                  {{$main}}{{/main}}
                </main>
                {{> footer}}
              </body>
            </html>

            """,
        "header": """
            <header>
              <a class="brand" href="{{site.baseURL}}/{{lang}}/">{{site.name}}</a>
              <nav>
                <ul>
                  {{#menu}}
                  <li><a href="{{site.baseURL}}{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
                  {{/menu}}
                </ul>
              </nav>
              {{> languages}}
            </header>

            """,
        "languages": """
            <ul class="languages">
              {{#translations}}
              <li><a href="{{site.baseURL}}{{url}}" hreflang="{{lang}}" lang="{{lang}}">{{name}}</a></li>
              {{/translations}}
            </ul>

            """,
        "footer": """
            <footer>
              <p>{{site.copyright}} · <a href="{{site.baseURL}}/{{lang}}/feed.xml">{{strings.feed}}</a></p>
              {{^translations}}
              <p>{{strings.onlyLanguage}}</p>
              {{/translations}}
            </footer>

            """,
        "article": """
            {{<base}}
            {{$title}}{{article.title}} – {{site.name}}{{/title}}
            {{$description}}{{article.summary}}{{/description}}
            {{$main}}
            <article>
              <h1>{{article.title}}</h1>
              <p class="meta">
                <time datetime="{{article.date}}">{{article.displayDate}}</time>
                · {{article.author.name}} · {{article.readingTime}} {{strings.minutes}}
              </p>
              {{#article.tags}}
              <ul class="tags">
                {{#.}}
                <li><a href="{{site.baseURL}}/{{lang}}/tags/{{slug}}/">{{name}}</a></li>
                {{/.}}
              </ul>
              {{/article.tags}}
              <div class="body">
            {{{article.body}}}
              </div>
              {{#article.related}}
              <aside>
                <h2>{{strings.related}}</h2>
                <a href="{{site.baseURL}}{{url}}">{{title}}</a>
              </aside>
              {{/article.related}}
            </article>
            {{/main}}
            {{/base}}

            """,
    ]

    static let data: TemplateValue = [
        "lang": "en",
        "dir": "ltr",
        "url": "/en/articles/clean-water-now/",
        "site": [
            "name": "Water & Rights",
            "description": "A campaign for clean water in every village.",
            "baseURL": "https://example.org",
            "copyright": "© 2025 Water & Rights Coalition",
        ],
        "strings": [
            "minutes": "min read", "feed": "RSS feed", "related": "Read next",
            "onlyLanguage": "This article is only available in English.",
        ],
        "menu": [
            ["url": "/en/", "label": "Home", "current": false],
            ["url": "/en/articles/", "label": "Articles", "current": true],
            ["url": "/en/act/", "label": "Take action", "current": false],
            ["url": "/en/about/", "label": "About us", "current": false],
        ],
        "translations": [
            ["lang": "ar", "name": "العربية", "url": "/ar/articles/clean-water-now/"],
            ["lang": "fr", "name": "Français", "url": "/fr/articles/clean-water-now/"],
            ["lang": "es", "name": "Español", "url": "/es/articles/clean-water-now/"],
            ["lang": "sw", "name": "Kiswahili", "url": "/sw/articles/clean-water-now/"],
        ],
        "article": [
            "title": "Clean water now: what \"access\" really means",
            "summary": "Villagers, engineers & officials on the <real> cost of a well.",
            "date": "2025-01-18",
            "displayDate": "18 January 2025",
            "readingTime": 7,
            "author": ["name": "Amina O'Connor"],
            "tags": [[
                ["slug": "water", "name": "Water"],
                ["slug": "health", "name": "Health & safety"],
                ["slug": "policy", "name": "Policy"],
                ["slug": "villages", "name": "Villages"],
            ]],
            "related": ["url": "/en/articles/wells-that-last/", "title": "Wells that last"],
            "body": .string(body),
        ],
    ]

    /// About 5 KB of article HTML, as the Markdown renderer would produce it.
    static let body: String = {
        let paragraph = """
            <p>In the dry season the nearest <em>safe</em> water can be a three-hour walk away, and the \
            burden falls on women and girls. We asked engineers &amp; village committees what it takes \
            to keep a borehole running for twenty years, not two.</p>
            """
        let list = """
            <ul>
              <li>Spare parts within a day's travel</li>
              <li>A trained local mechanic, paid on time</li>
              <li>Water quality tested every quarter</li>
            </ul>
            """
        let quote = """
            <blockquote><p>&ldquo;A well is not a monument. It is a service, and services need people.&rdquo;</p></blockquote>
            """
        var sections: [String] = []
        for index in 1...6 {
            sections.append("<h2 id=\"part-\(index)\">Part \(index): who pays for repairs?</h2>")
            sections.append(paragraph)
            sections.append(index.isMultiple(of: 2) ? list : quote)
        }
        return sections.joined(separator: "\n")
    }()
}
