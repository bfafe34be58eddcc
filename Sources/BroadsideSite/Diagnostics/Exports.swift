/// The site layer's problems are located with the one source-location type every layer shares,
/// so whoever uses the site layer uses it too.
@_exported import BroadsideDiagnostics
