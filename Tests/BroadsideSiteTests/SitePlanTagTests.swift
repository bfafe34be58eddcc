import BroadsideLocale
import Testing
@testable import BroadsideSite

/// Tags in the page plan, planned from real site folders: which tags are one, and their URLs.
@Suite struct SitePlanTagTests {
    /// Tags in many scripts, punctuation only and emoji, that the old slugs merged by the handful.
    static let spellings = [
        "C++", "C#", "c", "<c>", "!!!", "???", "solidarity", "Solidarity!", "climate-justice", "climate justice",
        "التضامن", "تضامن", "التّضامن", "መተባበር", "መተባበር!", "یکجہتی", "یکجہتی۔", "团结", "團結", "团结一致",
        "🎉", "✊", "✊🏽", "2026", "-2026-",
    ]

    /// The plan of a site whose `content/` holds `files` (path below `content/`: tags), each an
    /// article, with the front matter lines `extra` gives some of them.
    static func plan(_ files: [(path: String, tags: [String])], extra: [String: String] = [:]) throws -> SitePlan {
        var texts: [String: String] = [:]
        for (path, tags) in files {
            let quoted = tags.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            texts["content/" + path] = SiteFixture.article(title: path, extra: "tags: [\(quoted.joined(separator: ", "))]\n" + (extra[path] ?? ""))
        }
        let site = try SiteFixture(texts, exampleTemplates: false)
        let configuration = try SiteConfiguration.load(siteDirectory: site.root)
        let (content, problems) = SiteContent.load(from: try SiteFolder(site.root), configuration: configuration, includeDrafts: false)
        #expect(problems.isEmpty, "\(problems)")
        // As a build plans: from front matter, before any Markdown is rendered.
        return SitePlan(configuration: configuration, articles: content.articles.map { $0.files.mapValues(RenderedFile.init) }, now: content.window.now)
    }

    /// Each tag of `language`'s tag index, by name.
    static func tags(of plan: SitePlan, in language: String = "en") throws -> [String: SitePlan.Tag] {
        let tag = try LanguageTag(language)
        let index = try #require(plan.pages.first { page in
            if case .tagIndex = page.kind { return page.language == tag } else { return false }
        })
        guard case .tagIndex(let tags) = index.kind else { return [:] }
        return Dictionary(uniqueKeysWithValues: tags.map { ($0.tag.name, $0.tag) })
    }

    @Test func distinctTagsGetDistinctFoldersThatNeverDifferOnlyInCase() throws {
        let plan = try Self.plan([("articles/all.en.md", Self.spellings)])
        #expect(plan.problems.isEmpty, "\(plan.problems)")
        let tags = try Self.tags(of: plan)
        #expect(tags.count == Self.spellings.count)
        let slugs = Set(tags.values.map(\.slug))
        #expect(slugs.count == Self.spellings.count, "\(tags.mapValues(\.slug))")
        #expect(Set(slugs.map(Slug.caseFolded)).count == slugs.count)
        for slug in slugs {
            #expect(slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }, "\(slug)")
            #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"), "\(slug)")
            #expect(plan.pages.contains { $0.path == OutputPath(["en", "tags", slug]) }, "no page for \(slug)")
        }
        // A tag that is its own clean slug keeps it bare; others read alike plus a hash.
        #expect(tags["solidarity"]?.slug == "solidarity" && tags["c"]?.slug == "c")
        #expect(tags["climate-justice"]?.slug == "climate-justice" && tags["2026"]?.slug == "2026")
        #expect(tags["C++"]?.slug.hasPrefix("c-") == true && tags["!!!"]?.slug.hasPrefix("untitled-") == true)
        #expect(tags["團結"]?.slug.hasPrefix("tuan-jie-") == true)
        // The article's links use the slugs of the tag pages.
        let entry = try #require(plan.entries[try LanguageTag("en")]?.first)
        #expect(entry.tags.map(\.slug) == Self.spellings.map { tags[$0]!.slug })
    }

    /// A tag's URL depends on its name alone: other tags added before it, after it, or in other
    /// articles that come first change none.
    @Test(arguments: spellings)
    func aTagKeepsItsURLWhateverOtherTagsTheSiteHas(spelling: String) throws {
        let alone = try Self.tags(of: try Self.plan([("articles/m.en.md", [spelling])]))[spelling]
        let others = Self.spellings.filter { $0 != spelling }
        let crowded = try Self.plan([("articles/a.en.md", others.reversed()), ("articles/m.en.md", others + [spelling]),
                                     ("articles/z.en.md", ["c-" + (alone?.slug ?? ""), "untitled", "tuan-jie"])])
        #expect(crowded.problems.isEmpty, "\(crowded.problems)")
        #expect(try Self.tags(of: crowded)[spelling] == alone)
    }

    @Test func tagsThatDifferOnlyInCaseOrNormalisationAreOneNamedAsFirstWritten() throws {
        let plan = try Self.plan([
            ("articles/a.en.md", ["Solidarity", "élan", "Straße"]),
            ("articles/b.en.md", ["solidarity", "SOLIDARITY", "e\u{301}lan", "STRASSE"]),
            ("articles/c.ar.md", ["SOLIDARITY"]),
        ])
        let tags = try Self.tags(of: plan)
        #expect(tags.keys.sorted() == ["élan", "Solidarity", "Straße"].sorted())
        #expect(tags["Solidarity"]?.slug == "solidarity")
        let entries = try #require(plan.entries[try LanguageTag("en")])
        #expect(entries.allSatisfy { $0.tags == [tags["Solidarity"]!, tags["élan"]!, tags["Straße"]!] })
        #expect(plan.pages.filter { $0.path.segments.starts(with: ["en", "tags"]) }.count == 4, "the index and three tags")
        // Per language: Arabic's first spelling is its own, and it warns of nothing.
        #expect(try Self.tags(of: plan, in: "ar").keys.sorted() == ["SOLIDARITY"])

        // One warning for each other spelling in case, none for the other normalisation of "élan".
        let warnings = plan.problems.filter { $0.severity == .warning }
        #expect(plan.problems.count == warnings.count)
        #expect(warnings.map(\.message) == [
            "tag 'solidarity' is taken as 'Solidarity', as \(entries[0].text.file.path) first wrote it: tags that differ only in case are one tag",
            "tag 'SOLIDARITY' is taken as 'Solidarity', as \(entries[0].text.file.path) first wrote it: tags that differ only in case are one tag",
            "tag 'STRASSE' is taken as 'Straße', as \(entries[0].text.file.path) first wrote it: tags that differ only in case are one tag",
        ])
        #expect(warnings.allSatisfy { $0.location == SourceLocation(path: entries[1].text.file.path, line: 4, column: 7) })
        #expect(warnings.first?.hint == "write 'Solidarity' here too; if they are different tags, name one of them otherwise")
    }

    @Test func aLongTagGetsAShortFolderName() throws {
        let long = String(repeating: "a", count: 10_000)
        let tags = try Self.tags(of: try Self.plan([("articles/a.en.md", [long, long + "a", long + "!"])]))
        #expect(Set(tags.values.map(\.slug)).count == 3)
        #expect(tags.values.allSatisfy { $0.slug.utf8.count <= SitePlan.Tag.maximumReadableLength + 9 })
    }

    /// A tag that spells out another tag's hashed slug would share its page: an error naming both.
    @Test func aTagSpellingAnotherTagsSlugIsAnError() throws {
        let hashed = SitePlan.Tag(name: "C++", folded: "c++").slug
        let plan = try Self.plan([("articles/a.en.md", ["C++"]), ("articles/b.en.md", [hashed])])
        let errors = plan.problems.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors)")
        let message = try #require(errors.first?.message)
        #expect(message.hasPrefix("en/tags/\(hashed)/index.html of the tag 'C++' (first in "), "\(message)")
        #expect(message.contains(" is also the page of the tag '\(hashed)' (first in "), "\(message)")
        #expect(errors.first?.location?.path.hasSuffix("content/articles/a.en.md") == true)
    }
}
