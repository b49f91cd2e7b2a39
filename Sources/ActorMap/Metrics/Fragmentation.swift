/// How far apart the actors of a map are, taken pair by pair: Borgatti's distance-weighted
/// fragmentation, and the share of pairs that can reach each other at all.
///
/// Distances count ties (steps), whatever the weights, as Borgatti (2006) defines them; in a
/// directed projection a path follows the direction of ties, and the pair (*i*, *j*) counts
/// separately from (*j*, *i*).
///
/// Borgatti, S. P. (2006). Identifying sets of key players in a social network.
/// *Computational and Mathematical Organization Theory* 12(1), 21–34.
public struct Fragmentation: Hashable, Sendable {
    /// Borgatti's distance-weighted fragmentation DF = 1 − Σ_{i≠j} (1/d_ij) / (n(n−1)), with
    /// 1/d = 0 between actors who cannot reach each other: 0 when every actor is tied
    /// directly to every other, 1 when no actor reaches any other. It is 1 minus networkx's
    /// `global_efficiency` on an undirected graph.
    public var distanceWeighted: Double
    /// The share of ordered pairs of distinct actors joined by a path (Krackhardt's
    /// connectedness, 1 minus Borgatti's plain fragmentation F): 1 when every actor reaches
    /// every other.
    public var reach: Double

    /// The figures of a map whose pairs reach each other `reachablePairs` times with
    /// `inverseDistances` the sum of 1/d over them, out of `n(n−1)` ordered pairs.
    init(actors n: Int, reachablePairs: Int, inverseDistances: Double) {
        let pairs = Double(n) * Double(n - 1)
        distanceWeighted = max(0, 1 - inverseDistances / pairs)
        reach = Double(reachablePairs) / pairs
    }
}

extension Projection {
    /// Borgatti's distance-weighted fragmentation of the map and the share of pairs of actors
    /// joined by a path.
    ///
    /// One breadth-first search per 256 actors at once (as for closeness centrality)
    /// gives, for each actor, how many others reach it and the sum of 1/d over them.
    ///
    /// - Returns: The two figures, or `nil` for a map of fewer than two actors, where there
    ///   is no pair to measure.
    /// - Complexity: O(*n*/256 · *D* · (*n* + *m*)) for *n* actors, *m* ties and a longest
    ///   shortest path of *D* ties.
    public func fragmentation() -> Fragmentation? {
        guard nodeCount >= 2 else { return nil }
        let totals = breadthFirstDistanceTotals()
        return Fragmentation(
            actors: nodeCount, reachablePairs: totals.reachCount.reduce(0, +),
            inverseDistances: totals.inverseDistanceSum.reduce(0, +))
    }
}
