/// What a map holds at one moment: the actors active then, and the relationships active then
/// between two active actors.
///
/// Isolated actors stay in the snapshot: an organisation with no ties in a year is a finding,
/// not noise. Relationships keep their identity here, parallel ones included; merging
/// happens only when a ``Projection`` is made for the measures.
public struct Snapshot: Sendable {
    public let dataset: Dataset
    public let time: TimeSelection
    /// Indices into `dataset.actors` of the actors on the map, ascending.
    public let actorIndices: [Int]
    /// Indices into `dataset.relationships` of the relationships on the map, ascending.
    public let relationshipIndices: [Int]
    /// For each actor of the dataset, its position in `actorIndices`, or -1 when absent.
    private let positions: [Int]

    /// Takes the snapshot of `dataset` at `time`.
    ///
    /// - Complexity: O(*a* + *r*) for *a* actors and *r* relationships in the dataset.
    public init(_ dataset: Dataset, at time: TimeSelection = .allTime) {
        self.dataset = dataset
        self.time = time
        var positions = [Int](repeating: -1, count: dataset.actors.count)
        var actorIndices: [Int] = []
        for (index, actor) in dataset.actors.enumerated() where time.includes(actor.period) {
            positions[index] = actorIndices.count
            actorIndices.append(index)
        }
        var relationshipIndices: [Int] = []
        for (index, relationship) in dataset.relationships.enumerated() where time.includes(relationship.period) {
            let ends = dataset.relationshipEnds[index]
            if positions[ends.from] >= 0, positions[ends.to] >= 0 {
                relationshipIndices.append(index)
            }
        }
        self.actorIndices = actorIndices
        self.relationshipIndices = relationshipIndices
        self.positions = positions
    }

    /// The actors on the map, in dataset order.
    public var actors: [Actor] { actorIndices.map { dataset.actors[$0] } }

    /// The relationships on the map, in dataset order.
    public var relationships: [Relationship] { relationshipIndices.map { dataset.relationships[$0] } }

    /// The position in this snapshot of the actor at `datasetIndex` in the dataset.
    public func position(ofActorAt datasetIndex: Int) -> Int? {
        let position = positions[datasetIndex]
        return position >= 0 ? position : nil
    }

    /// The position in this snapshot of the actor with this id.
    public func position(of actorID: String) -> Int? {
        dataset.actorIndex(of: actorID).flatMap(position(ofActorAt:))
    }

    /// The graph the measures run on, for a choice of relationship types, direction and weighting.
    public func projection(_ options: ProjectionOptions = ProjectionOptions()) -> Projection {
        Projection(self, options: options)
    }
}
