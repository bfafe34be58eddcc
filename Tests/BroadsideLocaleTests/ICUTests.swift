import Testing
import BroadsideLocale

@Test func icuIsVersion72() {
    #expect(ICU.version == "72.1")
}
