/// A projection seen without direction: each pair of actors tied either way becomes one
/// symmetric tie, as networkx's `all_neighbors` sees a directed graph.
///
/// Burt's measures, clustering and Louvain all work on "contacts" (predecessors and
/// successors together) and on a tie strength that adds up both directions, networkx's
/// *mutual weight*. Rows are sorted by neighbour, and each tie is stored in both rows.
struct UndirectedTies {
    let offsets: [Int]
    let neighbours: [Int]
    let weights: [Double]

    var nodeCount: Int { offsets.count - 1 }

    /// Merges the arcs of `projection` into symmetric ties whose weight is
    /// `tieWeight(w(u→v)) + tieWeight(w(v→u))` for a directed projection (a missing arc adds
    /// nothing), and `tieWeight(w(u–v))` for an undirected one.
    ///
    /// - Complexity: O(*n* + *m*): the sorted out- and in-rows of each node are merged.
    init(_ projection: Projection, tieWeight: (Double) -> Double = { $0 }) {
        let n = projection.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbours: [Int] = []
        var weights: [Double] = []
        neighbours.reserveCapacity(projection.arcCount * (projection.isDirected ? 2 : 1))
        weights.reserveCapacity(neighbours.capacity)
        for node in 0..<n {
            var out = projection.outOffsets[node], outEnd = projection.outOffsets[node + 1]
            // An undirected projection already stores each edge in both rows.
            var into = projection.isDirected ? projection.inOffsets[node] : 0
            let intoEnd = projection.isDirected ? projection.inOffsets[node + 1] : 0
            while out < outEnd || into < intoEnd {
                let target = out < outEnd ? projection.outTargets[out] : Int.max
                let source = into < intoEnd ? projection.inSources[into] : Int.max
                var weight = 0.0
                if target <= source {
                    weight += tieWeight(projection.outWeights[out])
                    out += 1
                }
                if source <= target {
                    weight += tieWeight(projection.inWeights[into])
                    into += 1
                }
                neighbours.append(min(target, source))
                weights.append(weight)
            }
            offsets[node + 1] = neighbours.count
        }
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
    }

    /// The number of contacts of `node`.
    func degree(of node: Int) -> Int { offsets[node + 1] - offsets[node] }

    /// Calls `body` once for every triangle, with its corners `u`, `v`, `w` and the weights of
    /// the ties `u–v`, `u–w` and `v–w`.
    ///
    /// Each tie is oriented from the corner of lower degree to the corner of higher degree
    /// (ties broken by node number), so every triangle is met once, from its lowest corner,
    /// and a hub's neighbourhood is never scanned in full (Chiba & Nishizeki 1985; Schank &
    /// Wagner 2005, "forward" algorithm).
    ///
    /// - Complexity: O(*m*^1.5) time, O(*n* + *m*) memory.
    func forEachTriangle(_ body: (_ u: Int, _ v: Int, _ w: Int, _ uv: Double, _ uw: Double, _ vw: Double) -> Void) {
        let n = nodeCount
        func precedes(_ a: Int, _ b: Int) -> Bool {
            let da = degree(of: a), db = degree(of: b)
            return da < db || (da == db && a < b)
        }
        var forwardOffsets = [Int](repeating: 0, count: n + 1)
        var forwardTargets: [Int] = []
        var forwardWeights: [Double] = []
        forwardTargets.reserveCapacity(neighbours.count / 2)
        forwardWeights.reserveCapacity(neighbours.count / 2)
        for u in 0..<n {
            for position in offsets[u]..<offsets[u + 1] where precedes(u, neighbours[position]) {
                forwardTargets.append(neighbours[position])
                forwardWeights.append(weights[position])
            }
            forwardOffsets[u + 1] = forwardTargets.count
        }
        // marker[w] == u while u's forward ties are laid out in weightFromU.
        var marker = [Int](repeating: -1, count: n)
        var weightFromU = [Double](repeating: 0, count: n)
        for u in 0..<n {
            let row = forwardOffsets[u]..<forwardOffsets[u + 1]
            guard row.count >= 2 else { continue }
            for position in row {
                marker[forwardTargets[position]] = u
                weightFromU[forwardTargets[position]] = forwardWeights[position]
            }
            for position in row {
                let v = forwardTargets[position]
                for next in forwardOffsets[v]..<forwardOffsets[v + 1] where marker[forwardTargets[next]] == u {
                    let w = forwardTargets[next]
                    body(u, v, w, forwardWeights[position], weightFromU[w], forwardWeights[next])
                }
            }
        }
    }
}
