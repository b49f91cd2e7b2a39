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
        let community = Self.denseLabels(communities)
        let communityCount = (community.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: communityCount)
        var outStrength = [Double](repeating: 0, count: communityCount)
        var inStrength = [Double](repeating: 0, count: communityCount)
        for node in 0..<nodeCount {
            for position in outOffsets[node]..<outOffsets[node + 1] {
                let weight = outWeights[position]
                outStrength[community[node]] += weight
                inStrength[community[outTargets[position]]] += weight
                if community[outTargets[position]] == community[node] { inside[community[node]] += weight }
            }
        }
        // Arc weight counts each undirected edge twice: m is half of it, and internal
        // weight likewise; K_c² / 4m² keeps the same form as K⁺K⁻ / m².
        let arcWeight = outWeights.reduce(0, +)
        guard arcWeight > 0 else {
            throw UndefinedMeasure(MapFigure.modularity, reason: "the map has no ties, so no share of ties can fall inside communities")
        }
        let m = isDirected ? arcWeight : arcWeight / 2
        let scale = isDirected ? 1 : 0.5
        var q = 0.0
        for c in 0..<communityCount {
            q += scale * inside[c] / m
                - resolution * (scale * outStrength[c]) * (scale * inStrength[c]) / (m * m)
        }
        return q
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
