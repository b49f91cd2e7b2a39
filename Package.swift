// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ActorMap",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ActorMap", targets: ["ActorMap"]),
        .library(name: "ActorMapGraphviz", targets: ["ActorMapGraphviz"]),
        .executable(name: "actormap", targets: ["actormap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // `swift package generate-documentation`: the DocC catalogs in Sources/*/*.docc.
        // Plugins build only when run, so an ordinary build does not grow.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // `actormap serve`: a small HTTP server on sockets alone, without SwiftNIO's build.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // The core: model, formats, validation, snapshots, projections, metrics.
        // Pure Swift, so it builds and tests anywhere; Graphviz stays in its own target.
        .target(
            name: "ActorMap",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
                "CLibYAML",
            ]
        ),
        // libyaml's header, for reading YAML from its events. The functions are those of the
        // copy of libyaml Yams builds in, so nothing is linked here.
        .systemLibrary(
            name: "CLibYAML",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Graphviz's C libraries, found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // Layout and rendering in process; the only code that touches Graphviz's C pointers.
        .target(
            name: "ActorMapGraphviz",
            dependencies: ["ActorMap", "CGraphviz"]
        ),
        // `actormap serve`: the report of each map in a folder over HTTP, redrawn as files are saved.
        .target(
            name: "ActorMapServer",
            dependencies: [
                "ActorMap",
                "ActorMapGraphviz",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "actormap",
            dependencies: [
                "ActorMap",
                "ActorMapGraphviz",
                "ActorMapServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "LibraryTour",
            dependencies: ["ActorMap", "ActorMapGraphviz"],
            path: "Examples/LibraryTour"
        ),
        // Times the measures beside igraph, NetworKit and networkx: Benchmarks/run.sh.
        .executableTarget(
            name: "ActorMapBenchmarks",
            dependencies: ["ActorMap"],
            path: "Benchmarks/Swift"
        ),
        .testTarget(
            name: "ActorMapTests",
            dependencies: ["ActorMap"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ActorMapGraphvizTests",
            dependencies: ["ActorMapGraphviz"]
        ),
        .testTarget(
            name: "ActorMapServerTests",
            dependencies: ["ActorMapServer", "ActorMap", "ActorMapGraphviz"]
        ),
        // Runs the built `actormap` as a user would, checking its output and exit codes.
        .testTarget(
            name: "ActorMapCommandTests",
            dependencies: ["actormap"],
            // Read where they are, from the package's root folder, as the examples are.
            exclude: ["Fixtures"]
        ),
    ]
)
