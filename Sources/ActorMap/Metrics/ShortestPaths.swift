import Dispatch
import Foundation

/// Betweenness, closeness and harmonic centrality, from one shortest-path traversal per
/// actor.
///
/// Each array is indexed by node. See `Projection.betweenness()`, `Projection.closeness()`
/// and `Projection.harmonic()` for the definitions, which are networkx's defaults.
public struct PathMeasures: Sendable {
    /// networkx's `betweenness_centrality` (normalised, endpoints excluded).
    public let betweenness: [Double]
    /// networkx's `closeness_centrality` (Wasserman–Faust scaling, incoming distances).
    public let closeness: [Double]
    /// networkx's `harmonic_centrality` (incoming distances).
    public let harmonic: [Double]
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
    /// - Returns: Betweenness, closeness and harmonic centrality, in node order, and the
    ///   totals they rest on.
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
    ///   - countingPaths: whether to count shortest paths and accumulate dependencies, which
    ///     betweenness needs; closeness and harmonic centrality need only the distances.
    ///   - concurrently: whether chunks run on all cores; the result is the same either way.
    func shortestPathTotals(usingWeights: Bool, countingPaths: Bool = true, concurrently: Bool = true) -> ShortestPathTotals {
        let n = nodeCount
        return withArcLayout(usingWeights: usingWeights) { arcs in
            ShortestPathTotals.summing(
                chunkCount: Swift.min(n, Self.sourceChunkCount), nodeCount: n, usesWeights: usingWeights,
                concurrently: concurrently
            ) { chunk, chunkCount in
                var traversal = SourceTraversal(arcs, nodeCount: n, searchesByDistance: usingWeights, countsPaths: countingPaths)
                for source in n * chunk / chunkCount ..< n * (chunk + 1) / chunkCount {
                    if usingWeights {
                        traversal.searchByDistance(from: source)
                    } else {
                        traversal.searchBreadthFirst(from: source)
                    }
                    traversal.accumulate(from: source)
                }
                return traversal.totals(usesWeights: usingWeights)
            }
        }
    }

    /// Lends `body` the arrays the traversals read, as buffer pointers: the inner loops then
    /// run without bounds checks or reference counting.
    ///
    /// - Parameter usingWeights: whether the layout carries arc lengths, 1 / weight.
    func withArcLayout<Result>(usingWeights: Bool, _ body: (ArcLayout) -> Result) -> Result {
        precondition(nodeCount <= Int(Int32.max), "shortest paths number nodes with 32 bits")
        let targets = outTargets.map { Int32(truncatingIfNeeded: $0) }
        let lengths = usingWeights ? outWeights.map { 1 / $0 } : []
        return outOffsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
                lengths.withUnsafeBufferPointer { lengths in
                    inOffsets.withUnsafeBufferPointer { predecessorOffsets in
                        body(ArcLayout(offsets: offsets, targets: targets, lengths: lengths,
                                       predecessorOffsets: predecessorOffsets))
                    }
                }
            }
        }
    }
}

extension ShortestPathTotals {
    /// Runs `chunk` for each of `chunkCount` chunks of sources, on all cores when
    /// `concurrently`, and adds up the totals they return in chunk order, so that the sum is
    /// the same, bit for bit, however many cores there are.
    ///
    /// - Parameter chunk: given a chunk's number and the number of chunks, searches from
    ///   that chunk's sources and returns their totals.
    static func summing(
        chunkCount: Int, nodeCount: Int, usesWeights: Bool, concurrently: Bool,
        _ chunk: @escaping @Sendable (_ chunk: Int, _ chunkCount: Int) -> ShortestPathTotals
    ) -> ShortestPathTotals {
        let combiner = ChunkCombiner(nodeCount: nodeCount, chunkCount: chunkCount, usesWeights: usesWeights)
        let run: @Sendable (Int) -> Void = { index in combiner.add(chunk(index, chunkCount), chunk: index) }
        if concurrently {
            DispatchQueue.concurrentPerform(iterations: chunkCount, execute: run)
        } else {
            (0..<chunkCount).forEach(run)
        }
        return combiner.total
    }
}

/// The arcs leaving each node, in the projection's compressed rows.
///
/// Node numbers are 32-bit here: on large maps the traversals mostly wait on memory, and
/// half-size arrays keep more of the graph in cache. Sendable because every traversal only
/// reads it, and all of them finish before the arrays it points into can go away.
struct ArcLayout: @unchecked Sendable {
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int32>
    /// 1 / weight for each arc; empty when traversals count arcs.
    let lengths: UnsafeBufferPointer<Double>
    /// Where each node's predecessors start in a traversal's `predecessors`: a node has at
    /// most as many as it has incoming arcs.
    let predecessorOffsets: UnsafeBufferPointer<Int>
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

/// What a search that counts paths knows about one node besides its distance. Kept
/// together because a search that touches one of them touches the others, and on a large
/// map each touch can be a cache miss.
private struct PathTally {
    /// σ(s, v), the number of shortest paths from the source; a Double, as in networkx,
    /// because it can outgrow any integer.
    var pathCount = 0.0
    var dependency = 0.0
    var predecessorCount: Int32 = 0
}

/// Shortest-path searches from one source after another, with work arrays allocated once
/// and reset after each source only where the search reached, and the sums over the
/// sources searched so far.
private struct SourceTraversal: ~Copyable {
    private let arcs: ArcLayout
    /// d(s, v), infinite until the search reaches v.
    private let distance: UnsafeMutableBufferPointer<Double>
    /// Path counts and dependencies, when the search counts paths; otherwise empty.
    private let tally: UnsafeMutableBufferPointer<PathTally>
    /// The nodes in the order their distance became final; the first `settledCount`.
    private let settled: UnsafeMutableBufferPointer<Int32>
    private var settledCount = 0
    private let predecessors: UnsafeMutableBufferPointer<Int32>
    private var frontier: DistanceHeap

    private let dependencySum: UnsafeMutableBufferPointer<Double>
    private let distanceSum: UnsafeMutableBufferPointer<Double>
    private let inverseDistanceSum: UnsafeMutableBufferPointer<Double>
    private let reachCount: UnsafeMutableBufferPointer<Int>
    /// Whether shortest paths are counted and dependencies accumulated (for betweenness).
    private let countsPaths: Bool

    init(_ arcs: ArcLayout, nodeCount n: Int, searchesByDistance: Bool, countsPaths: Bool) {
        self.arcs = arcs
        self.countsPaths = countsPaths
        distance = .filled(n, with: .infinity)
        tally = .filled(countsPaths ? n : 0, with: PathTally())
        settled = .filled(n, with: 0)
        predecessors = .filled(countsPaths ? arcs.targets.count : 0, with: 0)
        frontier = DistanceHeap(nodeCount: searchesByDistance ? n : 0)
        dependencySum = .filled(n, with: 0)
        distanceSum = .filled(n, with: 0)
        inverseDistanceSum = .filled(n, with: 0)
        reachCount = .filled(n, with: 0)
    }

    deinit {
        distance.deallocate()
        tally.deallocate()
        settled.deallocate()
        predecessors.deallocate()
        dependencySum.deallocate()
        distanceSum.deallocate()
        inverseDistanceSum.deallocate()
        reachCount.deallocate()
    }

    /// The sums over the sources searched so far.
    func totals(usesWeights: Bool) -> ShortestPathTotals {
        var totals = ShortestPathTotals(nodeCount: distance.count, usesWeights: usesWeights)
        totals.dependency = Array(dependencySum)
        totals.distanceSum = Array(distanceSum)
        totals.inverseDistanceSum = Array(inverseDistanceSum)
        totals.reachCount = Array(reachCount)
        return totals
    }

    private mutating func settle(_ node: Int) {
        settled[settledCount] = Int32(truncatingIfNeeded: node)
        settledCount += 1
    }

    /// Records a new shortest distance to `node`, forgetting the paths counted so far.
    private func reach(_ node: Int, at length: Double) {
        distance[node] = length
        if countsPaths {
            tally[node].pathCount = 0
            tally[node].predecessorCount = 0
        }
    }

    /// Counts the paths through `predecessor` towards `node` and remembers the arc.
    private func extendPaths(from predecessor: Int, to node: Int) {
        tally[node].pathCount += tally[predecessor].pathCount
        predecessors[arcs.predecessorOffsets[node] + Int(tally[node].predecessorCount)] = Int32(truncatingIfNeeded: predecessor)
        tally[node].predecessorCount += 1
    }

    private func startPaths(at source: Int) {
        distance[source] = 0
        if countsPaths { tally[source].pathCount = 1 }
    }

    /// Breadth-first search, as networkx's `_single_source_shortest_path_basic`; the
    /// settled nodes double as the queue.
    mutating func searchBreadthFirst(from source: Int) {
        startPaths(at: source)
        settle(source)
        var next = 0
        while next < settledCount {
            let node = Int(settled[next])
            next += 1
            let step = distance[node] + 1
            for arc in arcs.offsets[node]..<arcs.offsets[node + 1] {
                let target = Int(arcs.targets[arc])
                if distance[target] == .infinity {
                    reach(target, at: step)
                    settle(target)
                }
                if countsPaths, distance[target] == step {
                    extendPaths(from: node, to: target)
                }
            }
        }
    }

    /// Dijkstra's algorithm, with the same tests as networkx's
    /// `_single_source_dijkstra_path_basic`: a strictly shorter path replaces the
    /// predecessors, an exactly equal one adds to them.
    mutating func searchByDistance(from source: Int) {
        startPaths(at: source)
        frontier.insertOrDecrease(source, to: 0)
        while let (node, length) = frontier.popNearest() {
            settle(node)
            for arc in arcs.offsets[node]..<arcs.offsets[node + 1] {
                let target = Int(arcs.targets[arc])
                let candidate = length + arcs.lengths[arc]
                if candidate < distance[target], !frontier.hasSettled(target) {
                    reach(target, at: candidate)
                    if countsPaths { extendPaths(from: node, to: target) }
                    frontier.insertOrDecrease(target, to: candidate)
                } else if countsPaths, candidate == distance[target], candidate < .infinity {
                    // An equally short path; the second test keeps a tie of weight 0,
                    // infinitely long, from joining a node nothing has reached.
                    extendPaths(from: node, to: target)
                }
            }
        }
    }

    /// Walks the settled nodes from the farthest back, accumulating dependencies as
    /// networkx's `_accumulate_basic` does, adds what the source contributes to the sums,
    /// and clears the work arrays for the next source.
    mutating func accumulate(from source: Int) {
        while settledCount > 0 {
            settledCount -= 1
            let node = Int(settled[settledCount])
            if countsPaths {
                let reached = tally[node]
                let share = (1 + reached.dependency) / reached.pathCount
                let first = arcs.predecessorOffsets[node]
                for predecessor in predecessors[first..<first + Int(reached.predecessorCount)] {
                    let predecessor = Int(predecessor)
                    tally[predecessor].dependency += tally[predecessor].pathCount * share
                }
                if node != source { dependencySum[node] += reached.dependency }
                tally[node] = PathTally()
            }
            if node != source {
                distanceSum[node] += distance[node]
                inverseDistanceSum[node] += 1 / distance[node]
                reachCount[node] += 1
            }
            distance[node] = .infinity
            frontier.forget(node)
        }
    }
}

/// A 4-ary min-heap of the nodes a search has reached but not settled, keyed by tentative
/// distance, that knows where each node sits so that a shorter path moves the node up
/// rather than adding a second entry. It holds each node at most once.
///
/// Each entry keeps its distance beside its node, so sifting compares keys without a
/// lookup elsewhere; four children per entry make the heap half as deep as a binary one.
private struct DistanceHeap: ~Copyable {
    private let entries: UnsafeMutableBufferPointer<(distance: Double, node: Int32)>
    /// Each node's index in `entries`, or `Self.absent` or `Self.settled`.
    private let slots: UnsafeMutableBufferPointer<Int32>
    private var count = 0

    private static let absent: Int32 = -1
    private static let settled: Int32 = -2

    init(nodeCount: Int) {
        entries = .filled(nodeCount, with: (0, 0))
        slots = .filled(nodeCount, with: Self.absent)
    }

    deinit {
        entries.deallocate()
        slots.deallocate()
    }

    /// Whether `node` has come out of the heap since it was last forgotten.
    func hasSettled(_ node: Int) -> Bool { slots[node] == Self.settled }

    /// Makes `node` unknown to the heap again, for the next search. Does nothing in the
    /// empty heap that breadth-first searches carry.
    func forget(_ node: Int) {
        if !slots.isEmpty { slots[node] = Self.absent }
    }

    /// Puts `node` in the heap at `distance`, or moves it to the shorter `distance`.
    mutating func insertOrDecrease(_ node: Int, to distance: Double) {
        var child: Int
        if slots[node] >= 0 {
            child = Int(slots[node])
        } else {
            child = count
            count += 1
        }
        while child > 0 {
            let parent = (child - 1) / 4
            guard distance < entries[parent].distance else { break }
            entries[child] = entries[parent]
            slots[Int(entries[child].node)] = Int32(truncatingIfNeeded: child)
            child = parent
        }
        entries[child] = (distance, Int32(truncatingIfNeeded: node))
        slots[node] = Int32(truncatingIfNeeded: child)
    }

    /// Takes out the nearest node and marks it settled.
    mutating func popNearest() -> (node: Int, distance: Double)? {
        guard count > 0 else { return nil }
        let nearest = entries[0]
        slots[Int(nearest.node)] = Self.settled
        count -= 1
        if count > 0 {
            let last = entries[count]
            var parent = 0
            while true {
                let first = 4 * parent + 1
                guard first < count else { break }
                var child = first
                for sibling in first + 1 ..< Swift.min(first + 4, count)
                where entries[sibling].distance < entries[child].distance {
                    child = sibling
                }
                guard entries[child].distance < last.distance else { break }
                entries[parent] = entries[child]
                slots[Int(entries[parent].node)] = Int32(truncatingIfNeeded: parent)
                parent = child
            }
            entries[parent] = last
            slots[Int(last.node)] = Int32(truncatingIfNeeded: parent)
        }
        return (Int(nearest.node), nearest.distance)
    }
}

extension UnsafeMutableBufferPointer {
    /// A buffer of `count` copies of `value`, to be deallocated by the caller.
    static func filled(_ count: Int, with value: Element) -> Self {
        let buffer = allocate(capacity: count)
        buffer.initialize(repeating: value)
        return buffer
    }
}
