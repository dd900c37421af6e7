// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "smpcheck",
    platforms: [.macOS(.v15)],
    products: [
        // What a shop backend links: extraction, tokenizer, lexicon, classifier and reporters.
        .library(name: "SMPCheckKit", targets: ["SMPCheckKit"]),
        // The HTTP service, separate so the library never pulls in the server stack.
        .library(name: "SMPCheckServer", targets: ["SMPCheckServer"]),
        .executable(name: "smpcheck", targets: ["SMPCheckCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // ICU behind a header that uses only <stdint.h> types: ICU renames its C symbols per version,
        // and Foundation ships its own ICU whose headers must never meet the system's.
        .target(
            name: "CICUShim",
            linkerSettings: [
                .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
            ]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .executableTarget(
            name: "LexiconEmbedder",
            path: "Sources/LexiconEmbedder"
        ),
        .plugin(
            name: "EmbedLexicon",
            capability: .buildTool(),
            dependencies: ["LexiconEmbedder"]
        ),
        .target(
            name: "SMPCheckKit",
            dependencies: ["CICUShim", "CLibXML2"],
            plugins: ["EmbedLexicon"]
        ),
        .target(
            name: "SMPCheckServer",
            dependencies: [
                "SMPCheckKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "SMPCheckCLI",
            dependencies: [
                "SMPCheckKit",
                "SMPCheckServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/smpcheck"
        ),
        .testTarget(
            name: "SMPCheckKitTests",
            dependencies: ["SMPCheckKit"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "SMPCheckCLITests",
            // Depending on the executable makes `swift test` build the binary these tests run.
            dependencies: ["SMPCheckCLI"]
        ),
        .testTarget(
            name: "SMPCheckServerTests",
            // The executable too: the shutdown test sends signals to a real `smpcheck serve`.
            dependencies: [
                "SMPCheckServer", "SMPCheckCLI",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
