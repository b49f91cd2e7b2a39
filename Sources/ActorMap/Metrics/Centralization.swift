extension Projection {
    /// How much the map's ties concentrate on one actor, from 0 (all actors equal) to 1 (a
    /// star).
    ///
    /// Freeman's centralisation of degree, as igraph computes it with
    /// `centr_degree(graph, mode = "all", loops = FALSE, normalized = TRUE)$centralization`:
    ///
    ///     C = Σ_i (max_j d_j − d_i) / T
    ///
    /// where d_i counts the ties at actor *i* (arcs in plus arcs out when directed, so a
    /// reciprocated pair counts twice) and T is the value for a star of the same size,
    /// (*n* − 1)(*n* − 2) undirected and 2(*n* − 1)(*n* − 2) directed. Weights are ignored.
    ///
    /// Freeman, L. C. (1979). Centrality in networks: I. Conceptual clarification. *Social
    /// Networks* 1, 215–239.
    ///
    /// - Throws: `UndefinedMeasure` when the map has fewer than three actors (igraph gives
    ///   NaN).
    /// - Complexity: O(*n*).
    public func degreeCentralization() throws(UndefinedMeasure) -> Double {
        let n = nodeCount
        try requireThreeActors("degree_centralization")
        let tieCounts = (0..<n).map { node in
            Double(isDirected ? outDegree(of: node) + inDegree(of: node) : outDegree(of: node))
        }
        let star = Double((n - 1) * (n - 2)) * (isDirected ? 2 : 1)
        return Self.freemanCentralization(tieCounts, star: star)
    }

    /// How much the map's brokerage concentrates on one actor, from 0 to 1 (a star, whose
    /// centre lies on every path).
    ///
    /// Freeman's centralisation of betweenness, as igraph computes it with
    /// `centr_betw(graph, directed = isDirected, normalized = TRUE)$centralization`:
    ///
    ///     C = Σ_i (max_j b_j − b_i) / T
    ///
    /// with b_i the raw betweenness of actor *i* over unordered pairs when undirected and
    /// ordered pairs when directed, and T the value for a star, (*n* − 1)²(*n* − 2) / 2
    /// undirected and (*n* − 1)²(*n* − 2) directed. As in igraph's call on the unweighted
    /// graph, paths count ties and weights are ignored.
    ///
    /// Freeman, L. C. (1979). Centrality in networks: I. Conceptual clarification. *Social
    /// Networks* 1, 215–239.
    ///
    /// - Parameter paths: the result of `pathMeasures()` on this projection, reused when its
    ///   paths count ties (an unweighted projection); otherwise the unweighted betweenness is
    ///   computed here.
    /// - Throws: `UndefinedMeasure` when the map has fewer than three actors (igraph gives
    ///   NaN).
    /// - Complexity: O(*n*·*m*), or O(*n*) with reusable `paths`.
    public func betweennessCentralization(_ paths: PathMeasures? = nil) throws(UndefinedMeasure) -> Double {
        let n = nodeCount
        try requireThreeActors("betweenness_centralization")
        let totals = if let paths, !paths.usesWeights, paths.isDirected == isDirected, paths.totals.nodeCount == n {
            paths.totals
        } else {
            shortestPathTotals(usingWeights: false)
        }
        // The dependencies count ordered pairs, twice igraph's raw values when undirected,
        // where the star's value is halved too; the two halvings cancel.
        let star = Double(n - 1) * Double(n - 1) * Double(n - 2)
        return Self.freemanCentralization(totals.dependency, star: star)
    }

    /// How much nearness to the others concentrates on one actor, from 0 to 1 (a star).
    ///
    /// Freeman's centralisation of closeness, as igraph 1.3 (C core 0.9) computes it with
    /// `centr_clo(graph, mode = "all", normalized = TRUE)$centralization`:
    ///
    ///     C = Σ_i (max_j c_j − c_i) / T,   c_i = (r_i − 1) / Σ_j d(i, j)
    ///
    /// where the distances count ties, ignoring their direction and weight, and run only to
    /// the r_i − 1 actors that *i* reaches, and T = (*n* − 1)(*n* − 2) / (2*n* − 3) is the
    /// value for a star. This closeness is igraph's, not networkx's: on a map in pieces each
    /// actor is scored within its own piece, without networkx's scaling by
    /// (r_i − 1) / (*n* − 1).
    ///
    /// Freeman, L. C. (1979). Centrality in networks: I. Conceptual clarification. *Social
    /// Networks* 1, 215–239.
    ///
    /// - Parameter paths: the result of `pathMeasures()` on this projection, reused when the
    ///   projection is undirected and unweighted; otherwise the distances are computed here.
    /// - Throws: `UndefinedMeasure` when the map has fewer than three actors, or an actor
    ///   without ties, whose igraph closeness is 0 / 0 (igraph gives NaN).
    /// - Complexity: O(*n*·*m*), or O(*n*) with reusable `paths`.
    public func closenessCentralization(_ paths: PathMeasures? = nil) throws(UndefinedMeasure) -> Double {
        let n = nodeCount
        try requireThreeActors("closeness_centralization")
        let totals = if let paths, !paths.usesWeights, !paths.isDirected, paths.totals.nodeCount == n {
            paths.totals
        } else {
            ignoringDirection.breadthFirstDistanceTotals()
        }
        let isolates = totals.reachCount.count { $0 == 0 }
        guard isolates == 0 else {
            throw UndefinedMeasure(
                "closeness_centralization",
                reason: "\(isolates) actor\(isolates == 1 ? " has" : "s have") no ties; igraph scores an actor's closeness "
                    + "over the actors it reaches, which is 0 / 0 for an actor without ties. Leave out isolated actors "
                    + "to compare the rest.")
        }
        let closeness = zip(totals.reachCount, totals.distanceSum).map { Double($0) / $1 }
        let star = Double((n - 1) * (n - 2)) / Double(2 * n - 3)
        return Self.freemanCentralization(closeness, star: star)
    }

    private func requireThreeActors(_ measure: String) throws(UndefinedMeasure) {
        guard nodeCount >= 3 else {
            throw UndefinedMeasure(
                measure,
                reason: "centralisation compares actors with a star of the same size, and a map of "
                    + "\(nodeCount) actor\(nodeCount == 1 ? "" : "s") cannot be more or less centralised than that.")
        }
    }

    /// Freeman's index: the total shortfall from the most central actor, relative to a star's.
    private static func freemanCentralization(_ scores: [Double], star: Double) -> Double {
        let highest = scores.max() ?? 0
        return scores.reduce(0) { $0 + (highest - $1) } / star
    }

    /// The same actors with every tie as an undirected, unweighted edge; `self` when already
    /// undirected, since the weights are not used.
    private var ignoringDirection: Projection {
        guard isDirected else { return self }
        var edges: [Arc] = []
        edges.reserveCapacity(2 * arcCount)
        for node in 0..<nodeCount {
            for target in successors(of: node) {
                edges.append(Arc(from: node, to: target))
                edges.append(Arc(from: target, to: node))
            }
        }
        return Projection(nodeCount: nodeCount, arcs: edges, directed: false, weighted: false)
    }
}
