extension Projection {
    /// The modularity of a division of the actors into communities: the share of tie
    /// weight inside communities, less the share expected if ties fell at random with the
    /// same degrees.
    ///
    /// This is networkx's `modularity`. For an undirected projection with total edge
    /// weight *m* and community *c* holding internal edge weight *L_c* and strength *K_c*,
    ///
    ///     Q = Σ_c [ L_c / m − γ (K_c / 2m)² ]    (Newman & Girvan 2004; Newman 2006),
    ///
    /// and for a directed projection with total arc weight *m*, internal arc weight *L_c*,
    /// out-strength *K⁺_c* and in-strength *K⁻_c*,
    ///
    ///     Q = Σ_c [ L_c / m − γ K⁺_c K⁻_c / m² ]    (Leicht & Newman 2008).
    ///
    /// Weights count as they are; unweighted projections count each tie 1. The resolution γ
    /// above 1 favours smaller communities, below 1 larger ones (Reichardt & Bornholdt 2006).
    ///
    /// - Parameters:
    ///   - communities: A community label for each node, indexed by node; any integers,
    ///     equal labels meaning the same community.
    ///   - resolution: The resolution γ.
    /// - Returns: The modularity *Q*, at most 1.
    /// - Throws: ``UndefinedMeasure`` when the projection has no ties, since the shares are
    ///   then 0 / 0.
    /// - Precondition: `communities.count == nodeCount`.
    /// - Complexity: O(*n* + *m*).
    public func modularity(of communities: [Int], resolution: Double = 1) throws(UndefinedMeasure) -> Double {
        precondition(communities.count == nodeCount, "one community label per node is needed")
        // Louvain's first level is this projection as it is, and scores divisions the same way.
        let level = LouvainLevel(self)
        guard level.totalWeight > 0 else {
            throw UndefinedMeasure(MapFigure.modularity, reason: "the map has no ties, so no share of ties can fall inside communities")
        }
        return level.modularity(of: Self.denseLabels(communities), resolution: resolution)
    }

    /// Relabels arbitrary community labels as 0, 1, 2… in order of each community's first
    /// node.
    static func denseLabels(_ labels: [Int]) -> [Int] {
        var dense: [Int: Int] = [:]
        dense.reserveCapacity(labels.count)
        return labels.map { label in
            if let known = dense[label] { return known }
            dense[label] = dense.count
            return dense.count - 1
        }
    }
}
