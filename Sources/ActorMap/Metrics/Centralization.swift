/// Freeman's centralisation of a measure, in igraph's shape: the scores it is computed from,
/// the largest value the index can take on a graph of the same size, and the index itself.
///
/// The index is the total shortfall of every score from the highest,
///
///     C = Σ_i (max_j s_j − s_i) / T,
///
/// where T, the theoretical maximum, is that total on the most centralised graph of the
/// same size (for degree, betweenness and closeness a star). This is igraph's
/// `centralize(scores, theoretical.max, normalized = TRUE)` (C `igraph_centralization`);
/// ``Projection/centralizationOfDegree()``, ``Projection/centralizationOfBetweenness(_:)`` and
/// ``Projection/centralizationOfCloseness(_:)`` give the results of igraph's `centr_degree`,
/// `centr_betw` and `centr_clo`.
///
/// Freeman, L. C. (1979). Centrality in networks: I. Conceptual clarification. *Social
/// Networks* 1, 215–239.
public struct Centralization: Hashable, Sendable {
    /// The scores the index is computed from, in node order (igraph's `res`).
    public var scores: [Double]
    /// The value of ``total`` on the most centralised graph of the same size (igraph's
    /// `theoretical_max`).
    public var theoreticalMax: Double
    /// Σ (max − sᵢ): the index before it is divided by the theoretical maximum (igraph's
    /// `centralization` with `normalized = FALSE`).
    public let total: Double

    /// Centralises `scores` against a theoretical maximum.
    ///
    /// - Parameters:
    ///   - scores: One score per actor.
    ///   - theoreticalMax: The largest ``total`` any graph of the same size can have.
    /// - Complexity: O(*n*).
    public init(scores: [Double], theoreticalMax: Double) {
        self.scores = scores
        self.theoreticalMax = theoreticalMax
        let highest = scores.max() ?? 0
        total = scores.reduce(0) { $0 + (highest - $1) }
    }

    /// The index, normalised by the theoretical maximum: 0 when every actor scores the same,
    /// 1 for the most centralised graph (igraph's `centralization`, `normalized = TRUE`).
    public var centralization: Double { total / theoreticalMax }

    /// The centralisation of a measure with no theoretical maximum of its own (PageRank,
    /// eigenvector, Bonacich…), against the graph where one actor holds the highest score
    /// and every other none: T = (*n* − 1) · max, so that the index runs from 0 (all equal)
    /// to 1 (one actor holds it all).
    ///
    /// - Parameter scores: One score per actor, none negative for the index to mean that.
    /// - Returns: The centralisation, or `nil` for fewer than two scores or a highest score
    ///   that is not positive, where there is nothing to compare.
    /// - Complexity: O(*n*).
    public static func againstHighest(_ scores: [Double]) -> Centralization? {
        guard scores.count > 1, let top = scores.max(), top > 0 else { return nil }
        return Centralization(scores: scores, theoreticalMax: Double(scores.count - 1) * top)
    }
}

extension Projection {
    /// Freeman's centralisation of degree: how much the map's ties concentrate on one actor,
    /// as igraph's `centr_degree(graph, mode = "all", loops = FALSE)`.
    ///
    /// The scores dᵢ count the ties at each actor (arcs in plus arcs out when directed, so a
    /// reciprocated pair counts twice); the theoretical maximum, a star's, is
    /// (*n* − 1)(*n* − 2) undirected and 2(*n* − 1)(*n* − 2) directed. Weights are ignored.
    ///
    /// - Returns: The scores, the theoretical maximum and the index.
    /// - Throws: ``UndefinedMeasure`` of ``MapFigure/degreeCentralization`` when the map has
    ///   fewer than three actors (igraph gives NaN).
    /// - Complexity: O(*n*).
    public func centralizationOfDegree() throws(UndefinedMeasure) -> Centralization {
        let n = nodeCount
        try requireThreeActors(.degreeCentralization)
        let tieCounts = (0..<n).map { node in
            Double(isDirected ? outDegree(of: node) + inDegree(of: node) : outDegree(of: node))
        }
        let star = Double((n - 1) * (n - 2)) * (isDirected ? 2 : 1)
        return Centralization(scores: tieCounts, theoreticalMax: star)
    }

    /// Freeman's centralisation of betweenness: how much the map's brokerage concentrates on
    /// one actor, as igraph's `centr_betw(graph, directed = isDirected)`.
    ///
    /// The scores are raw betweenness, over unordered pairs when undirected and ordered pairs
    /// when directed (igraph's `betweenness(graph, normalized = FALSE)`); the theoretical
    /// maximum, a star's, is (*n* − 1)²(*n* − 2) / 2 undirected and (*n* − 1)²(*n* − 2)
    /// directed. As in igraph's call on the unweighted graph, paths count ties and weights
    /// are ignored.
    ///
    /// - Parameter paths: The result of ``pathMeasures()`` on this projection,
    ///   reused when its paths count ties (an unweighted projection); otherwise the
    ///   unweighted betweenness is computed here.
    /// - Returns: The scores, the theoretical maximum and the index.
    /// - Throws: ``UndefinedMeasure`` of ``MapFigure/betweennessCentralization`` when the map
    ///   has fewer than three actors (igraph gives NaN).
    /// - Complexity: O(*n*·*m*) (Brandes), or O(*n*) with reusable `paths`.
    public func centralizationOfBetweenness(_ paths: PathMeasures? = nil) throws(UndefinedMeasure) -> Centralization {
        let n = nodeCount
        try requireThreeActors(.betweennessCentralization)
        let totals = if let paths, !paths.usesWeights, paths.isDirected == isDirected, paths.totals.nodeCount == n {
            paths.totals
        } else {
            shortestPathTotals(usingWeights: false)
        }
        // The dependencies count ordered pairs: twice igraph's raw values when undirected.
        // Halving is exact, so the index is the same to the last bit either way.
        let star = Double(n - 1) * Double(n - 1) * Double(n - 2)
        return isDirected
            ? Centralization(scores: totals.dependency, theoreticalMax: star)
            : Centralization(scores: totals.dependency.map { $0 / 2 }, theoreticalMax: star / 2)
    }

    /// Freeman's centralisation of closeness: how much nearness to the others concentrates on
    /// one actor, as igraph 1.3 (C core 0.9) computes `centr_clo(graph, mode = "all")`.
    ///
    /// The scores are cᵢ = (rᵢ − 1) / Σⱼ d(i, j), where the distances count ties, ignoring
    /// their direction and weight, and run only to the rᵢ − 1 actors that *i* reaches; the
    /// theoretical maximum, a star's, is (*n* − 1)(*n* − 2) / (2*n* − 3). This closeness is
    /// igraph's, not networkx's: on a map in pieces each actor is scored within its own
    /// piece, without networkx's scaling by (rᵢ − 1) / (*n* − 1).
    ///
    /// - Parameter paths: The result of ``pathMeasures()`` on this projection,
    ///   reused when the projection is undirected and unweighted; otherwise the distances
    ///   are computed here.
    /// - Returns: The scores, the theoretical maximum and the index.
    /// - Throws: ``UndefinedMeasure`` of ``MapFigure/closenessCentralization`` when the map
    ///   has fewer than three actors, or an actor without ties, whose igraph closeness is
    ///   0 / 0 (igraph gives NaN).
    /// - Complexity: O(*n*·*m*) by breadth-first search, or O(*n*) with reusable `paths`.
    public func centralizationOfCloseness(_ paths: PathMeasures? = nil) throws(UndefinedMeasure) -> Centralization {
        let n = nodeCount
        try requireThreeActors(.closenessCentralization)
        let totals = if let paths, !paths.usesWeights, !paths.isDirected, paths.totals.nodeCount == n {
            paths.totals
        } else {
            ignoringDirection.breadthFirstDistanceTotals()
        }
        let isolates = totals.reachCount.count { $0 == 0 }
        guard isolates == 0 else {
            throw UndefinedMeasure(
                MapFigure.closenessCentralization,
                reason: "\(isolates) actor\(isolates == 1 ? " has" : "s have") no ties; igraph scores an actor's closeness "
                    + "over the actors it reaches, which is 0 / 0 for an actor without ties. Leave out isolated actors "
                    + "to compare the rest.")
        }
        let closeness = zip(totals.reachCount, totals.distanceSum).map { Double($0) / $1 }
        let star = Double((n - 1) * (n - 2)) / Double(2 * n - 3)
        return Centralization(scores: closeness, theoreticalMax: star)
    }

    /// ``centralizationOfDegree()``'s index alone: 0 when every actor has as many ties, 1 for
    /// a star.
    ///
    /// - Returns: igraph's `centr_degree(graph, mode = "all", loops = FALSE)$centralization`.
    /// - Throws: ``UndefinedMeasure`` when the map has fewer than three actors.
    /// - Complexity: O(*n*).
    public func degreeCentralization() throws(UndefinedMeasure) -> Double {
        try centralizationOfDegree().centralization
    }

    /// ``centralizationOfBetweenness(_:)``'s index alone: 0 when no actor brokers more than
    /// another, 1 for a star, whose centre lies on every path.
    ///
    /// - Parameter paths: Reused as ``centralizationOfBetweenness(_:)`` says.
    /// - Returns: igraph's `centr_betw(graph, directed = isDirected)$centralization`.
    /// - Throws: ``UndefinedMeasure`` when the map has fewer than three actors.
    /// - Complexity: O(*n*·*m*), or O(*n*) with reusable `paths`.
    public func betweennessCentralization(_ paths: PathMeasures? = nil) throws(UndefinedMeasure) -> Double {
        try centralizationOfBetweenness(paths).centralization
    }

    /// ``centralizationOfCloseness(_:)``'s index alone: 0 when every actor is as near the
    /// others, 1 for a star.
    ///
    /// - Parameter paths: Reused as ``centralizationOfCloseness(_:)`` says.
    /// - Returns: igraph's `centr_clo(graph, mode = "all")$centralization`.
    /// - Throws: ``UndefinedMeasure`` when the map has fewer than three actors or an actor
    ///   without ties.
    /// - Complexity: O(*n*·*m*), or O(*n*) with reusable `paths`.
    public func closenessCentralization(_ paths: PathMeasures? = nil) throws(UndefinedMeasure) -> Double {
        try centralizationOfCloseness(paths).centralization
    }

    private func requireThreeActors(_ figure: MapFigure) throws(UndefinedMeasure) {
        guard nodeCount >= 3 else {
            throw UndefinedMeasure(
                figure,
                reason: "centralisation compares actors with a star of the same size, and a map of "
                    + "\(nodeCount) actor\(nodeCount == 1 ? "" : "s") cannot be more or less centralised than that.")
        }
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
