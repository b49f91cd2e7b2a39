extension Projection {
    /// The sum of inverse distances from the other actors to each actor, which stays
    /// meaningful on a map in pieces.
    ///
    /// Matches networkx's `harmonic_centrality` with its defaults:
    ///
    ///     H(u) = Σ_{v ≠ u} 1 / d(v, u)
    ///
    /// where an actor that cannot reach *u* adds 1 / ∞ = 0. It is not normalised: divide by
    /// *n* − 1 for a value between 0 and 1. In a directed graph the distances run *to* *u*,
    /// as in networkx; in a weighted projection they are sums of 1 / weight.
    ///
    /// Boldi, P. and Vigna, S. (2014). Axioms for centrality. *Internet Mathematics*
    /// 10(3–4), 222–262.
    ///
    /// It searches distances only, without counting paths: unweighted, by breadth-first
    /// search from 256 actors at once (see `breadthFirstDistanceTotals()`); weighted, by
    /// Dijkstra's algorithm from each actor. To get betweenness and closeness centrality from
    /// the same traversals, call `pathMeasures()` instead.
    ///
    /// - Returns: Each actor's harmonic centrality, in node order.
    /// - Complexity: O(*n*/256 · *D* · *m*) word operations unweighted, for a longest
    ///   shortest path of *D* ties, and never more than O(*n*·*m*); O(*n*·*m* log *n*)
    ///   weighted.
    public func harmonic() -> [Double] {
        distanceTotals().inverseDistanceSum
    }
}
