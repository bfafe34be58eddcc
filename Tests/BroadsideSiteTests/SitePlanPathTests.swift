import Testing
@testable import BroadsideSite

/// Pages whose paths are one, or one on a case-insensitive file system: errors naming both inputs.
@Suite struct SitePlanPathTests {
    /// The plan's errors, each checked to be at the file named by `at` and to name `other`.
    static func errors(_ files: [(path: String, tags: [String])], at: String, naming other: String) throws -> [Diagnostic] {
        let plan = try SitePlanTagTests.plan(files)
        let errors = plan.problems.filter { $0.severity == .error }
        #expect(!errors.isEmpty)
        for error in errors {
            #expect(error.location?.path.hasSuffix("/content/" + at) == true, "\(error)")
            #expect(error.message.contains("/content/" + other), "\(error)")
        }
        return errors
    }

    @Test func articlesWhoseSlugsDifferOnlyInCase() throws {
        let errors = try Self.errors([("articles/Solidarity.en.md", []), ("articles/solidarity.en.md", [])],
                                     at: "articles/solidarity.en.md", naming: "articles/Solidarity.en.md")
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("en/articles/solidarity/ of ") == true)
        #expect(errors.first?.message.hasSuffix("differ only in case, so they are one folder on case-insensitive file systems") == true)
        #expect(errors.first?.message.contains(" and en/articles/Solidarity/ of ") == true)
    }

    @Test(arguments: [("Ωμέγα", "ωμέγα"), ("STRASSE", "Straße"), ("ÉLAN", "e\u{301}lan")])
    /// `first` comes first in content order (by key), so the error is at `second`.
    func articlesWhoseSlugsDifferOnlyInCaseInAnyScript(first: String, second: String) throws {
        let errors = try Self.errors([("articles/\(first).en.md", []), ("articles/\(second).en.md", [])],
                                     at: "articles/\(second).en.md", naming: "articles/\(first).en.md")
        #expect(errors.count == 1)
    }

    @Test func aSlugThatDiffersOnlyInCaseIsReportedAtTheSlug() throws {
        let plan = try SitePlanTagTests.plan([("articles/a.en.md", []), ("articles/b.en.md", [])],
                                             extra: ["articles/b.en.md": "slug: A\n"])
        #expect(plan.problems.count == 1)
        #expect(plan.problems.first?.location?.path.hasSuffix("/content/articles/b.en.md") == true)
        #expect(plan.problems.first?.location?.line == 5 && plan.problems.first?.location?.column == 7)
        #expect(plan.problems.first?.message.hasPrefix("en/articles/A/ of ") == true)
    }

    /// Sections that differ only in case would put both articles in one folder.
    @Test func sectionsThatDifferOnlyInCase() throws {
        let errors = try Self.errors([("Articles/one.en.md", []), ("articles/two.en.md", [])],
                                     at: "articles/two.en.md", naming: "Articles/one.en.md")
        #expect(errors.first?.message.hasPrefix("en/articles/ of ") == true)
    }

    @Test func anArticleWhoseFolderDiffersFromATagsOnlyInCase() throws {
        let errors = try Self.errors([("tags/Solidarity.en.md", []), ("articles/news.en.md", ["solidarity"])],
                                     at: "articles/news.en.md", naming: "tags/Solidarity.en.md")
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("en/tags/solidarity/ of the tag 'solidarity' (first in ") == true)
        #expect(errors.first?.location?.line == 4, "at the tags of the article that first wrote the tag")
    }

    @Test func anArticleOnATagsPath() throws {
        let errors = try Self.errors([("tags/solidarity.en.md", []), ("articles/news.en.md", ["Solidarity"])],
                                     at: "articles/news.en.md", naming: "tags/solidarity.en.md")
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("en/tags/solidarity/index.html of the tag 'Solidarity' (first in ") == true)
        #expect(errors.first?.message.contains(" is also the page of ") == true)
    }

    @Test func pathsThatDifferInMoreThanCaseAreFine() throws {
        let plan = try SitePlanTagTests.plan([("articles/solidarity.en.md", ["solidarity", "Solidarity!"]),
                                              ("articles/solidarity-2.en.md", []), ("Media/solidarity.en.md", []),
                                              ("tags/solidarity-1.en.md", []), ("articles/ωμέγα.en.md", [])])
        #expect(plan.problems.isEmpty, "\(plan.problems)")
    }
}
