/// Which relationships count, by the evidence behind them: a least confidence, a least
/// number of sources, and relationships left out one by one.
///
/// The filter sits in ``ProjectionOptions/evidence``, so every measure, series and shift
/// honours it; a relationship it turns away is not a tie in any year. A relationship that
/// records no ``Confidence`` counts as `low`; a source cited twice by one relationship counts
/// once.
public struct EvidenceFilter: Hashable, Sendable {
    /// The least confidence a relationship needs; `nil` admits every confidence.
    public var minimumConfidence: Confidence?
    /// The least number of distinct sources a relationship needs; 0 admits ties with none.
    public var minimumSources: Int
    /// Relationships left out whatever their evidence, by index into the dataset's
    /// relationships: what a robustness check takes away in turn.
    public var excludedRelationships: Set<Int>

    /// A filter.
    ///
    /// - Parameters:
    ///   - minimumConfidence: The least confidence a relationship needs; any by default.
    ///   - minimumSources: The least number of distinct sources; 0 by default.
    ///   - excludedRelationships: Indices of relationships to leave out; none by default.
    public init(minimumConfidence: Confidence? = nil, minimumSources: Int = 0, excludedRelationships: Set<Int> = []) {
        self.minimumConfidence = minimumConfidence
        self.minimumSources = minimumSources
        self.excludedRelationships = excludedRelationships
    }

    /// Whether the filter turns any relationship away.
    public var isActive: Bool {
        (minimumConfidence.map { $0 > .low } ?? false) || minimumSources > 0 || !excludedRelationships.isEmpty
    }

    /// Whether a relationship counts.
    ///
    /// - Parameters:
    ///   - relationship: The relationship.
    ///   - index: Its index in the dataset's relationships.
    /// - Returns: `true` when its confidence and sources suffice and it is not left out.
    /// - Complexity: O(*k*) for *k* sources of the relationship.
    public func admits(_ relationship: Relationship, at index: Int) -> Bool {
        if let minimumConfidence, (relationship.confidence ?? .low) < minimumConfidence { return false }
        if minimumSources > 0, Self.distinctSources(of: relationship) < minimumSources { return false }
        return !excludedRelationships.contains(index)
    }

    /// The number of different sources a relationship cites.
    static func distinctSources(of relationship: Relationship) -> Int {
        relationship.sources.count < 2 ? relationship.sources.count : Set(relationship.sources).count
    }

    /// What a filter did to a map: how many relationships of the types measured it left out.
    public struct Effect: Hashable, Sendable, Codable {
        /// The least confidence asked for, as its word; `nil` when none was.
        public var minimumConfidence: String?
        /// The least number of sources asked for.
        public var minimumSources: Int
        /// The relationships of the types measured, in every year.
        public var relationships: Int
        /// Those the filter left out.
        public var removed: Int

        enum CodingKeys: String, CodingKey {
            case minimumConfidence = "min_confidence", minimumSources = "min_sources", relationships, removed
        }

        /// What the filter did, in a sentence: "--min-confidence medium left out 5 of the
        /// map's 31 relationships of the types measured (a tie that records no confidence
        /// counts as low)."
        public var sentence: String {
            var options: [String] = []
            if let minimumConfidence { options.append("--min-confidence \(minimumConfidence)") }
            if minimumSources > 0 { options.append("--min-sources \(minimumSources)") }
            let noun = relationships == 1 ? "relationship" : "relationships"
            var text = "\(options.joined(separator: " and ")) left out \(removed) of the map's \(relationships) \(noun) of the types measured, in every year"
            if minimumConfidence != nil { text += " (a tie that records no confidence counts as low)" }
            return text + "."
        }
    }

    /// What this filter does to a map measured on `options`: of the relationships whose type
    /// the projection counts, how many it leaves out.
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - types: Which relationship types count as ties.
    /// - Returns: The counts, with the thresholds asked for.
    /// - Complexity: O(*r*) for *r* relationships.
    public func effect(on dataset: Dataset, types: ProjectionOptions.Types) -> Effect {
        let keepType = dataset.vocabulary.relationshipTypes.map(types.includes)
        var considered = 0, removed = 0
        for (index, relationship) in dataset.relationships.enumerated() where keepType[dataset.relationshipEnds[index].type] {
            considered += 1
            if !admits(relationship, at: index) { removed += 1 }
        }
        return Effect(minimumConfidence: minimumConfidence?.rawValue, minimumSources: minimumSources, relationships: considered, removed: removed)
    }
}

extension Snapshot {
    /// The relationships on the map that a filter admits, in dataset order.
    ///
    /// - Parameter evidence: Which relationships count by their evidence.
    /// - Returns: Indices into the dataset's relationships; ``relationshipIndices`` itself when
    ///   the filter turns nothing away.
    /// - Complexity: O(*r*) for *r* relationships on the map.
    public func relationshipIndices(admitting evidence: EvidenceFilter) -> [Int] {
        guard evidence.isActive else { return relationshipIndices }
        return relationshipIndices.filter { evidence.admits(dataset.relationships[$0], at: $0) }
    }
}
