import Testing
@testable import BroadsideSite

/// The scan for forbidden characters reads eight bytes at a time: each character must be found
/// at every offset in the word and in the tail, and the allowed neighbours never.
@Suite struct ForbiddenCharacterTests {
    static let forbidden: [Unicode.Scalar] = ["\u{0}", "\u{7}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}"]
    static let allowed: [Unicode.Scalar] = ["\t", "\n", "\r", " ", "~", "\u{80}", "\u{FEFF}", "\u{FFFD}", "ع", "\u{1F600}"]

    @Test(arguments: forbidden)
    func isFoundAtEveryOffset(_ scalar: Unicode.Scalar) {
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 40] {
            for offset in 0...length {
                let prefix = String(repeating: "a", count: offset)
                let text = prefix + String(scalar) + String(repeating: "b", count: length - offset)
                let found = ForbiddenCharacter.first(in: text)
                #expect(found?.scalar == scalar && found?.column == offset + 1, "length \(length), offset \(offset)")
            }
        }
    }

    @Test func allowedCharactersAreNotReported() {
        for length in [0, 1, 7, 8, 9, 16, 33] {
            for scalar in Self.allowed {
                let text = String(repeating: String(scalar), count: length) + "مرحبا\nline two\r\n\ttabbed"
                #expect(ForbiddenCharacter.first(in: text) == nil, "\(scalar.value) × \(length)")
            }
        }
    }

    @Test func linesAndColumnsCountScalars() {
        let found = ForbiddenCharacter.first(in: "first line\nسطر ثانٍ\u{7}")
        #expect(found?.line == 1 && found?.column == 9)  // eight scalars before it, the tanwin one of them
    }
}
