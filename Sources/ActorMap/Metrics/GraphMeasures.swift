extension Projection {
    /// The share of possible ties that are present.
    ///
    /// This is networkx's `density`: *m* / (*n*(*n* − 1)) for a directed projection with *m*
    /// arcs, 2*m* / (*n*(*n* − 1)) for an undirected one with *m* edges, and 0 for a map of
    /// fewer than two actors. Weights are ignored.
    ///
    /// - Complexity: O(1).
    public var density: Double {
        guard nodeCount > 1 else { return 0 }
        let pairs = Double(nodeCount) * Double(nodeCount - 1)
        return Double(arcCount) / pairs
    }

    /// The number of connected components, isolates included; for a directed projection,
    /// weakly connected components, whatever the direction of ties.
    ///
    /// This is networkx's `number_connected_components`, or
    /// `number_weakly_connected_components` for a directed projection.
    ///
    /// - Complexity: O(*n* + *m*), by union–find with path halving and union by size.
    public var componentCount: Int {
        var parent = Array(0..<nodeCount)
        var size = [Int](repeating: 1, count: nodeCount)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        var components = nodeCount
        for node in 0..<nodeCount {
            for neighbour in successors(of: node) {
                var a = root(node), b = root(neighbour)
                guard a != b else { continue }
                if size[a] < size[b] { swap(&a, &b) }
                parent[b] = a
                size[a] += size[b]
                components -= 1
            }
        }
        return components
    }

    /// The share of arcs that are reciprocated, or `nil` when it has no meaning: an
    /// undirected projection, or one without ties.
    ///
    /// This is networkx's `reciprocity` of the whole graph (`overall_reciprocity`): the
    /// number of arcs *u → v* for which *v → u* is also present, over the number of arcs.
    /// Weights are ignored.
    ///
    /// - Complexity: O(*n* + *m*): each node's sorted out- and in-rows are merged.
    public var reciprocity: Double? {
        guard isDirected, arcCount > 0 else { return nil }
        var reciprocated = 0
        for node in 0..<nodeCount {
            var out = outOffsets[node], into = inOffsets[node]
            while out < outOffsets[node + 1], into < inOffsets[node + 1] {
                if outTargets[out] < inSources[into] {
                    out += 1
                } else if outTargets[out] > inSources[into] {
                    into += 1
                } else {
                    reciprocated += 1
                    out += 1
                    into += 1
                }
            }
        }
        return Double(reciprocated) / Double(arcCount)
    }

    /// Krackhardt and Stern's E-I index of the map: how far ties run between groups rather
    /// than within them.
    ///
    /// EI = (E − I) / (E + I), with *E* the ties joining actors of different groups and *I*
    /// the ties within a group; groups are the actors' groups (`groupIndices`). It runs from
    /// −1 (every tie inside a group) to +1 (every tie across groups). A directed projection
    /// counts arcs, so a reciprocated tie counts twice; an undirected one counts edges.
    /// Weights are ignored.
    ///
    /// Krackhardt, D. & Stern, R. N. (1988). "Informal networks and organizational crises: an
    /// experimental simulation". *Social Psychology Quarterly* 51(2): 123–140.
    ///
    /// - Returns: The index, or `nil` when the map has no ties.
    /// - Complexity: O(*n* + *m*).
    public func eiIndex() -> Double? {
        var across = 0, within = 0
        for node in 0..<nodeCount {
            for neighbour in successors(of: node) {
                if groupIndices[node] == groupIndices[neighbour] { within += 1 } else { across += 1 }
            }
        }
        guard across + within > 0 else { return nil }
        return Double(across - within) / Double(across + within)
    }
}

/// The Gini coefficient of a set of values: 0 when all are equal, approaching 1 when one
/// holds everything; used on PageRank or strength to see whether one actor dominates.
///
/// G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄), computed on the sorted values as
/// Σₖ (2k − n + 1) x₍ₖ₎ / (n Σ x) with *k* counted from 0.
///
/// Gini, C. (1912). *Variabilità e mutabilità*. Bologna.
///
/// - Parameter values: Non-negative values, such as one measure for every actor.
/// - Returns: The coefficient, or `nil` when there are no values, their mean is not
///   positive, or one is not finite.
/// - Complexity: O(*n* log *n*).
public func giniCoefficient(_ values: [Double]) -> Double? {
    guard values.allSatisfy(\.isFinite) else { return nil }
    let total = values.reduce(0, +)
    guard !values.isEmpty, total > 0 else { return nil }
    let n = values.count
    var weighted = 0.0
    for (rank, value) in values.sorted().enumerated() {
        weighted += Double(2 * rank - n + 1) * value
    }
    return weighted / (Double(n) * total)
}
