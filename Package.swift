// swift-tools-version: 6.1
//
// Hemicycle — parliamentary vote and legislation analysis from official open data.
//
// Layers (dependencies point one way; each module and the modules it depends on):
//
//   hemicycle (executable)            → HemicycleCLI: the everyday commands, no network module linked
//   hemicycle-online (executable)     → HemicycleOnlineCLI → HemicycleCLI, HemicycleServer, HemicycleUpdate
//                                       (`serve`, `update`: `hemicycle serve|update …` execs it, see CompanionCommand)
//   HemicycleCLI                      → every module below but HemicycleServer and HemicycleUpdate
//   HemicycleServer (Hummingbird)     → HemicycleDocuments, HemicycleReport, HemicycleStore, HemicycleAnalytics
//   HemicycleUpdate (AsyncHTTPClient) → HemicycleIngest, HemicycleDocuments, HemicycleStore, HemicycleImport
//   HemicycleDocuments                → HemicycleReport, HemicycleStore (each report read from the store, for every face)
//   HemicycleIngest                   → HemicycleImport, HemicycleStore, HemicycleLegislation, HemicycleCSV
//   HemicycleReport                   → HemicycleAnalytics, HemicycleLegislation, HemicycleCSV
//   HemicycleImport                   → HemicycleCSV → CLibCSV (libcsv)
//   every module but HemicycleCSV     → HemicycleModel (HemicycleStore, HemicycleAnalytics, HemicycleLegislation: only it)
import PackageDescription

let package = Package(
    name: "Hemicycle",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hemicycle", targets: ["hemicycle"]),
        .executable(name: "hemicycle-online", targets: ["hemicycle-online"]),
        .library(name: "HemicycleModel", targets: ["HemicycleModel"]),
        .library(name: "HemicycleCSV", targets: ["HemicycleCSV"]),
        .library(name: "HemicycleImport", targets: ["HemicycleImport"]),
        .library(name: "HemicycleStore", targets: ["HemicycleStore"]),
        .library(name: "HemicycleAnalytics", targets: ["HemicycleAnalytics"]),
        .library(name: "HemicycleLegislation", targets: ["HemicycleLegislation"]),
        .library(name: "HemicycleReport", targets: ["HemicycleReport"]),
        .library(name: "HemicycleServer", targets: ["HemicycleServer"]),
        .library(name: "HemicycleDocuments", targets: ["HemicycleDocuments"]),
        .library(name: "HemicycleIngest", targets: ["HemicycleIngest"]),
        .library(name: "HemicycleUpdate", targets: ["HemicycleUpdate"]),
        .library(name: "HemicycleCLI", targets: ["HemicycleCLI"]),
        .library(name: "HemicycleOnlineCLI", targets: ["HemicycleOnlineCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/drmohundro/SWXMLHash", from: "8.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // The C library libcsv (Debian: libcsv-dev), wrapped once; see HemicycleCSV.
        .systemLibrary(
            name: "CLibCSV",
            providers: [.apt(["libcsv-dev"]), .brew(["libcsv"])]
        ),
        .target(name: "HemicycleCSV", dependencies: ["CLibCSV"]),
        // glibc's <malloc.h> (`mallopt`), for the `hemicycle` executable's allocator setting.
        .systemLibrary(name: "CMalloc"),
        .target(name: "HemicycleModel"),
        .target(
            name: "HemicycleImport",
            dependencies: [
                "HemicycleModel", "HemicycleCSV",
                // For its zlib module (CZlib on Linux), which ZipReader inflates with; tests and
                // benchmarks also write zips with ZIPFoundation itself.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "HemicycleStore",
            dependencies: [
                "HemicycleModel", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
                // SHA-256 of the packed votes (PackedVotes.Checksums).
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "HemicycleAnalytics",
            dependencies: ["HemicycleModel"]
        ),
        .target(
            name: "HemicycleLegislation",
            dependencies: ["HemicycleModel", .product(name: "SWXMLHash", package: "SWXMLHash")]
        ),
        .target(
            name: "HemicycleReport",
            dependencies: ["HemicycleModel", "HemicycleAnalytics", "HemicycleCSV", "HemicycleLegislation"]
        ),
        // The loading step of the reports both faces build (command line, server): the store's
        // queries, then the report, in one place (see HemicycleDocuments.docc).
        .target(
            name: "HemicycleDocuments",
            dependencies: ["HemicycleModel", "HemicycleAnalytics", "HemicycleStore", "HemicycleReport"]
        ),
        // The one import pipeline (dumps, legislative files, registers): readers → store, with the
        // linking rules of HemicycleLegislation; see ImportPipeline for why it is a module.
        .target(
            name: "HemicycleIngest",
            dependencies: ["HemicycleModel", "HemicycleImport", "HemicycleStore", "HemicycleLegislation", "HemicycleCSV"]
        ),
        // `hemicycle update`: downloads the official dumps (conditional, checked, retried) and imports
        // what changed through the store's atomic import.
        .target(
            name: "HemicycleUpdate",
            dependencies: [
                "HemicycleModel", "HemicycleImport", "HemicycleStore", "HemicycleIngest",
                // The watches' matching (WatchMatcher), for the summary's watched new ballots.
                "HemicycleDocuments",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The everyday commands. Never the network modules (HemicycleServer, HemicycleUpdate: Hummingbird,
        // NIO, AsyncHTTPClient): `hemicycle ballot 773` as a process is mostly the loading of its binary.
        .target(
            name: "HemicycleCLI",
            dependencies: [
                "HemicycleModel", "HemicycleImport", "HemicycleStore", "HemicycleAnalytics",
                "HemicycleIngest", "HemicycleLegislation", "HemicycleReport", "HemicycleCSV", "HemicycleDocuments",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `serve` and `update`, the commands that link the network modules, for the companion executable.
        .target(
            name: "HemicycleOnlineCLI",
            dependencies: [
                "HemicycleCLI", "HemicycleServer", "HemicycleUpdate", "HemicycleStore", "HemicycleModel", "HemicycleReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `hemicycle serve`: the same documents as the CLI, as web pages and a data API (Hummingbird 2).
        .target(
            name: "HemicycleServer",
            dependencies: [
                // The watches' Atom feeds (HemicycleDocuments' WatchFeed), the same bytes as `hemicycle feed`.
                "HemicycleModel", "HemicycleStore", "HemicycleAnalytics", "HemicycleReport", "HemicycleDocuments",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(name: "hemicycle", dependencies: ["HemicycleCLI", "CMalloc"]),
        .executableTarget(name: "hemicycle-online", dependencies: ["HemicycleOnlineCLI"]),
        // `swift run -c release hemicycle-benchmarks [--scaling]`: import and report times against the floor,
        // or (--scaling) ten synthetic legislatures against one.
        .executableTarget(
            name: "hemicycle-benchmarks",
            dependencies: ["HemicycleCLI", "HemicycleImport", "HemicycleStore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Benchmarks/HemicycleBenchmarks"
        ),

        // libFuzzer targets (`bash Tests/Fuzz/fuzz.sh NAME`); in a normal build they replay the
        // files given as arguments.
        .target(name: "HemicycleFuzzSupport", path: "Tests/Fuzz/Support"),
        .executableTarget(name: "FuzzANJSON", dependencies: ["HemicycleFuzzSupport", "HemicycleImport"], path: "Tests/Fuzz/FuzzANJSON"),
        .executableTarget(name: "FuzzCSV", dependencies: ["HemicycleFuzzSupport", "HemicycleCSV"], path: "Tests/Fuzz/FuzzCSV"),
        .executableTarget(name: "FuzzZip", dependencies: ["HemicycleFuzzSupport", "HemicycleImport"], path: "Tests/Fuzz/FuzzZip"),
        .executableTarget(name: "FuzzAkomaNtoso", dependencies: ["HemicycleFuzzSupport", "HemicycleLegislation"], path: "Tests/Fuzz/FuzzAkomaNtoso"),
        .executableTarget(name: "FuzzDecision", dependencies: ["HemicycleFuzzSupport", "HemicycleLegislation", "HemicycleModel"], path: "Tests/Fuzz/FuzzDecision"),
        .executableTarget(name: "FuzzDispositif", dependencies: ["HemicycleFuzzSupport", "HemicycleLegislation", "HemicycleModel"], path: "Tests/Fuzz/FuzzDispositif"),

        // Shared helpers for the test targets (locating ../shared/data, fixtures).
        .target(name: "HemicycleTestSupport", path: "Tests/HemicycleTestSupport"),
        // Helpers of the suites that run the command line: the in-process runner, the shipped
        // databases built once per test process, headless Chromium.
        .target(
            name: "HemicycleCLITestSupport",
            dependencies: ["HemicycleTestSupport", "HemicycleCLI", "HemicycleOnlineCLI", "HemicycleStore"],
            path: "Tests/HemicycleCLITestSupport"
        ),

        .testTarget(name: "HemicycleModelTests", dependencies: ["HemicycleTestSupport", "HemicycleModel"]),
        .testTarget(name: "HemicycleCSVTests", dependencies: ["HemicycleTestSupport", "HemicycleCSV"]),
        .testTarget(
            name: "HemicycleImportTests",
            dependencies: ["HemicycleTestSupport", "HemicycleImport", "HemicycleModel", "HemicycleCSV", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "HemicycleStoreTests", dependencies: ["HemicycleTestSupport", "HemicycleStore", "HemicycleImport", "HemicycleModel", "HemicycleLegislation", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "HemicycleAnalyticsTests", dependencies: ["HemicycleTestSupport", "HemicycleAnalytics", "HemicycleModel"]),
        .testTarget(name: "HemicycleLegislationTests", dependencies: ["HemicycleTestSupport", "HemicycleLegislation", "HemicycleModel", "HemicycleImport", "HemicycleCSV"]),
        .testTarget(name: "HemicycleReportTests", dependencies: ["HemicycleTestSupport", "HemicycleReport", "HemicycleModel", "HemicycleAnalytics", "HemicycleCSV", "HemicycleLegislation"]),
        .testTarget(
            name: "HemicycleServerTests",
            dependencies: [
                "HemicycleTestSupport", "HemicycleCLITestSupport", "HemicycleServer", "HemicycleStore", "HemicycleModel", "HemicycleReport", "HemicycleCLI", "HemicycleCSV",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ]
        ),
        .testTarget(
            name: "HemicycleUpdateTests",
            dependencies: [
                "HemicycleTestSupport", "HemicycleUpdate", "HemicycleIngest", "HemicycleStore", "HemicycleImport", "HemicycleModel", "HemicycleReport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "HemicycleCLITests", dependencies: ["HemicycleTestSupport", "HemicycleCLITestSupport", "HemicycleCLI", "HemicycleOnlineCLI", "HemicycleUpdate", "HemicycleStore", "HemicycleIngest", "HemicycleModel", "HemicycleCSV", "HemicycleReport", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
