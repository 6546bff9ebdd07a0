// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ClaimTrace",
    products: [
        .executable(name: "claimtrace", targets: ["claimtrace"]),
        .library(
            name: "ClaimTrace",
            targets: ["ClaimTraceCore", "TokenRules", "Readers", "Segmentation", "Quantities", "Time", "Attribution", "Checks", "Claims", "Store", "Exporters"]
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-async-algorithms", from: "1.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .systemLibrary(
            name: "CYajl",
            pkgConfig: "yajl",
            providers: [.apt(["libyajl-dev"]), .brew(["yajl"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .systemLibrary(
            name: "CLzma",
            pkgConfig: "liblzma",
            providers: [.apt(["liblzma-dev"]), .brew(["xz"])]
        ),
        .target(
            name: "ClaimTraceCore",
            dependencies: [.product(name: "AsyncAlgorithms", package: "swift-async-algorithms")]
        ),
        .target(name: "Readers", dependencies: ["ClaimTraceCore", "CZlib", "CLzma", "CLibXML2", "CYajl"]),
        .target(name: "Segmentation", dependencies: ["ClaimTraceCore"]),
        // The rule engine: patterns over token classes and word keys, shared by the text stages.
        .target(name: "TokenRules", dependencies: ["ClaimTraceCore"]),
        .target(name: "Quantities", dependencies: ["ClaimTraceCore", "TokenRules"]),
        .target(name: "Time", dependencies: ["ClaimTraceCore", "TokenRules"]),
        .target(name: "Attribution", dependencies: ["ClaimTraceCore", "TokenRules"]),
        .target(name: "Checks", dependencies: ["ClaimTraceCore"]),
        .target(name: "Claims", dependencies: ["ClaimTraceCore", "Segmentation", "Quantities", "Time", "Attribution", "Checks"]),
        // The claims database (SQLite through the system library).
        .target(name: "Store", dependencies: ["ClaimTraceCore", "CSQLite"]),
        .target(
            name: "Exporters",
            dependencies: ["ClaimTraceCore", "CLibXML2", "CZlib", "Store"]
        ),
        .executableTarget(
            name: "claimtrace",
            dependencies: [
                "ClaimTraceCore", "Readers", "Segmentation", "Quantities", "Time", "Attribution", "Checks", "Claims", "Store", "Exporters",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        // The libFuzzer target (built with -sanitize=fuzzer -DFUZZING) and, built plainly, its replay tool.
        .executableTarget(
            name: "claimtrace-fuzz",
            dependencies: ["ClaimTraceCore", "Readers", "Claims", "Exporters"]
        ),
        // Counts heap allocations by standing in for the C library's allocator; linked only into claimtrace-allocs.
        .target(name: "CMallocCounter"),
        // Allocations per stage on a fixed input, for the allocation budget the tests hold the stages to.
        .executableTarget(
            name: "claimtrace-allocs",
            dependencies: ["CMallocCounter", "ClaimTraceCore", "Readers", "Segmentation", "Quantities", "Time", "Attribution", "Checks",
                           "Claims", "Exporters"]
        ),
        // Paths and helpers for the tests; not part of the product.
        .target(name: "TestSupport", dependencies: ["ClaimTraceCore"], path: "Tests/TestSupport"),
        .testTarget(name: "ClaimTraceCoreTests", dependencies: ["ClaimTraceCore"]),
        .testTarget(name: "TokenRulesTests", dependencies: ["TokenRules", "Quantities", "Time", "Attribution", "Claims", "TestSupport"]),
        .testTarget(name: "TimeTests", dependencies: ["Time", "Claims", "TestSupport"]),
        .testTarget(name: "ChecksTests", dependencies: ["Checks", "Claims", "TestSupport"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Exporters", "Claims", "Readers", "CSQLite", "TestSupport"]),
        .testTarget(name: "ReadersTests", dependencies: ["Readers", "TestSupport"]),
        .testTarget(name: "SegmentationTests", dependencies: ["Segmentation", "Readers", "TestSupport"]),
        .testTarget(name: "QuantitiesTests", dependencies: ["Quantities"]),
        .testTarget(name: "AttributionTests", dependencies: ["Attribution", "Claims", "TestSupport"]),
        .testTarget(name: "ClaimsTests", dependencies: ["Claims", "Readers", "TestSupport"]),
        .testTarget(
            name: "ExportersTests",
            dependencies: [
                "Exporters", "Claims", "Readers", "CLibXML2", "TestSupport",
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: [
                "claimtrace", "claimtrace-fuzz", "Exporters", "CSQLite", "TestSupport", .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
    ]
)
