// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Rota",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rota", targets: ["rota"]),
        .library(name: "RotaKit", targets: ["RotaKit"]),
    ],
    dependencies: [
        // Command line
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Scenario files (YAML, and JSON through the same parser so errors carry line numbers)
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Benchmarks (`swift package benchmark`, Benchmarks/README.md); only the malloc-interposer
        // trait, as the default traits need a package that is not mirrored here
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // GLPK: the system library, and a tiny C guard around its error hook
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        .target(
            name: "GLPKGuard",
            dependencies: ["CGLPK"]
        ),

        // Solver-agnostic mixed-integer programming layer (GLPK is its only backend)
        .target(
            name: "MIP",
            dependencies: ["CGLPK", "GLPKGuard"]
        ),

        // The domain: scenario, calendar, formulation, checker, formats
        .target(
            name: "RotaKit",
            dependencies: ["MIP", .product(name: "Yams", package: "Yams")]
        ),

        // The command line
        .executableTarget(
            name: "rota",
            dependencies: ["RotaKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Benchmarks: model building, solving and the parts around them, at four team sizes
        .executableTarget(
            name: "RotaBenchmarks",
            dependencies: ["RotaKit", "MIP", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/RotaBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),

        // Tests. TestSupport finds the package root, its scenarios and fixtures, and runs the
        // built binary, for the tests that read files (MIPTests reads none). The CLI tests need
        // the `rota` executable, not RotaKit: depending on it makes `swift test` build it.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "MIPTests", dependencies: ["MIP"]),
        .testTarget(name: "RotaKitTests", dependencies: ["RotaKit", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RotaCLITests", dependencies: ["rota", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// Fuzz targets for the readers, only when asked for (`ROTA_FUZZ=1`): they are built with
// `-sanitize=fuzzer,address`, which the ordinary build and test must not need. See scripts/fuzz.sh.
if Context.environment["ROTA_FUZZ"] != nil {
    package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"))
    for reader in ["Scenario", "ScheduleJSON", "ScheduleCSV", "ICalendar", "Paging"] {
        package.targets.append(
            .executableTarget(name: "Fuzz\(reader)", dependencies: ["RotaKit", "FuzzDriver"], path: "Fuzz/Fuzz\(reader)"))
    }
}
