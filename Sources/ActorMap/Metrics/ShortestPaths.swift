import Dispatch
import Foundation

/// Betweenness, closeness and harmonic centrality, from one shortest-path traversal per
/// actor.
///
/// Each array is indexed by node. See `Projection.betweenness()`, `Projection.closeness()`
/// and `Projection.harmonic()` for the definitions, which are networkx's defaults.
public struct PathMeasures: Sendable {
    /// networkx's `betweenness_centrality` (normalised, endpoints excluded).
    public var betweenness: [Double]
    /// networkx's `closeness_centrality` (Wasserman–Faust scaling, incoming distances).
    public var closeness: [Double]
    /// networkx's `harmonic_centrality` (incoming distances).
    public var harmonic: [Double]
    /// Whether path lengths were sums of 1 / weight rather than numbers of ties.
    public let usesWeights: Bool
    /// Whether paths followed the direction of ties.
    public let isDirected: Bool

    /// The sums the measures derive from, kept for the centralisation indices.
    let totals: ShortestPathTotals
}

extension Projection {
    /// Computes betweenness, closeness and harmonic centrality together, with one
    /// shortest-path traversal from each actor.
    ///
    /// A traversal from source *s* finds, for every actor *t* it reaches, the distance
    /// d(*s*, *t*) and the number of shortest paths σ(*s*, *t*), and records for each actor the
    /// neighbours it is reached through. Walking back from the farthest actor gives *s*'s
    /// dependency on every actor (Brandes 2001), and each reached *t* gains d(*s*, *t*) and
    /// 1 / d(*s*, *t*) towards its closeness and harmonic centrality. Closeness and harmonic
    /// centrality therefore use distances *to* an actor, as networkx does for directed graphs.
    ///
    /// Unweighted projections are traversed breadth first. Weighted projections use
    /// Dijkstra's algorithm with length 1 / weight, so a strong tie is a short one; like
    /// networkx, two paths are equally short only when their floating-point lengths are
    /// equal, so sums that differ in the last bit are not ties.
    ///
    /// The sources are split into a fixed number of chunks that run on all cores; their
    /// sums are combined in chunk order, so the results are identical, bit for bit, however
    /// many cores there are.
    ///
    /// Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of
    /// Mathematical Sociology* 25(2), 163–177.
    ///
    /// - Complexity: O(*n*·*m*) time unweighted and O(*n*·*m* log *n*) weighted, for *n*
    ///   actors and *m* ties; O(*n* + *m*) memory per core.
    public func pathMeasures() -> PathMeasures {
        PathMeasures(shortestPathTotals(usingWeights: isWeighted), isDirected: isDirected)
    }
}

extension PathMeasures {
    init(_ totals: ShortestPathTotals, isDirected: Bool) {
        self.betweenness = totals.normalizedBetweenness()
        self.closeness = totals.closeness()
        self.harmonic = totals.inverseDistanceSum
        self.usesWeights = totals.usesWeights
        self.isDirected = isDirected
        self.totals = totals
    }
}

/// Sums over all sources of what each shortest-path traversal finds.
struct ShortestPathTotals: Sendable {
    let usesWeights: Bool
    /// For each actor *v*, Σₛ δₛ(*v*): how much the shortest paths between ordered pairs of
    /// other actors depend on *v* (Brandes 2001), not yet normalised.
    var dependency: [Double]
    /// For each actor *t*, Σₛ d(*s*, *t*) over the other actors *s* that reach it.
    var distanceSum: [Double]
    /// For each actor *t*, Σₛ 1 / d(*s*, *t*) over the other actors *s* that reach it.
    var inverseDistanceSum: [Double]
    /// For each actor *t*, the number of other actors that reach it.
    var reachCount: [Int]

    var nodeCount: Int { dependency.count }

    init(nodeCount: Int, usesWeights: Bool) {
        self.usesWeights = usesWeights
        dependency = [Double](repeating: 0, count: nodeCount)
        distanceSum = dependency
        inverseDistanceSum = dependency
        reachCount = [Int](repeating: 0, count: nodeCount)
    }

    mutating func add(_ other: ShortestPathTotals) {
        for node in 0..<nodeCount {
            dependency[node] += other.dependency[node]
            distanceSum[node] += other.distanceSum[node]
            inverseDistanceSum[node] += other.inverseDistanceSum[node]
            reachCount[node] += other.reachCount[node]
        }
    }
}

extension Projection {
    /// The number of chunks the sources are split into. Fixed, so that the order in which
    /// floating-point sums are combined does not depend on the number of cores.
    static let sourceChunkCount = 64

    /// Runs one traversal from every node and sums what they find.
    ///
    /// - Parameters:
    ///   - usingWeights: whether path lengths are sums of 1 / weight (Dijkstra) rather than
    ///     numbers of arcs (breadth first).
    ///   - concurrently: whether chunks run on all cores; the result is the same either way.
    func shortestPathTotals(usingWeights: Bool, concurrently: Bool = true) -> ShortestPathTotals {
        let n = nodeCount
        let lengths = usingWeights ? outWeights.map { 1 / $0 } : []
        let chunkCount = Swift.min(n, Self.sourceChunkCount)
        let combiner = ChunkCombiner(nodeCount: n, chunkCount: chunkCount, usesWeights: usingWeights)
        let traverseChunk: @Sendable (Int) -> Void = { chunk in
            var traversal = SourceTraversal(self, lengths: lengths)
            var totals = ShortestPathTotals(nodeCount: n, usesWeights: usingWeights)
            for source in n * chunk / chunkCount ..< n * (chunk + 1) / chunkCount {
                if usingWeights {
                    traversal.searchByDistance(from: source)
                } else {
                    traversal.searchBreadthFirst(from: source)
                }
                traversal.accumulate(from: source, into: &totals)
            }
            combiner.add(totals, chunk: chunk)
        }
        if concurrently {
            DispatchQueue.concurrentPerform(iterations: chunkCount, execute: traverseChunk)
        } else {
            (0..<chunkCount).forEach(traverseChunk)
        }
        return combiner.total
    }
}

/// Adds chunk totals into the grand total strictly in chunk order, holding back chunks that
/// finish early, so that at most a few chunk totals are alive at once.
private final class ChunkCombiner: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [ShortestPathTotals?]
    private var nextChunk = 0
    private(set) var total: ShortestPathTotals

    init(nodeCount: Int, chunkCount: Int, usesWeights: Bool) {
        waiting = Array(repeating: nil, count: chunkCount)
        total = ShortestPathTotals(nodeCount: nodeCount, usesWeights: usesWeights)
    }

    func add(_ totals: ShortestPathTotals, chunk: Int) {
        lock.withLock {
            waiting[chunk] = totals
            while nextChunk < waiting.count, let ready = waiting[nextChunk] {
                total.add(ready)
                waiting[nextChunk] = nil
                nextChunk += 1
            }
        }
    }
}

/// The work arrays of shortest-path searches from one source after another, allocated once
/// and reset after each source only where the search reached.
private struct SourceTraversal {
    private let offsets: [Int]
    private let targets: [Int]
    private let lengths: [Double]
    /// Where each node's predecessors start in `predecessors`: a node has at most as many
    /// as it has incoming arcs.
    private let predecessorOffsets: [Int]

    private var distance: [Double]
    /// σ(s, v), the number of shortest paths from the source; a Double, as in networkx,
    /// because it can outgrow any integer.
    private var pathCount: [Double]
    private var dependency: [Double]
    /// The nodes in the order their distance became final.
    private var settled: [Int]
    private var predecessors: [Int]
    private var predecessorCount: [Int]
    private var isSettled: [Bool]
    private var frontier = DistanceHeap()

    init(_ graph: Projection, lengths: [Double]) {
        let n = graph.nodeCount
        offsets = graph.outOffsets
        targets = graph.outTargets
        self.lengths = lengths
        predecessorOffsets = graph.inOffsets
        distance = [Double](repeating: .infinity, count: n)
        pathCount = [Double](repeating: 0, count: n)
        dependency = pathCount
        settled = []
        settled.reserveCapacity(n)
        predecessors = [Int](repeating: 0, count: graph.arcCount)
        predecessorCount = [Int](repeating: 0, count: n)
        isSettled = [Bool](repeating: false, count: n)
    }

    private mutating func reach(_ node: Int, at length: Double, pathCount count: Double) {
        distance[node] = length
        pathCount[node] = count
        predecessorCount[node] = 0
    }

    private mutating func addPredecessor(_ predecessor: Int, of node: Int) {
        predecessors[predecessorOffsets[node] + predecessorCount[node]] = predecessor
        predecessorCount[node] += 1
    }

    /// Breadth-first search, as networkx's `_single_source_shortest_path_basic`.
    mutating func searchBreadthFirst(from source: Int) {
        reach(source, at: 0, pathCount: 1)
        settled.append(source)
        var next = settled.count - 1
        while next < settled.count {
            let node = settled[next]
            next += 1
            let step = distance[node] + 1
            for arc in offsets[node]..<offsets[node + 1] {
                let target = targets[arc]
                if distance[target] == .infinity {
                    reach(target, at: step, pathCount: 0)
                    settled.append(target)
                }
                if distance[target] == step {
                    pathCount[target] += pathCount[node]
                    addPredecessor(node, of: target)
                }
            }
        }
    }

    /// Dijkstra's algorithm, with the same tests as networkx's
    /// `_single_source_dijkstra_path_basic`: a strictly shorter path replaces the
    /// predecessors, an exactly equal one adds to them.
    mutating func searchByDistance(from source: Int) {
        reach(source, at: 0, pathCount: 1)
        frontier.insert(source, at: 0)
        while let (node, length) = frontier.popNearest() {
            // A node's nearest entry comes out first; later ones are overtaken paths.
            guard !isSettled[node] else { continue }
            isSettled[node] = true
            settled.append(node)
            for arc in offsets[node]..<offsets[node + 1] {
                let target = targets[arc]
                let candidate = length + lengths[arc]
                if !isSettled[target], candidate < distance[target] {
                    reach(target, at: candidate, pathCount: pathCount[node])
                    addPredecessor(node, of: target)
                    frontier.insert(target, at: candidate)
                } else if candidate == distance[target], candidate < .infinity {
                    // An equally short path; the second test keeps a tie of weight 0,
                    // infinitely long, from joining a node nothing has reached.
                    pathCount[target] += pathCount[node]
                    addPredecessor(node, of: target)
                }
            }
        }
    }

    /// Walks the settled nodes from the farthest back, accumulating dependencies as
    /// networkx's `_accumulate_basic` does, adds what the source contributes to `totals`,
    /// and clears the work arrays for the next source.
    mutating func accumulate(from source: Int, into totals: inout ShortestPathTotals) {
        while let node = settled.popLast() {
            let share = (1 + dependency[node]) / pathCount[node]
            let first = predecessorOffsets[node]
            for predecessor in predecessors[first..<first + predecessorCount[node]] {
                dependency[predecessor] += pathCount[predecessor] * share
            }
            if node != source {
                totals.dependency[node] += dependency[node]
                totals.distanceSum[node] += distance[node]
                totals.inverseDistanceSum[node] += 1 / distance[node]
                totals.reachCount[node] += 1
            }
            distance[node] = .infinity
            pathCount[node] = 0
            dependency[node] = 0
            isSettled[node] = false
        }
    }
}

/// A binary min-heap of (node, tentative distance) entries. Entries that a shorter path
/// has overtaken stay in the heap and are skipped when they come out.
private struct DistanceHeap {
    private var entries: [(node: Int, distance: Double)] = []

    mutating func insert(_ node: Int, at distance: Double) {
        entries.append((node, distance))
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].distance < entries[parent].distance else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    mutating func popNearest() -> (node: Int, distance: Double)? {
        guard let last = entries.popLast() else { return nil }
        guard !entries.isEmpty else { return last }
        let nearest = entries[0]
        entries[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < entries.count, entries[left].distance < entries[smallest].distance { smallest = left }
            if right < entries.count, entries[right].distance < entries[smallest].distance { smallest = right }
            guard smallest != parent else { return nearest }
            entries.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
