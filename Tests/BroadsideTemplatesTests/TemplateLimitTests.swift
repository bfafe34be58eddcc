import BroadsideTemplates
import Foundation
import Testing

/// Hostile templates meet a located error naming the limit they pass, never a crash or a hang.
@Suite struct TemplateLimitTests {
    private func parseError(_ source: String) -> TemplateError? {
        do {
            _ = try Template(source: source, path: "templates/x.html")
            return nil
        } catch {
            return error
        }
    }

    /// Renders `name` from `templates`; the error it throws, if any.
    private func renderError(
        _ name: String, _ templates: [String: String], _ data: TemplateValue = [:], functions: [String: TemplateFunction] = [:]
    ) throws -> TemplateError? {
        let library = TemplateLibrary(templates: try templates.reduce(into: [:]) { $0[$1.key] = try Template(source: $1.value, path: $1.key) })
        do {
            _ = try library.render(name, data, functions: functions)
            return nil
        } catch {
            return error
        }
    }

    /// `count` nested elements opened by `open` (such as `#a`) around `inner`.
    private func nested(_ count: Int, _ open: String, closing name: String = "a", around inner: String = "x") -> String {
        String(repeating: "{{\(open)}}", count: count) + inner + String(repeating: "{{/\(name)}}", count: count)
    }

    @Test(arguments: [("#a", "section"), ("^a", "inverted section"), ("$a", "block"), ("<a", "parent")])
    func nestingDeeperThanTheLimitIsAnErrorAtTheTagThatPassesIt(_ open: String, _ noun: String) throws {
        #expect(parseError(nested(Template.Limits.nesting, open)) == nil)
        let error = try #require(parseError("\n" + nested(10_000, open)))
        #expect((error.location.line, error.location.column) == (2, 1 + Template.Limits.nesting * (open.count + 4)))
        #expect(error.message == "sections nested deeper than 50 levels: \(noun) 'a' opens level 51 (sections, inverted sections, parents and blocks all count)")
    }

    @Test func seventyThousandInvertedSectionsAreAnError() throws {
        #expect(parseError(nested(70_000, "^a"))?.message.hasPrefix("sections nested deeper than 50 levels") == true)
    }

    @Test func aTemplateLargerThanTheLimitIsAnErrorOfTheFile() throws {
        #expect(parseError(String(repeating: "x", count: Template.Limits.sourceBytes)) == nil)
        let error = try #require(parseError(String(repeating: "x", count: Template.Limits.sourceBytes + 1)))
        #expect(error.description == "templates/x.html: error: the template is 1048577 bytes, larger than the limit of 1048576 bytes (1 MiB); split it into partials")
    }

    @Test func longDelimitersAreAnError() throws {
        #expect(parseError("{{=<<<<<<<<<<<<<<<< >>>>>>>>>>>>>>>>=}}") == nil)
        let error = try #require(parseError("{{=<<<<<<<<<<<<<<<<< >=}}"))
        #expect(error.message == "delimiters longer than 16 bytes in '<<<<<<<<<<<<<<<<< >'; use short ones, as in {{=<% %>=}}")
    }

    @Test func aPartialThatIncludesItselfIsAnErrorAtItsTag() throws {
        let error = try #require(try renderError("self", ["self": "a\n {{>self}}"]))
        #expect(error.description.hasPrefix("self:2:2: error: templates nest more than 100 levels deep at partial 'self'"))
        #expect(error.message.hasSuffix("(sections, partials, parents and blocks all count); does a template include itself without end?"))
    }

    @Test func parentsThatIncludeEachOtherAreAnError() throws {
        let error = try #require(try renderError("a", ["a": "{{<b}}{{/b}}", "b": "{{<a}}{{$x}}{{/x}}{{/a}}"]))
        #expect(error.message.hasPrefix("templates nest more than 100 levels deep at parent '"))
    }

    @Test func aBlockArgumentThatFillsItselfIsAnError() throws {
        let error = try #require(try renderError("page", ["page": "{{<base}}{{$x}}{{$x}}{{/x}}{{/x}}{{/base}}", "base": "{{$x}}{{/x}}"]))
        #expect(error.message.hasPrefix("templates nest more than 100 levels deep at block 'x'"))
    }

    @Test func sectionsInsidePartialsCountTowardsTheDepth() throws {
        // Each partial is within the nesting limit; together they pass the render depth.
        let templates = ["a": nested(45, "#a", around: "{{>b}}"), "b": nested(45, "#a", around: "{{>c}}"), "c": nested(45, "#a")]
        let error = try #require(try renderError("a", templates, ["a": true]))
        #expect(error.location.path == "c")
        #expect(error.message.hasPrefix("templates nest more than 100 levels deep at section 'a'"))
    }

    /// The deepest render the limits allow fits in 512 KiB of stack, the size of a secondary
    /// thread's stack on macOS (where the site renders pages), even in a debug build.
    @Test func theDeepestRenderFitsInASecondaryThreadsStack() throws {
        let chain = (0..<Template.Limits.renderDepth).map { index in
            (String(index), index % 2 == 0 ? "{{#a}}{{>\(index + 1)}}{{/a}}" : "{{>\(index + 1)}}")
        }
        let library = TemplateLibrary(templates: try chain.reduce(into: [:]) { $0[$1.0] = try Template(source: $1.1, path: $1.0) })
        final class Outcome: @unchecked Sendable {
            let done = DispatchSemaphore(value: 0)
            var error: TemplateError?
        }
        let outcome = Outcome()
        let thread = Thread {
            do throws(TemplateError) {
                _ = try library.render("0", ["a": [1]])
            } catch {
                outcome.error = error
            }
            outcome.done.signal()
        }
        thread.stackSize = 512 << 10
        thread.start()
        outcome.done.wait()
        let error = try #require(outcome.error)
        #expect(error.message.hasPrefix("templates nest more than 100 levels deep"))
    }

    @Test func partialsThatRepeatWithoutOutputRunOutOfSteps() throws {
        // Each level renders the next twice: 2^40 visits, and nothing written.
        var templates = (0..<40).reduce(into: [String: String]()) { $0["p\($1)"] = "{{>p\($1 + 1)}}{{>p\($1 + 1)}}" }
        templates["p40"] = "{{! nothing }}"
        let error = try #require(try renderError("p0", templates))
        #expect(error.message.hasPrefix("rendering takes more than 10000000 steps at partial 'p"))
    }

    @Test func outputBeyondTheLimitIsAnError() throws {
        var templates = (0..<30).reduce(into: [String: String]()) { $0["p\($1)"] = "{{>p\($1 + 1)}}{{>p\($1 + 1)}}" }
        templates["p30"] = String(repeating: "x", count: 100_000)
        let error = try #require(try renderError("p0", templates))
        #expect(error.message.hasPrefix("the output grows beyond the limit of 67108864 bytes (64 MiB) at partial 'p"))
    }

    @Test func indentationCountsTowardsTheOutput() throws {
        // Each level indents the next by a further 800,000 spaces, though it writes nothing else.
        let error = try #require(try renderError("self", ["self": String(repeating: " ", count: 800_000) + "{{>self}}\n"]))
        #expect(error.message.hasPrefix("the output grows beyond the limit of 67108864 bytes (64 MiB) at partial 'self'"))
    }

    @Test func aSectionOverAHugeListStopsAtTheStepLimit() throws {
        let items = TemplateValue.array(Array(repeating: 1, count: 3_000_000))
        let error = try #require(try renderError("list", ["list": "{{#items}}{{.}}{{.}}{{.}}{{.}}{{.}}{{/items}}"], ["items": items]))
        #expect(error.message.hasPrefix("rendering takes more than 10000000 steps at section 'items'"))
    }
}
