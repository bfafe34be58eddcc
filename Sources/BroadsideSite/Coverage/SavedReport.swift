import Foundation

/// The last check's report in one format, kept in the cache folder and given again while
/// nothing it was made from has changed (``InputFingerprint/check(shared:request:content:)``)
/// and the clock has not reached a `publishDate` or `expiryDate` that changes it: a second check
/// of an unchanged site lists the files and reads nothing else.
///
/// One line of what the report was made from and what the exit status depends on, then the
/// report's bytes as they are.
struct SavedReport {
    var fingerprint: UInt64
    var window: PublicationWindow
    var outcome: CheckOutcome

    private static let header = "broadside-check-report 1"

    /// The file in the cache folder of a report in `format`.
    static func fileName(format: ReportFormat, colour: Bool) -> String {
        "check-report-" + format.rawValue + (colour ? "-colour" : "")
    }

    /// The report saved at `path`, if it was made from inputs with `fingerprint` and still holds at `now`.
    static func load(from path: String, fingerprint: UInt64, now: Date) -> CheckOutcome? {
        guard let data = FileManager.default.contents(atPath: path), let end = data.firstIndex(of: 0x0A) else { return nil }
        let fields = String(decoding: data[..<end], as: UTF8.self).split(separator: " ").map(String.init)
        guard fields.count >= 7, fields[0...1].joined(separator: " ") == header, UInt64(fields[2]) == fingerprint,
              let start = UInt64(fields[3]).map(date), let errorCount = Int(fields[5]) else { return nil }
        let window = PublicationWindow(now: start, nextChange: UInt64(fields[4]).map(date))
        guard window.holds(at: now) else { return nil }
        var coverage: [CheckOutcome.RequiredCoverage] = []
        for field in fields[6...] where field != "-" {
            let parts = field.split(separator: "=")
            guard parts.count == 2, let percent = Double(parts[1]) else { return nil }
            coverage.append(.init(language: String(parts[0]), percent: percent))
        }
        return CheckOutcome(report: Array(data[data.index(after: end)...]), errorCount: errorCount, requiredCoverage: coverage)
    }

    /// Writes the report to `path`, in place of the last one once complete.
    func save(to path: String) throws(Diagnostic) {
        let coverage = outcome.requiredCoverage.map { "\($0.language)=\($0.percent)" }
        let fields = [Self.header, String(fingerprint), String(window.now.timeIntervalSince1970.bitPattern),
                      window.nextChange.map { String($0.timeIntervalSince1970.bitPattern) } ?? "-",
                      String(outcome.errorCount)] + (coverage.isEmpty ? ["-"] : coverage)
        try FileWriter.replace(path) { write in
            write(fields.joined(separator: " ") + "\n")
            write(String(decoding: outcome.report, as: UTF8.self))
        }
    }

    private static func date(_ bits: UInt64) -> Date { Date(timeIntervalSince1970: Double(bitPattern: bits)) }
}
