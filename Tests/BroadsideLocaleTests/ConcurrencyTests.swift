import BroadsideLocale
import Testing

@Suite struct ConcurrencyTests {
    @Test func oneLanguageGivesEveryTaskTheSameAnswers() async throws {
        let arabic = Sample.language("ar")
        let message = try arabic.message("{n, plural, zero {لا شيء} one {واحد} two {اثنان} few {# قليل} many {# كثير} other {# آخر}}")
        let expected = try Self.work(arabic, message)
        let results = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<64 {
                group.addTask { try Self.work(arabic, message) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func everyTaskGetsTheSharedInstance() async throws {
        let tag = try LanguageTag("sw")
        let identities = await withTaskGroup(of: ObjectIdentifier.self) { group in
            for _ in 0..<32 {
                group.addTask { ObjectIdentifier(Language.named(tag)) }
            }
            return await group.reduce(into: Set()) { $0.insert($1) }
        }
        #expect(identities == [ObjectIdentifier(Language.named(tag))])
    }

    /// Everything a rendering task might ask of a language, a few times over.
    private static func work(_ language: Language, _ message: Message) throws -> [String] {
        var results: [String] = []
        for round in 0..<10 {
            let number = Double(round * 7)
            results += DateStyle.allCases.map {
                language.format(Sample.date.addingTimeInterval(Double(round) * 86_400), style: $0)
            }
            results.append(language.format(Sample.date, style: .long, timeZone: "Asia/Tehran"))
            results.append(language.format(number * 1000.5))
            results.append(language.formatPercent(number / 100))
            results.append(language.pluralCategory(of: number).rawValue)
            results.append(try message.format(["n": .number(number)]))
            results += language.sorted(["ي", "ب", "ا", "ت"])
            results.append(language.name(of: Sample.language(Sample.tags[round]).tag))
            results.append(Slug.make(from: "التضامن \(round)"))
            results.append(InternetDate.rfc3339(Sample.date.addingTimeInterval(Double(round))))
        }
        return results
    }
}
