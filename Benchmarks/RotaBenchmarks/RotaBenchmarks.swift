import Benchmark
import Foundation
import MIP
import RotaKit

/// Rota's benchmarks: for the seed team and three generated teams, every step from scenario
/// text to plan that does not involve the checker — generating, reading, building the integer
/// program, loading it into GLPK (through the MPS export), and planning (solve and decode).
///
/// `swift package benchmark` runs them all; `scripts/bench-ci.sh` runs the seed and the
/// 20-person team against the committed baseline. See Benchmarks/README.md.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        warmupIterations: 1,
        maxDuration: .seconds(2),
        maxIterations: 30,
        thresholds: RotaThresholds.timing)

    for size in BenchmarkSize.all {
        let text = size.scenarioText()

        if let options = size.generator {
            Benchmark("generate/\(size.name)") { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(try? ScenarioGenerator(options).generate().yaml)
                }
            }
        }

        Benchmark("read/\(size.name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? ScenarioReader.read(text, file: size.file).scenario)
            }
        }

        let scenario = size.scenario()

        Benchmark(
            "formulate/\(size.name)",
            configuration: .init(
                metrics: Benchmark.defaultConfiguration.metrics + RotaMetrics.modelSize,
                thresholds: RotaThresholds.timing.merging(RotaThresholds.modelSize) { $1 })
        ) { benchmark in
            var model: Model?
            for _ in benchmark.scaledIterations {
                let input = PlanningInput(scenario: scenario)
                blackHole(FeasibilityCheck.conflicts(in: input))
                model = Formulation(input).model
            }
            if let model {
                benchmark.measurement(RotaMetrics.rows, model.constraintCount)
                benchmark.measurement(RotaMetrics.columns, model.variableCount)
                benchmark.measurement(RotaMetrics.nonzeros, model.constraints.reduce(0) { $0 + $1.expression.coefficients.count })
            }
        }

        Benchmark(
            "export-mps/\(size.name)",
            configuration: .init(maxDuration: .seconds(2), maxIterations: size.exportIterations)
        ) { benchmark, model in
            for _ in benchmark.scaledIterations {
                blackHole(try? GLPKSolver().export(model, format: .mps))
            }
        } setup: {
            Formulation(PlanningInput(scenario: scenario)).model
        }

        Benchmark(
            "plan/\(size.name)",
            configuration: .init(
                metrics: Benchmark.defaultConfiguration.metrics + RotaMetrics.planQuality,
                timeUnits: .milliseconds,
                warmupIterations: 0,
                maxDuration: .seconds(20),
                maxIterations: size.planIterations,
                thresholds: RotaThresholds.timing.merging(RotaThresholds.planQuality) { $1 })
        ) { benchmark in
            var outcome: Schedule?
            for _ in benchmark.scaledIterations {
                outcome = try? Planner(options: SolveOptions(timeLimit: BenchmarkSize.timeLimit)).plan(PlanningInput(scenario: scenario))
            }
            let status = outcome?.solver?.status
            benchmark.measurement(RotaMetrics.status, status == "optimal" ? 2 : status == nil ? 0 : 1)
            benchmark.measurement(RotaMetrics.maxDeviation, Int(((outcome?.solver?.objective ?? 99) * 1e6).rounded()))
        }
    }
}

/// The team sizes, each a scenario committed under Scenarios/.
struct BenchmarkSize: Sendable {
    /// Part of every benchmark's name: `seed`, `20p-52w-1r-20pl` (people, weeks, roles, pipelines).
    var name: String
    /// The scenario file, relative to Scenarios/.
    var file: String
    /// The options that generated the file, when it was generated.
    var generator: ScenarioGenerator.Options?
    var planIterations: Int
    var exportIterations: Int

    /// Seconds a plan may take before it stops with the best plan found.
    static let timeLimit = 60.0

    static let all = [
        BenchmarkSize(name: "seed", file: "data-pipelines.yaml", generator: nil, planIterations: 30, exportIterations: 30),
        BenchmarkSize(
            name: "20p-52w-1r-20pl", file: "generated-20p-52w-1r-20pl.yaml",
            generator: .init(people: 20, weeks: 52, roles: 1, pipelines: 20, awayRate: 0.1, seed: 1), planIterations: 5, exportIterations: 10),
        BenchmarkSize(
            name: "50p-52w-2r-100pl", file: "generated-50p-52w-2r-100pl.yaml",
            generator: .init(people: 50, weeks: 52, roles: 2, pipelines: 100, awayRate: 0.08, seed: 1), planIterations: 3, exportIterations: 5),
        BenchmarkSize(
            name: "100p-104w-2r-200pl", file: "generated-100p-104w-2r-200pl.yaml",
            generator: .init(people: 100, weeks: 104, roles: 2, pipelines: 200, awayRate: 0.1, seed: 1), planIterations: 2, exportIterations: 3),
    ]

    /// The package root: this file is Benchmarks/RotaBenchmarks/RotaBenchmarks.swift.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func scenarioText() -> String {
        let url = Self.packageRoot.appendingPathComponent("Scenarios").appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { fatalError("cannot read \(url.path)") }
        return text
    }

    func scenario() -> Scenario {
        do {
            return try ScenarioReader.read(scenarioText(), file: file).scenario
        } catch {
            fatalError("\(file): \(error)")
        }
    }
}

/// Measurements of our own, exact rather than timed, so they do not drift on a busy machine.
enum RotaMetrics {
    static var rows: BenchmarkMetric { .custom("model rows", polarity: .prefersSmaller, useScalingFactor: false) }
    static var columns: BenchmarkMetric { .custom("model columns", polarity: .prefersSmaller, useScalingFactor: false) }
    static var nonzeros: BenchmarkMetric { .custom("model nonzeros", polarity: .prefersSmaller, useScalingFactor: false) }
    /// 2 proven optimal, 1 a plan not proven optimal, 0 no plan within the time limit.
    static var status: BenchmarkMetric { .custom("plan status", polarity: .prefersLarger, useScalingFactor: false) }
    /// The largest deviation from a fair share, in millionths of a week (99 weeks without a plan).
    static var maxDeviation: BenchmarkMetric { .custom("max deviation (1e-6 weeks)", polarity: .prefersSmaller, useScalingFactor: false) }

    static var modelSize: [BenchmarkMetric] { [rows, columns, nonzeros] }
    static var planQuality: [BenchmarkMetric] { [status, maxDeviation] }
}

/// How far a run may drift from the baseline before `baseline check` calls it a regression.
///
/// Generous for time: CI runs on two shared cores, where the same solve was seen to vary by a
/// factor of two under load; CPU time is reported but not checked (it is counted in 10 ms ticks,
/// coarser than most of these benchmarks). Tight for what does not depend on load: allocations,
/// model size, the plan's status and its fairness.
enum RotaThresholds {
    static var timing: [BenchmarkMetric: BenchmarkThresholds] {
        [
            .wallClock: .init(relative: [.p50: 150]),
            // Reported, not checked: see above. (A metric left out here gets the strict default.)
            .cpuTotal: .init(relative: [:], absolute: [:]),
            .peakMemoryResident: .init(relative: [.p50: 35]),
            .mallocCountTotal: .init(relative: [.p50: 25]),
        ]
    }
    static var modelSize: [BenchmarkMetric: BenchmarkThresholds] {
        [
            RotaMetrics.rows: .init(relative: [.p50: 10]),
            RotaMetrics.columns: .init(relative: [.p50: 10]),
            RotaMetrics.nonzeros: .init(relative: [.p50: 10]),
        ]
    }
    static var planQuality: [BenchmarkMetric: BenchmarkThresholds] {
        [
            RotaMetrics.status: .init(absolute: [.p50: 0]),
            RotaMetrics.maxDeviation: .init(absolute: [.p50: 1]),
        ]
    }
}
