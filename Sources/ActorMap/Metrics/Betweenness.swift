extension Projection {
    /// The share of shortest paths between other actors that pass through each actor:
    /// who brokers between parts of the map.
    ///
    /// Matches networkx's `betweenness_centrality` with its defaults (normalised, endpoints
    /// excluded). For an actor *v*,
    ///
    ///     b(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t)
    ///
    /// over ordered pairs (*s*, *t*), where σ(*s*, *t*) counts the shortest paths from *s* to
    /// *t* and σ(*s*, *t* | *v*) those through *v*; pairs with no path count 0. The sum is
    /// divided by (*n* − 1)(*n* − 2), the number of ordered pairs of other actors. In an
    /// undirected graph each pair is counted both ways, which is the same as networkx's
    /// halving followed by 2 / ((*n* − 1)(*n* − 2)). With fewer than three actors every value
    /// is 0.
    ///
    /// In a weighted projection a path's length is the sum of 1 / weight over its ties, and
    /// two paths are equally short only when those floating-point sums are equal, as in
    /// networkx.
    ///
    /// Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of
    /// Mathematical Sociology* 25(2), 163–177.
    ///
    /// To get closeness and harmonic centrality from the same traversals, call
    /// `pathMeasures()` instead.
    ///
    /// - Returns: Each actor's betweenness, in node order.
    /// - Complexity: O(*n*·*m*) unweighted, O(*n*·*m* log *n*) weighted.
    public func betweenness() -> [Double] {
        pathMeasures().betweenness
    }
}

extension ShortestPathTotals {
    /// networkx's `_rescale` with `normalized=True, endpoints=False`.
    func normalizedBetweenness() -> [Double] {
        let n = nodeCount
        guard n > 2 else { return dependency }
        let scale = 1 / Double((n - 1) * (n - 2))
        return dependency.map { $0 * scale }
    }
}
