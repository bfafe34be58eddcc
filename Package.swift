// swift-tools-version: 6.1
import Foundation
import PackageDescription

// Linux only (Debian 12 and its packages): the build reads /proc/self/exe, stat's st_mtim and
// st_ctim, and renameat2, and links ICU, libxml2 and cmark-gfm through pkg-config.

/// `scripts/fuzz` builds with BROADSIDE_FUZZING=1: libFuzzer's coverage and AddressSanitizer in
/// Broadside's own targets and the harnesses, never in the build tool, which has no fuzz entry point.
let fuzzing = Context.environment["BROADSIDE_FUZZING"] != nil
let instrumented: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"]), .define("FUZZING")] : []

/// What `pkg-config` says of `modules`: SwiftPM's own `pkgConfig:` reads Pango's too, but warns
/// on every build that it drops the `-pthread` glib's gmodule adds, so Pango's shim takes its
/// header paths and libraries from here instead (nothing when pkg-config or the module is
/// missing: the compile then names the header it lacks).
func pkgConfig(_ option: String, _ modules: [String]) -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["pkg-config", option] + modules
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return [] }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return [] }
    return String(decoding: output, as: UTF8.self).split(whereSeparator: \.isWhitespace).map(String.init)
}

let package = Package(
    name: "Broadside",
    products: [
        .executable(name: "broadside", targets: ["broadside"]),
        .library(name: "BroadsideSite", targets: ["BroadsideSite"]),
        /// For Benchmarks/, which compares this engine with swift-mustache.
        .library(name: "BroadsideTemplates", targets: ["BroadsideTemplates"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // MARK: - C libraries
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        /// The only code that includes Pango's, Cairo's and libpng's headers (Debian's
        /// libpango1.0-dev, libcairo2-dev, libpng-dev); its header speaks plain C types, so no
        /// Swift module needs glib's.
        .target(name: "PangoShim",
                cSettings: [.unsafeFlags(pkgConfig("--cflags-only-I", ["pangocairo", "libpng16"]))],
                linkerSettings: pkgConfig("--libs-only-l", ["pangocairo", "libpng16"]).map { .linkedLibrary(String($0.dropFirst(2))) }),
        /// libgit2, which reads a site's git history for the coverage trend.
        .systemLibrary(name: "CLibGit2", pkgConfig: "libgit2",
                       providers: [.apt(["libgit2-dev"])]),
        /// ICU's flags only: Swift never imports this module (see ICUShim).
        .systemLibrary(name: "CICU", pkgConfig: "icu-i18n",
                       providers: [.apt(["libicu-dev"])]),
        /// The only code that includes ICU headers; its header speaks plain C types.
        .target(name: "ICUShim", dependencies: ["CICU"]),

        // MARK: - Layers
        /// Where a problem is: the one source-location type every layer reports with.
        .target(name: "BroadsideDiagnostics", swiftSettings: instrumented),
        /// Mustache-compatible template engine, pure Swift.
        .target(name: "BroadsideTemplates", dependencies: ["BroadsideDiagnostics"], swiftSettings: instrumented),
        /// Everything language-sensitive, backed by ICU.
        .target(name: "BroadsideLocale", dependencies: ["ICUShim"], swiftSettings: instrumented),
        /// Images the site makes: share cards, drawn with Pango and Cairo.
        .target(name: "BroadsideImages", dependencies: ["BroadsideLocale", "PangoShim"], swiftSettings: instrumented),
        /// A repository's history read straight from its objects: commits, changed files, blobs.
        .target(name: "BroadsideGit", dependencies: ["CLibGit2"], swiftSettings: instrumented),
        /// Content to pages, feeds, sitemap and translation coverage.
        .target(name: "BroadsideSite", dependencies: [
            "BroadsideDiagnostics", "BroadsideTemplates", "BroadsideLocale", "BroadsideImages", "BroadsideGit",
            "CLibXML2", "CCmarkGFM",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "TOMLKit", package: "TOMLKit"),
        ], swiftSettings: instrumented, plugins: ["EmbedExampleSite"]),
        /// `serve`: the site built in memory, served over HTTP, rebuilt on every change, with live reload.
        .target(name: "BroadsideServer", dependencies: [
            "BroadsideSite", "BroadsideTemplates",
            .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        /// The thin command-line front end.
        .executableTarget(name: "broadside", dependencies: [
            "BroadsideSite", "BroadsideServer", "BroadsideTemplates", "BroadsideLocale",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], plugins: ["StampVersion"]),

        /// Embeds the example site's templates, locales and static files in BroadsideSite: the
        /// built-in site that serves every file a site does not provide.
        .plugin(name: "EmbedExampleSite", capability: .buildTool(), dependencies: ["embed-example-site"]),
        .executableTarget(name: "embed-example-site", path: "Tools/embed-example-site"),
        /// Gives `broadside --version` what `git describe` says of the checkout it is built from.
        .plugin(name: "StampVersion", capability: .buildTool()),

        /// Fuzzing harnesses (see scripts/fuzz); a normal build replays input files through one.
        .executableTarget(name: "broadside-fuzz", dependencies: ["BroadsideTemplates", "BroadsideLocale", "BroadsideSite"],
                          path: "Fuzz", exclude: ["Corpus"], swiftSettings: instrumented,
                          linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []),

        // MARK: - Tests
        /// Fixtures/ holds the vendored Mustache spec, read from the source tree.
        .testTarget(name: "BroadsideTemplatesTests", dependencies: ["BroadsideTemplates"], exclude: ["Fixtures"]),
        .testTarget(name: "BroadsideLocaleTests", dependencies: ["BroadsideLocale"]),
        .testTarget(name: "BroadsideImagesTests", dependencies: ["BroadsideImages", "PangoShim"]),
        .testTarget(name: "BroadsideSiteTests", dependencies: ["BroadsideSite", "BroadsideGit", "CLibXML2"]),
        .testTarget(name: "EndToEndTests", dependencies: ["broadside", "CLibXML2"], exclude: ["Fixtures"]),
    ]
)
