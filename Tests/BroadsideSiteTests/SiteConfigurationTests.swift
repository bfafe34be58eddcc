import BroadsideLocale
import Testing
@testable import BroadsideSite

@Suite struct SiteConfigurationTests {
    @Test func readsEveryKey() throws {
        let configuration = try SiteConfiguration.parse("""
            title: Campaign
            baseURL: https://example.org/campaign
            defaultLanguage: en
            languages: [en, ar, sw]
            requiredLanguages: [en, ar]
            paginate: 5
            timeZone: Africa/Nairobi
            missingTranslations: fallback
            unsafeHTML: true
            """, path: "site.yaml")
        #expect(configuration.title == "Campaign")
        #expect(configuration.baseURL == "https://example.org/campaign/")
        #expect(configuration.basePath == "/campaign/")
        #expect(configuration.languages.map(\.identifier) == ["en", "ar", "sw"])
        #expect(configuration.requiredLanguages.map(\.identifier) == ["en", "ar"])
        #expect(configuration.paginate == 5)
        #expect(configuration.timeZone == "Africa/Nairobi")
        #expect(configuration.missingTranslations == .fallback)
        #expect(configuration.unsafeHTML)
    }

    @Test func defaults() throws {
        let configuration = try SiteConfiguration.parse("""
            title: Campaign
            baseURL: https://example.org/
            defaultLanguage: fr
            """, path: "site.yaml")
        #expect(configuration.languages.map(\.identifier) == ["fr"])
        #expect(configuration.requiredLanguages == configuration.languages)
        #expect(configuration.paginate == 10)
        #expect(configuration.timeZone == "UTC")
        #expect(configuration.missingTranslations == .skip)
        #expect(!configuration.unsafeHTML)
        #expect(configuration.basePath == "/")
    }

    @Test func reportsEveryBadKeyAtItsLine() {
        let text = """
            title: Campaign
            baseURL: not a url
            defaultLanguage: en
            languages: [en, ar]
            paginate: 0
            colour: red
            missingTranslations: maybe
            timeZone: Mars/Olympus
            """
        #expect {
            try SiteConfiguration.parse(text, path: "site/site.yaml")
        } throws: { error in
            let lines = (error as! BuildFailure).diagnostics.map { $0.location!.line ?? 0 }.sorted()
            let messages = (error as! BuildFailure).diagnostics.map(\.message).joined(separator: "\n")
            return lines == [2, 5, 6, 7, 8] && messages.contains("unknown key 'colour'")
                && (error as! BuildFailure).description.contains("site/site.yaml:6:1: error: unknown key 'colour'")
        }
    }

    @Test func defaultLanguageMustBeASiteLanguage() {
        #expect(throws: BuildFailure.self) {
            try SiteConfiguration.parse("title: T\nbaseURL: https://e.org/\ndefaultLanguage: de\nlanguages: [en]\n",
                                        path: "site.yaml")
        }
    }

    @Test func yamlSyntaxErrorHasALocation() {
        #expect {
            try SiteConfiguration.parse("title: [unclosed\nbaseURL: x\n", path: "site.yaml")
        } throws: { error in
            let diagnostic = (error as! BuildFailure).diagnostics[0]
            return diagnostic.location?.path == "site.yaml" && diagnostic.message.hasPrefix("YAML")
        }
    }

    /// The base-60 number is the site-config fuzzer's find: Yams' `Node.int` trapped on its overflow.
    @Test(arguments: ["9223372036854775807", "99999999999999999999999", "1001", "-1", "0", "2.5",
                      "9223372036854775:223372036854775807", "0x7FFFFFFFFFFFFFFF", "1_000"])
    func paginateOutsideItsRangeIsAnErrorStatingTheRange(paginate: String) {
        #expect {
            try SiteConfiguration.parse("title: T\nbaseURL: https://e.org/\ndefaultLanguage: en\npaginate: \(paginate)\n",
                                        path: "site.yaml")
        } throws: { error in
            (error as! BuildFailure).description == "site.yaml:4:11: error: 'paginate' must be a whole number from 1 to 1000"
        }
    }

    @Test func oneBadLanguageTagIsTheOnlyError() {
        #expect {
            try SiteConfiguration.parse("""
                title: T
                baseURL: https://e.org/
                defaultLanguage: en
                languages: [en, "ar!", fr]
                requiredLanguages: [en, fr]
                """, path: "site.yaml")
        } throws: { error in
            let diagnostics = (error as! BuildFailure).diagnostics
            return diagnostics.count == 1 && diagnostics[0].message == "'ar!' is not a valid BCP 47 language tag"
                && diagnostics[0].location?.line == 4
        }
    }
}
