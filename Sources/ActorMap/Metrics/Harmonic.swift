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
    /// To get betweenness and closeness centrality from the same traversals, call
    /// `pathMeasures()` instead.
    ///
    /// - Complexity: O(*n*·*m*) unweighted, O(*n*·*m* log *n*) weighted.
    public func harmonic() -> [Double] {
        pathMeasures().harmonic
    }
}
