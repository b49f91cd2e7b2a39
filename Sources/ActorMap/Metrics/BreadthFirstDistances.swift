extension Projection {
    /// The distance sums closeness and harmonic centrality need, without counting paths:
    /// by multi-source breadth-first search when paths count ties, by Dijkstra's algorithm
    /// from each actor when they are sums of 1 / weight.
    func distanceTotals() -> ShortestPathTotals {
        if isWeighted {
            shortestPathTotals(usingWeights: true, countingPaths: false)
        } else {
            breadthFirstDistanceTotals()
        }
    }

    /// The number of sources one multi-source breadth-first search follows together: one bit
    /// each in a `SourceSet`.
    static let sourcesPerSearch = SourceSet.scalarCount * UInt64.bitWidth

    /// Sums, for every actor, the numbers of ties on the shortest paths from the other actors
    /// that reach it, and how many do: what closeness and harmonic centrality need when
    /// paths count ties.
    ///
    /// Rather than one breadth-first search per source, it runs one search per batch of
    /// 256 sources, with a bit per source in each actor's entry (Then et al. 2014): a level of
    /// the search ORs each frontier actor's bits into its neighbours' entries, and the bits
    /// an actor sees for the first time are the sources whose distance to it is that
    /// level. Their count is all closeness and harmonic centrality need, so the cost is one
    /// pass over the arcs per level for 256 sources, rather than one per source.
    ///
    /// Batches run on all cores and their sums are combined in batch order, so the result
    /// does not depend on the number of cores. The counts are exact; the harmonic sums add
    /// count / distance level by level, and may differ in the last bits from adding 1 /
    /// distance source by source.
    ///
    /// Then, M., Kaufmann, M., Chirigati, F., Hoang-Vu, T.-A., Pham, K., Kemper, A.,
    /// Neumann, T. and Vo, H. T. (2014). The more the merrier: efficient multi-source graph
    /// traversal. *Proceedings of the VLDB Endowment* 8(4), 449–460.
    ///
    /// - Parameter concurrently: whether batches run on all cores; the result is the same
    ///   either way.
    /// - Returns: totals whose dependencies are all zero.
    /// - Complexity: O(*n*/256 · *D* · (*n* + *m*)) word operations for *n* actors, *m* ties
    ///   and a longest shortest path of *D* ties; O(*n*) memory per core.
    func breadthFirstDistanceTotals(concurrently: Bool = true) -> ShortestPathTotals {
        let n = nodeCount
        return withArcLayout(usingWeights: false) { arcs in
            ShortestPathTotals.summing(
                chunkCount: (n + Self.sourcesPerSearch - 1) / Self.sourcesPerSearch, nodeCount: n, usesWeights: false,
                concurrently: concurrently
            ) { batch, _ in
                var search = MultiSourceSearch(arcs, nodeCount: n)
                let first = batch * Self.sourcesPerSearch
                search.run(from: first ..< Swift.min(n, first + Self.sourcesPerSearch))
                return search.totals()
            }
        }
    }
}

/// One bit per source of a batch.
typealias SourceSet = SIMD4<UInt64>

private extension SourceSet {
    var isEmpty: Bool { self == .zero }

    var count: Int {
        var total = 0
        for lane in indices { total += self[lane].nonzeroBitCount }
        return total
    }

    init(bit: Int) {
        self = .zero
        self[bit / UInt64.bitWidth] = 1 << UInt64(bit % UInt64.bitWidth)
    }
}

/// A breadth-first search from a batch of sources at once, with the sums it adds to.
private struct MultiSourceSearch: ~Copyable {
    private let arcs: ArcLayout
    /// The sources that have reached each node so far.
    private let seen: UnsafeMutableBufferPointer<SourceSet>
    /// The sources that reached each node at the last level.
    private let frontier: UnsafeMutableBufferPointer<SourceSet>
    /// The sources that reach each node from the frontier, gathered during a level.
    private let reaching: UnsafeMutableBufferPointer<SourceSet>
    /// The nodes with sources in their frontier; each node at most once.
    private let active: UnsafeMutableBufferPointer<Int32>
    /// The nodes some frontier arc led to during a level; each node at most once.
    private let touched: UnsafeMutableBufferPointer<Int32>

    private let distanceSum: UnsafeMutableBufferPointer<Double>
    private let inverseDistanceSum: UnsafeMutableBufferPointer<Double>
    private let reachCount: UnsafeMutableBufferPointer<Int>

    init(_ arcs: ArcLayout, nodeCount n: Int) {
        self.arcs = arcs
        seen = .filled(n, with: .zero)
        frontier = .filled(n, with: .zero)
        reaching = .filled(n, with: .zero)
        active = .filled(n, with: 0)
        touched = .filled(n, with: 0)
        distanceSum = .filled(n, with: 0)
        inverseDistanceSum = .filled(n, with: 0)
        reachCount = .filled(n, with: 0)
    }

    deinit {
        seen.deallocate()
        frontier.deallocate()
        reaching.deallocate()
        active.deallocate()
        touched.deallocate()
        distanceSum.deallocate()
        inverseDistanceSum.deallocate()
        reachCount.deallocate()
    }

    func totals() -> ShortestPathTotals {
        var totals = ShortestPathTotals(nodeCount: seen.count, usesWeights: false)
        totals.distanceSum = Array(distanceSum)
        totals.inverseDistanceSum = Array(inverseDistanceSum)
        totals.reachCount = Array(reachCount)
        return totals
    }

    /// Searches from `sources` together, level by level, until no source reaches a node it
    /// had not reached before.
    ///
    /// Each level visits only the nodes with a source in their frontier and the nodes
    /// their arcs lead to, so a long thin map costs no more than one search per source.
    mutating func run(from sources: Range<Int>) {
        var activeCount = 0
        for (bit, source) in sources.enumerated() {
            seen[source] = SourceSet(bit: bit)
            frontier[source] = seen[source]
            active[activeCount] = Int32(truncatingIfNeeded: source)
            activeCount += 1
        }
        var distance = 0.0
        while activeCount > 0 {
            distance += 1
            var touchedCount = 0
            for node in active[..<activeCount] {
                let node = Int(node)
                let bits = frontier[node]
                frontier[node] = .zero
                for arc in arcs.offsets[node]..<arcs.offsets[node + 1] {
                    let target = Int(arcs.targets[arc])
                    let before = reaching[target]
                    if before.isEmpty {
                        touched[touchedCount] = Int32(truncatingIfNeeded: target)
                        touchedCount += 1
                    }
                    reaching[target] = before | bits
                }
            }
            activeCount = 0
            for node in touched[..<touchedCount] {
                let node = Int(node)
                let fresh = reaching[node] & ~seen[node]
                reaching[node] = .zero
                guard !fresh.isEmpty else { continue }
                seen[node] |= fresh
                frontier[node] = fresh
                active[activeCount] = Int32(truncatingIfNeeded: node)
                activeCount += 1
                let count = Double(fresh.count)
                reachCount[node] += Int(count)
                distanceSum[node] += count * distance
                inverseDistanceSum[node] += count / distance
            }
        }
    }
}
