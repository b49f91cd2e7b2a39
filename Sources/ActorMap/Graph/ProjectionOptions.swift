/// How relationships become the graph that measures run on.
public struct ProjectionOptions: Hashable, Sendable {
    /// Which relationship types count as ties.
    public enum Types: Hashable, Sendable {
        /// Every type of positive sign: cooperation, not conflict. The default.
        case positive
        /// Every type of negative sign, such as contention.
        case negative
        /// Every type whatever its sign.
        case all
        /// The types with these ids.
        case only(Set<String>)

        func includes(_ type: RelationshipType) -> Bool {
            switch self {
            case .positive: type.sign > 0
            case .negative: type.sign < 0
            case .all: true
            case .only(let ids): ids.contains(type.id)
            }
        }
    }

    /// Whether the graph keeps the direction of ties.
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        /// Arcs: a directed type (funding) runs one way, an undirected type (an MoU) becomes
        /// an arc each way.
        case directed
        /// Edges: every tie joins its two actors, whatever its type's direction.
        case undirected
    }

    /// Which relationship types count as ties.
    public var types: Types
    /// Whether ties keep their direction.
    public var direction: Direction
    /// Whether tie weights are kept; when not, every tie counts 1, however many
    /// relationships it merges.
    public var weighted: Bool
    /// Which relationships count by the evidence behind them; every one by default.
    public var evidence: EvidenceFilter = EvidenceFilter()

    /// Which actors the measures keep at each moment (`--where`); every actor by default.
    /// ``MetricsTable`` applies it to its snapshot (``Snapshot/keeping(_:)``) before
    /// measuring; a ``Projection`` of a snapshot does not, since its nodes are the
    /// snapshot's positions.
    public var actorFilter: ActorFilter = .none

    /// Options for a projection.
    ///
    /// - Parameters:
    ///   - types: Which relationship types count as ties; those of positive sign by default.
    ///   - direction: Whether ties keep their direction; undirected by default.
    ///   - weighted: Whether tie weights are kept; not by default.
    ///   - evidence: Which relationships count by their confidence and sources; every one by default.
    ///   - actorFilter: Which actors to keep; every one by default.
    public init(
        types: Types = .positive, direction: Direction = .undirected, weighted: Bool = false,
        evidence: EvidenceFilter = EvidenceFilter(), actorFilter: ActorFilter = .none
    ) {
        self.types = types
        self.direction = direction
        self.weighted = weighted
        self.evidence = evidence
        self.actorFilter = actorFilter
    }
}
