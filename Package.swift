// swift-tools-version:6.1
import Foundation
import PackageDescription

/// `.ci/fuzz` sets this to the toolchain's libFuzzer (without its `main`): the fuzz target then
/// links it and defines FUZZING.
let fuzzerLibrary = ProcessInfo.processInfo.environment["SMPCHECK_FUZZER_LIBRARY"]

let package = Package(
    name: "smpcheck",
    platforms: [.macOS(.v15)],
    products: [
        // What a shop backend links: extraction, tokenizer, lexicon, classifier and reporters.
        .library(name: "SMPCheckKit", targets: ["SMPCheckKit"]),
        // The HTTP service, separate so the library never pulls in the server stack.
        .library(name: "SMPCheckServer", targets: ["SMPCheckServer"]),
        // Fetching product pages over HTTP(S), separate so the library never pulls in an HTTP client.
        .library(name: "SMPCheckFetch", targets: ["SMPCheckFetch"]),
        // Reading photos of a pack, separate so a shop backend checking text never loads Tesseract.
        .library(name: "SMPCheckOCR", targets: ["SMPCheckOCR"]),
        .executable(name: "smpcheck", targets: ["SMPCheckCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        // Not Foundation's URLSession: FoundationNetworking loads libcurl and some 30 libraries at
        // every start of the process, about 11 ms, whether a page is fetched or not.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Already in the graph through Hummingbird; named here because the service adds a channel
        // handler of its own (per-connection limits) to Hummingbird's HTTP/1 pipeline.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.25.0"),
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
        // zlib's gzread reads gzip-compressed and plain catalogs alike.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
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
            dependencies: ["CICUShim", "CLibXML2", "CZlib"],
            plugins: ["EmbedLexicon"]
        ),
        // Tesseract 5 and Leptonica, opened at run time with dlopen: building needs neither, and a
        // machine without them still runs everything but photos.
        .target(name: "CTesseractShim"),
        .target(
            name: "SMPCheckOCR",
            dependencies: ["SMPCheckKit", "CTesseractShim"]
        ),
        .target(
            name: "SMPCheckServer",
            dependencies: [
                "SMPCheckKit",
                "SMPCheckFetch",
                // Photos posted to /v1/check; Tesseract is opened only when one is read.
                "SMPCheckOCR",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ]
        ),
        .target(
            name: "SMPCheckFetch",
            dependencies: [
                "SMPCheckKit",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .executableTarget(
            name: "SMPCheckCLI",
            dependencies: [
                "SMPCheckKit",
                "SMPCheckServer",
                "SMPCheckFetch",
                "SMPCheckOCR",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/smpcheck",
            // A release binary carries the Swift runtime and Foundation in itself: the dynamic loader
            // then has one image to relocate, not a dozen, and start-up is some 6 ms shorter. Debug
            // builds (and the test binaries that link this module) keep the shared libraries.
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
        // Not part of the tests: `swift run -c release SMPCheckBench` measures speed (see docs/PERFORMANCE.md).
        .executableTarget(
            name: "SMPCheckBench",
            dependencies: ["SMPCheckKit", "CLibXML2"],
            path: "Sources/SMPCheckBench",
            exclude: ["on_the_list_peer.py", "thresholds.tsv"]
        ),
        // Not part of the tests: `.build/release/SMPCheckLoad` load-tests `smpcheck serve` (docs/SERVICE.md).
        .executableTarget(
            name: "SMPCheckLoad",
            dependencies: ["SMPCheckKit"],
            path: "Sources/SMPCheckLoad"
        ),
        // libFuzzer targets: `.ci/fuzz` builds this with libFuzzer (every module instrumented for
        // coverage under AddressSanitizer); a plain build is a replayer for crash inputs.
        .executableTarget(
            name: "SMPCheckFuzz",
            dependencies: ["SMPCheckKit"],
            path: "Sources/SMPCheckFuzz",
            swiftSettings: fuzzerLibrary == nil ? [] : [.define("FUZZING")],
            linkerSettings: fuzzerLibrary.map { [.unsafeFlags(["-Xlinker", $0, "-lstdc++"])] } ?? []
        ),
        .testTarget(
            name: "SMPCheckKitTests",
            dependencies: ["SMPCheckKit"],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(
            name: "SMPCheckOCRTests",
            dependencies: ["SMPCheckOCR", "SMPCheckKit"]
        ),
        .testTarget(
            name: "SMPCheckPublicAPITests",
            dependencies: ["SMPCheckKit"]
        ),
        .testTarget(
            name: "SMPCheckCLITests",
            // Depending on the executables makes `swift test` build the binaries these tests run (the
            // fuzz targets' replayer runs Tests/FuzzCorpus).
            dependencies: ["SMPCheckCLI", "SMPCheckFuzz"]
        ),
        .testTarget(
            name: "SMPCheckServerTests",
            // The executable too: the shutdown test sends signals to a real `smpcheck serve`.
            dependencies: [
                "SMPCheckServer", "SMPCheckCLI", "SMPCheckOCR",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
