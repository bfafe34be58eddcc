// swift-tools-version: 6.1
// A separate package, so that the tool never depends on what it is compared with.
import PackageDescription

let package = Package(
    name: "BroadsideBenchmarks",
    dependencies: [
        .package(name: "Broadside", path: ".."),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .executableTarget(
            name: "template-bench",
            dependencies: [
                .product(name: "BroadsideTemplates", package: "Broadside"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        )
    ]
)
