import BroadsideTemplates
import Mustache

// template-bench [iterations per round] [rounds]: renders the same article page with the same
// data in BroadsideTemplates and swift-mustache, compares the two outputs, and prints the
// median renders per second of each and their ratio.

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let iterations = arguments.first ?? 5000
let rounds = arguments.dropFirst().first ?? 7

let library = TemplateLibrary(
    templates: try ArticlePage.templates.reduce(into: [:]) { $0[$1.key] = try Template(source: $1.value, path: $1.key) })
let mustacheLibrary = MustacheLibrary(
    templates: try ArticlePage.templates.reduce(into: [:]) { $0[$1.key] = try MustacheTemplate(string: $1.value) })
let data = ArticlePage.data
let anyData = data.anyValue

@MainActor func renderBroadside() -> String { try! library.render("article", data) }
@MainActor func renderMustache() -> String { mustacheLibrary.render(anyData, withTemplate: "article")! }

let ours = renderBroadside()
let theirs = renderMustache()
print("output: \(ours.utf8.count) bytes (BroadsideTemplates), \(theirs.utf8.count) bytes (swift-mustache)")
print(OutputComparison(ours, theirs).summary)
print("\(rounds) rounds of \(iterations) renders each")
let results = [
    Measurement(name: "BroadsideTemplates", iterations: iterations, rounds: rounds, render: renderBroadside),
    Measurement(name: "swift-mustache 2.x", iterations: iterations, rounds: rounds, render: renderMustache),
]
for result in results {
    let formatted = result.rounds.map { String(Int($0.rounded())) }.joined(separator: " ")
    print("\(result.name): median \(Int(result.median.rounded())) renders/s  (rounds: \(formatted))")
}
let ratio = results[0].median / results[1].median
print("ratio: BroadsideTemplates is \((ratio * 100).rounded() / 100)x swift-mustache")
