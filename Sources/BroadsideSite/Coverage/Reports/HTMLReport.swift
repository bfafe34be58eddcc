import BroadsideTemplates

/// One self-contained page: a heat map of articles × languages coloured by state, a coverage
/// bar per language, and the problems. Rendered with Broadside's own template engine.
enum HTMLReport {
    static func render(_ report: CoverageReport) -> String {
        let context: TemplateValue = [
            "defaultLanguage": .string(report.defaultLanguage),
            "languages": .array(report.languages.map { language in
                let coverage = report.coverage[language]
                return ["tag": .string(language), "percent": .double(coverage?.percent ?? 0),
                        "translated": .int(coverage?.translated ?? 0), "outdated": .int(coverage?.outdated ?? 0),
                        "missing": .int(coverage?.missing ?? 0),
                        "required": .bool(report.requiredLanguages.contains(language))]
            }),
            "articles": .array(report.articles.map { row in
                ["key": .string(row.key), "title": .string(row.title),
                 "cells": .array(report.languages.map { language in
                     let state = row.languages[language] ?? .missing
                     return ["state": .string(state.rawValue), "symbol": .string(TextReport.symbol(state)),
                             "language": .string(language)]
                 })]
            }),
            "problems": .array(report.problems.map { problem in
                ["severity": .string(problem.severity.rawValue), "kind": .string(problem.kind.rawValue),
                 "language": .string(problem.language), "key": .string(problem.key), "message": .string(problem.message),
                 "place": .string(problem.location?.description ?? "")]
            }),
            "trend": report.trend.map { trend(of: $0, languages: report.languages) } ?? .bool(false),
            "errors": .int(report.errorCount),
            "hasProblems": .bool(!report.problems.isEmpty),
        ]
        do {
            return try template.render(context)
        } catch {
            return "<!DOCTYPE html><title>Report</title><p>\(error)</p>"
        }
    }

    /// A chart per language that has points, the points as a table, and the trend's note.
    private static func trend(of trend: CoverageTrend, languages: [String]) -> TemplateValue {
        let charted = languages.filter { language in trend.values(of: language).contains { $0 != nil } }
        let summary = if let first = trend.points.first, let last = trend.points.last {
            "\(trend.points.count) commit\(trend.points.count == 1 ? "" : "s") that changed the site's content, strings or configuration, \(first.date.prefix(10)) to \(last.date.prefix(10))."
        } else {
            "No commits to show."
        }
        return [
            "summary": .string(summary),
            "note": trend.note.map(TemplateValue.string) ?? .bool(false),
            "hasPoints": .bool(!trend.points.isEmpty),
            "charted": .array(charted.map { .string($0) }),
            "charts": .array(charted.map { language in
                let chart = TrendChart(trend: trend, language: language)
                return ["language": .string(language), "svg": .string(chart.svg())]
            }),
            "points": .array(trend.points.reversed().map { point in
                ["date": .string(String(point.date.prefix(10))), "commit": .string(String(point.commit.prefix(12))),
                 "cells": .array(charted.map { language in .string(point.coverage[language].map(TextReport.percent) ?? "") })]
            }),
        ]
    }

    private static let template: Template = {
        do { return try Template(source: source, path: "HTMLReport.mustache") } catch {
            preconditionFailure("the built-in report template does not parse: \(error)")
        }
    }()

    private static let source = """
        <!DOCTYPE html>
        <html lang="en" dir="ltr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Translation coverage</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d1d1f; }
        table { border-collapse: collapse; margin: 1rem 0; }
        th, td { border: 1px solid #ddd; padding: 0.3rem 0.6rem; text-align: center; }
        th.key, td.key { text-align: start; }
        .source, .translated { background: #b7e4c7; }
        .unverified { background: #e9ecef; }
        .outdated { background: #ffe08a; }
        .missing, .stub { background: #f4a3a3; }
        .not-expected { background: #fff; color: #595959; }
        .bar { width: 20rem; background: #f4a3a3; height: 1rem; display: inline-block; vertical-align: middle; }
        .bar span { display: block; height: 100%; background: #2d6a4f; }
        .error { color: #a4161a; } .warning { color: #8a6100; } .info { color: #555; }
        svg.trend { max-width: 100%; height: auto; display: block; }
        svg.trend polyline { fill: none; stroke: #2d6a4f; stroke-width: 2; }
        svg.trend circle { fill: #2d6a4f; }
        svg.trend line.grid { stroke: #ddd; }
        svg.trend text { font-size: 12px; fill: #555; }
        figure { display: inline-block; margin: 0.5rem 1.5rem 0.5rem 0; vertical-align: top; }
        figcaption { font-weight: bold; }
        </style>
        </head>
        <body>
        <main>
        <h1>Translation coverage</h1>
        <p>Default language: {{defaultLanguage}}. Errors: {{errors}}.</p>
        <h2>Languages</h2>
        <table>
        <tr><th>language</th><th>coverage</th><th>translated</th><th>outdated</th><th>missing</th></tr>
        {{#languages}}
        <tr><td class="key">{{tag}}{{#required}} (required){{/required}}</td>
        <td><span class="bar"><span style="width: {{percent}}%"></span></span> {{percent}}%</td>
        <td>{{translated}}</td><td>{{outdated}}</td><td>{{missing}}</td></tr>
        {{/languages}}
        </table>
        {{#trend}}
        <h2>Coverage over time</h2>
        <p>{{summary}}</p>
        {{#note}}<p class="info">Note: {{note}}</p>{{/note}}
        {{#charts}}
        <figure>
        <figcaption>{{language}}</figcaption>
        {{{svg}}}
        </figure>
        {{/charts}}
        {{#hasPoints}}
        <details>
        <summary>Coverage at each commit, newest first</summary>
        <table>
        <caption>Coverage per language at each commit</caption>
        <tr><th>date</th><th>commit</th>{{#charted}}<th>{{.}}</th>{{/charted}}</tr>
        {{#points}}
        <tr><td>{{date}}</td><td><code>{{commit}}</code></td>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>
        {{/points}}
        </table>
        </details>
        {{/hasPoints}}
        {{/trend}}
        <h2>Articles</h2>
        <table>
        <tr><th class="key">article</th>{{#languages}}<th>{{tag}}</th>{{/languages}}</tr>
        {{#articles}}
        <tr><td class="key" title="{{title}}">{{key}}</td>{{#cells}}<td class="{{state}}" title="{{language}}: {{state}}">{{symbol}}</td>{{/cells}}</tr>
        {{/articles}}
        </table>
        <p><span class="translated">✓ translated</span> <span class="source">src source</span> <span class="unverified">? unverified</span> <span class="outdated">old outdated</span> <span class="missing">— missing</span> <span class="stub">stub stub (counts as missing)</span> <span class="not-expected">· not translated</span></p>
        {{#hasProblems}}
        <h2>Problems</h2>
        <table>
        <tr><th>severity</th><th>language</th><th>kind</th><th class="key">where</th><th class="key">message</th></tr>
        {{#problems}}
        <tr><td class="{{severity}}">{{severity}}</td><td>{{language}}</td><td>{{kind}}</td><td class="key">{{place}}</td><td class="key">{{message}}</td></tr>
        {{/problems}}
        </table>
        {{/hasProblems}}
        </main>
        </body>
        </html>

        """
}
