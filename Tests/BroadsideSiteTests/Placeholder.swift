import Testing
@testable import BroadsideSite
