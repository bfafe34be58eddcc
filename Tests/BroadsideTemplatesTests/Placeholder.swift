import Testing
@testable import BroadsideTemplates
