/// What a map holds, counted: actors by group and kind, relationships by type, and how many
/// of each are active year by year.
public struct DatasetSummary: Sendable, Codable, Hashable {
    public struct Count: Sendable, Codable, Hashable {
        public var id: String
        public var label: String
        public var count: Int
    }

    public struct GroupCount: Sendable, Codable, Hashable {
        public var id: String
        public var label: String
        public var count: Int
        public var kinds: [Count]
    }

    public struct Year: Sendable, Codable, Hashable {
        public var year: Int
        public var actors: Int
        public var relationships: Int
    }

    public var title: String
    public var description: String?
    /// The moment summarised, such as `2017` or `all time`.
    public var time: String
    public var firstYear: Int?
    public var lastYear: Int?
    public var actors: Int
    public var relationships: Int
    public var groups: [GroupCount]
    public var relationshipTypes: [Count]
    public var years: [Year]

    enum CodingKeys: String, CodingKey {
        case title, description, time, actors, relationships, groups, years
        case firstYear = "first_year", lastYear = "last_year", relationshipTypes = "relationship_types"
    }

    /// Summarises `snapshot`; the year-by-year table covers the map's whole ``MapSpan``.
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
