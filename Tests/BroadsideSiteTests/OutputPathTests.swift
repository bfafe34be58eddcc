import Testing
@testable import BroadsideSite

@Suite struct OutputPathTests {
    @Test func filesAndLinks() {
        let path = OutputPath(["ar", "articles", "تضامن"])
        #expect(path.file == "ar/articles/تضامن/index.html")
        #expect(path.link(basePath: "/campaign/") == "/campaign/ar/articles/%D8%AA%D8%B6%D8%A7%D9%85%D9%86/")
        #expect(OutputPath([]).file == "index.html")
        #expect(OutputPath([]).link(basePath: "/") == "/")
    }
}
