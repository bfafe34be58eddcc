/// JUnit XML: a test suite per language, a test case per article and UI string, a failure per error.
enum JUnitReport {
    static func render(_ report: CoverageReport) -> [UInt8] {
        let writer = XMLWriter()
        let errors = report.problems.filter { $0.severity == .error }
        let stringKeys = Set(report.problems.filter { isStringKind($0.kind) }.map(\.key))
        let articleKeys = report.articles.map(\.key)
        let cases = articleKeys.count + stringKeys.count
        writer.element("testsuites", attributes: ["name": "broadside check", "tests": String(cases * report.languages.count),
                                                  "failures": String(errors.count)]) {
            for language in report.languages {
                let failures = errors.filter { $0.language == language }
                let caseNames = articleKeys.map { ("articles", $0) } + stringKeys.sorted().map { ("strings", $0) }
                let extra = Set(failures.map { ($0.key) }).subtracting(articleKeys).subtracting(stringKeys).sorted()
                let all = caseNames + extra.map { ("files", $0) }
                writer.element("testsuite", attributes: ["name": language, "tests": String(all.count),
                                                         "failures": String(failures.count), "errors": "0", "skipped": "0"]) {
                    for (group, key) in all {
                        writer.element("testcase", attributes: ["classname": "\(language).\(group)", "name": key]) {
                            for failure in failures where failure.key == key && isStringKind(failure.kind) == (group == "strings") {
                                let place = failure.location?.description ?? ""
                                writer.element("failure", attributes: ["type": failure.kind.rawValue, "message": failure.message],
                                               text: place.isEmpty ? failure.message : "\(place): \(failure.message)")
                            }
                        }
                    }
                }
            }
        }
        return writer.finish()
    }

    private static func isStringKind(_ kind: TranslationProblem.Kind) -> Bool {
        [.missingString, .extraString, .messageSyntax, .pluralCategories, .placeholderMismatch, .untranslatedString]
            .contains(kind)
    }
}
