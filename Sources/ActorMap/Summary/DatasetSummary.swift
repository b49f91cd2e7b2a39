/// What a map holds, counted: actors by group and kind, relationships by type, and how many
/// of each are active year by year.
public struct DatasetSummary: Sendable, Codable, Hashable {
    /// How many actors of one kind, or relationships of one type, the moment holds.
    public struct Count: Sendable, Codable, Hashable {
        /// The kind's or type's id.
        public var id: String
        /// The kind's or type's label.
        public var label: String
        /// How many, never 0: kinds and types with none are left out.
        public var count: Int
    }

    /// How many actors of one group the moment holds, and of which kinds.
    public struct GroupCount: Sendable, Codable, Hashable {
        /// The group's id.
        public var id: String
        /// The group's label.
        public var label: String
        /// How many actors of the group, never 0: groups with none are left out.
        public var count: Int
        /// The group's kinds that have actors, in the vocabulary's order.
        public var kinds: [Count]
    }

    /// How many actors and relationships are active in one year of the map's span.
    public struct Year: Sendable, Codable, Hashable {
        /// The year.
        public var year: Int
        /// The actors active in the year.
        public var actors: Int
        /// The relationships active in the year between two active actors.
        public var relationships: Int
    }

    /// The map's title.
    public var title: String
    /// The map's description, when it has one.
    public var description: String?
    /// The moment summarised, such as `2017` or `all time`.
    public var time: String
    /// The first year of the map's span; `nil` when nothing on the map is dated.
    public var firstYear: Int?
    /// The last year of the map's span; `nil` when nothing on the map is dated.
    public var lastYear: Int?
    /// The actors on the map at the moment.
    public var actors: Int
    /// The relationships on the map at the moment.
    public var relationships: Int
    /// The actors by group, then by kind, in the vocabulary's order.
    public var groups: [GroupCount]
    /// The relationships by type, in the vocabulary's order.
    public var relationshipTypes: [Count]
    /// Actors and relationships year by year over the whole span, whatever the moment.
    public var years: [Year]

    enum CodingKeys: String, CodingKey {
        case title, description, time, actors, relationships, groups, years
        case firstYear = "first_year", lastYear = "last_year", relationshipTypes = "relationship_types"
    }

    /// Summarises `snapshot`; the year-by-year table covers the map's whole ``MapSpan``.
    ///
    /// - Parameter snapshot: The moment to count; its dataset gives the title and the span.
    ///
    /// - Complexity: O((*a* + *r*) · *y*) for *y* years in the span.
    public init(_ snapshot: Snapshot) {
        let dataset = snapshot.dataset
        let vocabulary = dataset.vocabulary
        title = dataset.title
        description = dataset.description
        time = snapshot.time.description
        let span = MapSpan(dataset)?.years
        firstYear = span?.lowerBound
        lastYear = span?.upperBound
        actors = snapshot.actorIndices.count
        relationships = snapshot.relationshipIndices.count

        var kindCounts = [Int](repeating: 0, count: vocabulary.kinds.count)
        for index in snapshot.actorIndices { kindCounts[dataset.actorKindIndices[index]] += 1 }
        groups = vocabulary.groups.enumerated().compactMap { groupIndex, group in
            let kinds = vocabulary.kinds.enumerated().compactMap { kindIndex, kind -> Count? in
                guard kind.group == group.id, kindCounts[kindIndex] > 0 else { return nil }
                return Count(id: kind.id, label: kind.label, count: kindCounts[kindIndex])
            }
            let total = kinds.reduce(0) { $0 + $1.count }
            return total > 0 ? GroupCount(id: group.id, label: group.label, count: total, kinds: kinds) : nil
        }

        var typeCounts = [Int](repeating: 0, count: vocabulary.relationshipTypes.count)
        for index in snapshot.relationshipIndices { typeCounts[dataset.relationshipEnds[index].type] += 1 }
        relationshipTypes = vocabulary.relationshipTypes.enumerated().compactMap { index, type in
            typeCounts[index] > 0 ? Count(id: type.id, label: type.label, count: typeCounts[index]) : nil
        }

        years = (span.map(Array.init) ?? []).map { year in
            let yearly = Snapshot(dataset, at: .year(year))
            return Year(year: year, actors: yearly.actorIndices.count, relationships: yearly.relationshipIndices.count)
        }
    }
}
