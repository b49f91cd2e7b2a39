// Times ActorMap's measures on one edge list written by Benchmarks/generate_graphs.py and
// prints the times as one line of JSON, for Benchmarks/peers.py to set beside igraph,
// NetworKit and networkx.
//
//     ActorMapBenchmarks GRAPH.edges [--weighted] [--katz-alpha A] [--repeat 3] [--budget 30]
//                        [--only MEASURE,MEASURE…]
//
// Each measure runs `repeat` times (fewer once its runs together pass `budget` seconds) and
// its best time counts. After the last measure the process reports its peak resident
// memory, which therefore covers every measure on the graph.

import ActorMap
import Foundation

struct Options {
    var path = ""
    var weighted = false
    var katzAlpha = 0.01
    var repeatCount = 3
    var budget = 30.0
    /// The measures to time; all of them when empty.
    var only: Set<String> = []

    init(_ arguments: [String]) {
        var rest = arguments.makeIterator()
        while let argument = rest.next() {
            switch argument {
            case "--weighted": weighted = true
            case "--katz-alpha": katzAlpha = Double(rest.next() ?? "") ?? katzAlpha
            case "--repeat": repeatCount = Int(rest.next() ?? "") ?? repeatCount
            case "--budget": budget = Double(rest.next() ?? "") ?? budget
            case "--only": only = Set((rest.next() ?? "").split(separator: ",").map(String.init))
            default: path = argument
            }
        }
    }
}

/// Reads `n m directed` and then `from to weight` lines into a projection.
///
/// Actors fall into the generator's blocks of 100, which take turns among six groups, so
/// that brokerage has groups to broker between.
func readEdgeList(at path: String, weighted: Bool) throws -> Projection {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    var position = 0
    func nextNumber() -> Int {
        while position < bytes.count, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            position += 1
        }
        var value = 0
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            position += 1
        }
        return value
    }
    let nodeCount = nextNumber(), tieCount = nextNumber(), directed = nextNumber() == 1
    var arcs: [Projection.Arc] = []
    arcs.reserveCapacity(directed ? tieCount : 2 * tieCount)
    for _ in 0..<tieCount {
        let from = nextNumber(), to = nextNumber(), weight = Double(nextNumber())
        arcs.append(Projection.Arc(from: from, to: to, weight: weight))
        if !directed { arcs.append(Projection.Arc(from: to, to: from, weight: weight)) }
    }
    return Projection(
        nodeCount: nodeCount, arcs: arcs, directed: directed, weighted: weighted,
        groupIndices: (0..<nodeCount).map { $0 / 100 % 6 })
}

/// A figure that sums up a measure's result, for checking it against networkx's; it weighs
/// each actor's value by its position, so that values swapped between actors show.
protocol Checked {
    var check: Double { get }
}

extension Array: Checked where Element: BinaryFloatingPoint {
    var check: Double {
        var total = 0.0
        for (node, value) in enumerated() where value.isFinite { total += Double(value) * Double(node % 10 + 1) }
        return total
    }
}

struct Counts: Checked {
    var values: [Int]
    var check: Double { values.map(Double.init).check }
}

struct Figure: Checked {
    var check: Double
}

let clock = ContinuousClock()

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

/// A measure that takes milliseconds runs again until its runs add up to this many seconds,
/// at most `quickRuns` times, as in peers.py: the best of three such runs mostly measures
/// whether the caches were warm.
let quickSeconds = 0.25
let quickRuns = 200

/// The best of `repeatCount` runs (more, up to `quickRuns`, while they add up to less than
/// `quickSeconds`; fewer once they pass the budget), and the result of the last.
func time<Result>(
    _ options: Options, _ compute: () throws(UndefinedMeasure) -> Result
) throws(UndefinedMeasure) -> (seconds: Double, result: Result) {
    var best = Double.infinity, spent = 0.0
    var result: Result? = nil
    var runs = 0
    while runs < max(1, options.repeatCount) || (spent < quickSeconds && runs < quickRuns) {
        runs += 1
        let start = clock.now
        result = try compute()
        let elapsed = seconds(start.duration(to: clock.now))
        best = min(best, elapsed)
        spent += elapsed
        if spent > options.budget { break }
    }
    return (best, result!)
}

/// The value of a line such as `VmHWM:   12345 kB` in /proc/self/status, in megabytes.
func memoryMegabytes(_ field: String) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? .nan
        return kilobytes / 1024
    }
    return .nan
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let loadStart = clock.now
let graph = try readEdgeList(at: options.path, weighted: options.weighted)
let loadSeconds = seconds(loadStart.duration(to: clock.now))
let baseline = memoryMegabytes("VmRSS")
// The β `actormap metrics` uses, found before the timing starts.
let bonacichBeta = graph.defaultBonacichBeta

let measures: [(name: String, compute: () throws(UndefinedMeasure) -> any Checked)] = [
    ("degree", { Figure(check: graph.degrees().degreeCentrality.check) }),
    ("paths", { let paths = graph.pathMeasures(); return Figure(check: paths.betweenness.check) }),
    ("betweenness", { graph.betweenness() }),
    ("closeness", { graph.closeness() }),
    ("harmonic", { graph.harmonic() }),
    ("eigenvector", { () throws(UndefinedMeasure) in try graph.eigenvectorCentrality() }),
    ("pagerank", { () throws(UndefinedMeasure) in try graph.pageRank() }),
    ("katz", { () throws(UndefinedMeasure) in try graph.katzCentrality(alpha: options.katzAlpha) }),
    ("hits", { () throws(UndefinedMeasure) in
        let scores = try graph.hits()
        return Figure(check: scores.hubs.check + scores.authorities.check)
    }),
    ("constraint", { graph.constraint() }),
    ("effective_size", { graph.effectiveSize() }),
    ("core_number", { Counts(values: graph.coreNumbers()) }),
    ("clustering", { graph.clustering() }),
    ("louvain", { () throws(UndefinedMeasure) in
        let communities = graph.louvainCommunities(seed: 0)
        return Figure(check: try graph.modularity(of: communities))
    }),
    ("bonacich", { () throws(UndefinedMeasure) in try graph.bonacichPower(beta: bonacichBeta) }),
    ("brokerage", { Counts(values: graph.brokerage().total) }),
]

var seconds: [String: Double] = [:]
var checks: [String: Double] = [:]
var notes: [String: String] = [:]
for measure in measures where options.only.isEmpty || options.only.contains(measure.name) {
    do {
        let (best, result) = try time(options, measure.compute)
        seconds[measure.name] = best
        checks[measure.name] = result.check
    } catch {
        notes[measure.name] = "undefined: \(error)"
    }
}

let report: [String: Any] = [
    "tool": "ActorMap", "threads": ProcessInfo.processInfo.activeProcessorCount,
    "graph": URL(fileURLWithPath: options.path).lastPathComponent, "weighted": options.weighted,
    "load_seconds": loadSeconds, "seconds": seconds, "checks": checks, "notes": notes,
    "baseline_rss_mb": baseline, "peak_rss_mb": memoryMegabytes("VmHWM"),
]
let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
