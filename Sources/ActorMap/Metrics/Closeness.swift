extension Projection {
    /// How near each actor is to the actors that can reach it, scaled by how many can.
    ///
    /// Matches networkx's `closeness_centrality` with its defaults (`wf_improved=True`).
    /// For an actor *u* reached by *r* other actors,
    ///
    ///     C(u) = (r / Σ_v d(v, u)) · (r / (n − 1))
    ///
    /// the inverse of the mean distance from the actors that reach *u*, times the share of
    /// all other actors that do (Wasserman and Faust's correction for disconnected maps).
    /// An actor nobody reaches scores 0. In a directed graph the distances run *to* *u*
    /// (networkx reverses the graph), so a grantee that many funders reach closely scores
    /// high; in an undirected graph direction does not matter.
    ///
    /// In a weighted projection distances are sums of 1 / weight.
    ///
    /// Freeman, L. C. (1979). Centrality in networks: I. Conceptual clarification. *Social
    /// Networks* 1, 215–239. Wasserman, S. and Faust, K. (1994). *Social Network Analysis*,
    /// p. 201.
    ///
    /// It searches distances only, without counting paths: unweighted, by breadth-first
    /// search from 256 actors at once (see `breadthFirstDistanceTotals()`); weighted, by
    /// Dijkstra's algorithm from each actor. To get betweenness and harmonic centrality from
    /// the same traversals, call `pathMeasures()` instead.
    ///
    /// - Returns: Each actor's closeness, in node order.
    /// - Complexity: O(*n*/256 · *D* · *m*) word operations unweighted, for a longest
    ///   shortest path of *D* ties, and never more than O(*n*·*m*); O(*n*·*m* log *n*)
    ///   weighted.
    public func closeness() -> [Double] {
        distanceTotals().closeness()
    }
}

extension ShortestPathTotals {
    /// networkx's `closeness_centrality` from the incoming distance sums.
    func closeness() -> [Double] {
        let others = Double(nodeCount - 1)
        return zip(reachCount, distanceSum).map { count, total in
            guard total > 0 else { return 0 }
            let reached = Double(count)
            return reached / total * (reached / others)
        }
    }
}
