import Testing
@testable import BroadsideLocale
@Test func icuVersion() { #expect(ICU.version.hasPrefix("7")) }
