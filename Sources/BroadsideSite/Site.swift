import BroadsideLocale
import BroadsideTemplates
import CCmarkGFM
import CLibXML2
import Yams

/// A site folder: content, locales and templates.
public struct Site: Sendable {}
