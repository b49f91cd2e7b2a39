/// What a map holds at one moment: the actors active then, and the relationships active then
/// between two active actors.
///
/// Isolated actors stay in the snapshot: an organisation with no ties in a year is a finding,
/// not noise. Relationships keep their identity here, parallel ones included; merging
/// happens only when a ``Projection`` is made for the measures.
///
/// An actor's *position* is its place in ``actorIndices``, which is also its node in every
/// ``Projection`` of the snapshot; its *dataset index* is its place in `dataset.actors`.
public struct Snapshot: Sendable {
    /// The whole map the snapshot is taken of.
    public let dataset: Dataset
    /// The moment: a year, a date or a window.
    public let time: TimeSelection
    /// Dataset indices (into `dataset.actors`) of the actors on the map, ascending; an
    /// actor's position is its place in this array.
    public let actorIndices: [Int]
    /// Indices into `dataset.relationships` of the relationships on the map, ascending.
    public let relationshipIndices: [Int]
    /// For each actor of the dataset, its position in `actorIndices`, or -1 when absent.
    private let positions: [Int]
    /// What an ``ActorFilter`` removed, when the snapshot was taken through one
    /// (``keeping(_:)``); `nil` otherwise.
    public let filtering: ActorFilterOutcome?

    /// Takes the snapshot of `dataset` at `time`.
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - time: The moment; the whole map, whatever the dates, by default.
    /// - Complexity: O(*a* + *r*) for *a* actors and *r* relationships in the dataset.
    public init(_ dataset: Dataset, at time: TimeSelection = .allTime) {
        self.init(dataset, at: time, activeDays: ActiveDays(dataset))
    }

    /// Takes the snapshot of `dataset` at `time`, reading when each actor and relationship is
    /// active from `days`, which many snapshots of one map share.
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - time: The moment.
    ///   - days: The active days of `dataset`'s actors and relationships.
    /// - Complexity: O(*a* + *r*) for *a* actors and *r* relationships in the dataset.
    init(_ dataset: Dataset, at time: TimeSelection, activeDays days: ActiveDays) {
        self.dataset = dataset
        self.time = time
        let first = time.firstDay, last = time.lastDay
        var positions = [Int](repeating: -1, count: dataset.actors.count)
        var actorIndices: [Int] = []
        for (index, active) in days.actors.enumerated() where active.meets(first, last) {
            positions[index] = actorIndices.count
            actorIndices.append(index)
        }
        var relationshipIndices: [Int] = []
        for (index, active) in days.relationships.enumerated() where active.meets(first, last) {
            let ends = dataset.relationshipEnds[index]
            if positions[ends.from] >= 0, positions[ends.to] >= 0 {
                relationshipIndices.append(index)
            }
        }
        self.actorIndices = actorIndices
        self.relationshipIndices = relationshipIndices
        self.positions = positions
        filtering = nil
    }

    /// A snapshot of chosen actors and relationships: as a filter leaves them, or a map that
    /// no moment of the dataset shows as such, such as the maps between two moments that
    /// ``ShiftDecomposition`` measures.
    ///
    /// - Parameters:
    ///   - dataset: The map the actors and relationships come from.
    ///   - time: The moment the snapshot stands for.
    ///   - actorIndices: Dataset indices of the actors on the map, ascending.
    ///   - relationshipIndices: Indices of relationships between two of those actors, ascending.
    ///   - filtering: What a filter removed to leave them, if one did.
    /// - Complexity: O(*a*) for *a* actors in the dataset.
    init(_ dataset: Dataset, at time: TimeSelection, actorIndices: [Int], relationshipIndices: [Int], filtering: ActorFilterOutcome? = nil) {
        self.dataset = dataset
        self.time = time
        var positions = [Int](repeating: -1, count: dataset.actors.count)
        for (position, index) in actorIndices.enumerated() { positions[index] = position }
        self.actorIndices = actorIndices
        self.relationshipIndices = relationshipIndices
        self.positions = positions
        self.filtering = filtering
    }

    /// The same moment of the map without some of its actors and relationships: what the
    /// map would be had they never been there. An actor taken away takes its relationships
    /// with it; every other actor and relationship stays, isolated or not.
    ///
    /// Measures of the result are exactly the measures of the reduced graph (networkx's on
    /// `G.subgraph(rest)` with the removed edges taken out too).
    ///
    /// - Parameters:
    ///   - actors: Dataset indices of actors to take away; those not on the map are ignored.
    ///   - relationships: Indices into `dataset.relationships` of relationships to take away.
    /// - Returns: The reduced snapshot, at the same moment.
    /// - Complexity: O(*a* + *r*) for *a* actors and *r* relationships in the dataset.
    public func removing(actors: Set<Int>, relationships: Set<Int> = []) -> Snapshot {
        var positions = [Int](repeating: -1, count: dataset.actors.count)
        var kept: [Int] = []
        for index in actorIndices where !actors.contains(index) {
            positions[index] = kept.count
            kept.append(index)
        }
        let ties = relationshipIndices.filter { index in
            let ends = dataset.relationshipEnds[index]
            return !relationships.contains(index) && positions[ends.from] >= 0 && positions[ends.to] >= 0
        }
        return Snapshot(dataset: dataset, time: time, actorIndices: kept, relationshipIndices: ties, positions: positions, filtering: filtering)
    }

    private init(dataset: Dataset, time: TimeSelection, actorIndices: [Int], relationshipIndices: [Int], positions: [Int], filtering: ActorFilterOutcome?) {
        self.dataset = dataset
        self.time = time
        self.actorIndices = actorIndices
        self.relationshipIndices = relationshipIndices
        self.positions = positions
        self.filtering = filtering
    }

    /// The actors on the map, in dataset order (by position).
    ///
    /// - Complexity: O(*n*).
    public var actors: [Actor] { actorIndices.map { dataset.actors[$0] } }

    /// The relationships on the map, in dataset order.
    ///
    /// - Complexity: O(*r*).
    public var relationships: [Relationship] { relationshipIndices.map { dataset.relationships[$0] } }

    /// The position in this snapshot of the actor at `datasetIndex` in the dataset.
    ///
    /// - Parameter datasetIndex: The actor's index in `dataset.actors`.
    /// - Returns: Its position (and node in a projection), or `nil` when it is not on the map.
    /// - Complexity: O(1).
    public func position(ofActorAt datasetIndex: Int) -> Int? {
        let position = positions[datasetIndex]
        return position >= 0 ? position : nil
    }

    /// The position in this snapshot of the actor with this id.
    ///
    /// - Parameter actorID: The actor's id.
    /// - Returns: Its position (and node in a projection), or `nil` when the id names no
    ///   actor or the actor is not on the map.
    /// - Complexity: O(1) on average.
    public func position(of actorID: String) -> Int? {
        dataset.actorIndex(of: actorID).flatMap(position(ofActorAt:))
    }

    /// The graph the measures run on, for a choice of relationship types, direction and weighting.
    ///
    /// - Parameter options: Which types count as ties, their direction and weighting.
    /// - Returns: The projection; node *v* is the actor at position *v*.
    /// - Complexity: O(*n* + *r* log *d*), as ``Projection/init(_:options:)``.
    public func projection(_ options: ProjectionOptions = ProjectionOptions()) -> Projection {
        Projection(self, options: options)
    }
}

/// The days each actor and relationship of a map is active, apart from the rest of their
/// records: a snapshot reads 16 bytes per actor and relationship instead of whole records,
/// and a series of snapshots computes the days once.
struct ActiveDays: Sendable {
    /// The first and last day of one period, as `yyyymmdd`; `Int.min` and `Int.max` for
    /// open ends, as in ``Period``.
    struct Span: Sendable {
        let first: Int
        let last: Int

        /// Whether the span shares a day with `spanStart…spanEnd`, as ``Period/meets(firstDay:lastDay:)``.
        @inline(__always) func meets(_ spanStart: Int, _ spanEnd: Int) -> Bool {
            first <= spanEnd && last >= spanStart
        }
    }

    /// Each actor's days, in the dataset's order.
    let actors: [Span]
    /// Each relationship's days, in the dataset's order.
    let relationships: [Span]

    /// The days of every actor and relationship of `dataset`.
    ///
    /// - Complexity: O(*a* + *r*).
    init(_ dataset: Dataset) {
        actors = dataset.actors.indices.map { Span(dataset.actors[$0].period) }
        relationships = dataset.relationships.indices.map { Span(dataset.relationships[$0].period) }
    }
}

extension ActiveDays.Span {
    init(_ period: Period) { self.init(first: period.firstDay, last: period.lastDay) }
}
