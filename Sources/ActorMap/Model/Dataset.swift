import Foundation

/// An actor map: actors, the typed and time-bounded relationships between them, and the
/// sources they come from.
///
/// A `Dataset` is always valid: every id it refers to exists, every period runs forwards and
/// every weight is a finite number, 0 or more. Creating one checks all of that and throws a
/// ``DatasetError`` listing every problem at once. Ids are resolved to dense indices once,
/// here, so that snapshots and projections never look a string up again.
public struct Dataset: Sendable {
    /// The map's title, which drawings and reports show.
    public let title: String
    /// A paragraph on what the map shows.
    public let description: String?
    /// The date the map was recorded as of: how far an open-ended actor or tie reaches
    /// (see ``MapSpan``). `nil` when the map does not say.
    public internal(set) var asOf: CalendarDate?
    /// The citations that actors and relationships point to.
    public internal(set) var sources: [Source]
    /// The groups, kinds and relationship types as the dataset itself defines them.
    public let groups: [Group]
    /// The actor kinds the dataset itself defines; ``vocabulary`` has the catalogue's too.
    public let kinds: [ActorKind]
    /// The relationship types the dataset itself defines; ``vocabulary`` has the catalogue's too.
    public let relationshipTypes: [RelationshipType]
    /// The attributes the dataset declares itself; ``vocabulary`` has the catalogue's too.
    public let attributes: [AttributeDeclaration]
    /// The actors, in the dataset's order: every index into the dataset's actors counts in it.
    public internal(set) var actors: [Actor]
    /// The relationships, in the dataset's order, each bounded in time.
    public internal(set) var relationships: [Relationship]
    /// The catalogue with the dataset's definitions laid over it: what ids resolve against.
    public let vocabulary: Vocabulary
    /// Problems that do not stop the dataset from being used.
    public let warnings: [Problem]

    /// For each actor, the index of its kind in `vocabulary.kinds`.
    public let actorKindIndices: [Int]
    /// For each actor, the index of its group in `vocabulary.groups`.
    public let actorGroupIndices: [Int]
    /// For each relationship, its two actors and its type as indices.
    public let relationshipEnds: [RelationshipEnds]

    private let actorIndexByID: [String: Int]

    /// Creates a dataset, checking it.
    ///
    /// Ids are checked for form and uniqueness, references (kinds, groups, types, sources,
    /// the ends of each relationship) are resolved against the catalogue with the
    /// dataset's own definitions laid over it, periods must run forwards and weights be
    /// finite and not negative. Problems that do not stop the map from being used, such as a
    /// relationship reaching outside an actor's period, are kept in ``warnings``.
    ///
    /// - Parameters:
    ///   - title: The map's title.
    ///   - description: A paragraph on what the map shows.
    ///   - asOf: The date the map was recorded as of: how far open-ended actors and ties reach.
    ///   - sources: The citations that actors and relationships point to.
    ///   - groups: Groups the dataset defines or redefines.
    ///   - kinds: Actor kinds the dataset defines or redefines.
    ///   - relationshipTypes: Relationship types the dataset defines or redefines.
    ///   - actors: The actors.
    ///   - relationships: The relationships between them.
    ///   - attributes: Attributes the dataset declares, or redeclares from the catalogue.
    /// - Throws: ``DatasetError`` with every problem found, when any is an error.
    public init(
        title: String, description: String? = nil, asOf: CalendarDate? = nil, sources: [Source] = [],
        groups: [Group] = [], kinds: [ActorKind] = [], relationshipTypes: [RelationshipType] = [],
        actors: [Actor], relationships: [Relationship], attributes: [AttributeDeclaration] = []
    ) throws(DatasetError) {
        try self.init(
            title: title, description: description, asOf: asOf, sources: sources, groups: groups, kinds: kinds,
            relationshipTypes: relationshipTypes, actors: actors, relationships: relationships,
            attributes: attributes, locations: SourceLocations(file: nil)
        )
    }

    init(
        title: String, description: String?, asOf: CalendarDate? = nil, sources: [Source],
        groups: [Group], kinds: [ActorKind], relationshipTypes: [RelationshipType],
        actors: [Actor], relationships: [Relationship], attributes: [AttributeDeclaration] = [], locations: any SourceLocating,
        requiringSources: Bool = false
    ) throws(DatasetError) {
        let vocabulary = Vocabulary.catalogue.extended(groups: groups, kinds: kinds, relationshipTypes: relationshipTypes)
            .declaring(attributes)
        var validator = DatasetValidator(vocabulary: vocabulary, locations: locations, requiringSources: requiringSources)
        let resolved = validator.check(
            title: title, sources: sources, groups: groups, kinds: kinds, relationshipTypes: relationshipTypes,
            actors: actors, relationships: relationships
        )
        validator.checkAttributes(declared: attributes, actors: actors, relationships: relationships, sources: sources)
        guard let resolved, !validator.problems.contains(where: { $0.severity == .error }) else {
            throw DatasetError(problems: validator.problems)
        }
        self.title = title
        self.description = description
        self.asOf = asOf
        self.sources = sources
        self.groups = groups
        self.kinds = kinds
        self.relationshipTypes = relationshipTypes
        self.attributes = attributes
        self.actors = actors
        self.relationships = relationships
        self.vocabulary = vocabulary
        self.warnings = validator.problems
        self.actorKindIndices = resolved.actorKinds
        self.actorGroupIndices = resolved.actorGroups
        self.relationshipEnds = resolved.ends
        self.actorIndexByID = resolved.actorIndexByID
    }

    /// The index of the actor with this id in ``actors``.
    ///
    /// - Parameter id: An actor's id, such as `muungano`.
    /// - Returns: The index, or `nil` when no actor has the id.
    /// - Complexity: O(1) on average.
    public func actorIndex(of id: String) -> Int? { actorIndexByID[id] }

    /// The actor with this id.
    ///
    /// - Parameter id: An actor's id, such as `muungano`.
    /// - Returns: The actor, or `nil` when no actor has the id.
    /// - Complexity: O(1) on average.
    public func actor(_ id: String) -> Actor? { actorIndexByID[id].map { actors[$0] } }

    /// The group an actor belongs to, through its kind.
    ///
    /// - Parameter index: The actor's index in ``actors``.
    /// - Returns: The group, from ``vocabulary``.
    public func group(ofActorAt index: Int) -> Group { vocabulary.groups[actorGroupIndices[index]] }

    /// The kind of an actor.
    ///
    /// - Parameter index: The actor's index in ``actors``.
    /// - Returns: The kind, from ``vocabulary``.
    public func kind(ofActorAt index: Int) -> ActorKind { vocabulary.kinds[actorKindIndices[index]] }

    /// The type of a relationship.
    ///
    /// - Parameter index: The relationship's index in ``relationships``.
    /// - Returns: The relationship type, from ``vocabulary``.
    public func type(ofRelationshipAt index: Int) -> RelationshipType {
        vocabulary.relationshipTypes[relationshipEnds[index].type]
    }

    /// The first and last years anything on the map is dated to, or `nil` when nothing is.
    /// The years a map speaks about, open ends and `as_of` included, are its ``MapSpan``.
    public var yearSpan: ClosedRange<Int>? { MapSpan.datedYears(of: self).years }
}

/// The two actors and the type of a relationship, as indices into the dataset.
public struct RelationshipEnds: Hashable, Sendable {
    /// Index into `Dataset.actors`.
    public var from: Int
    /// Index into `Dataset.actors`.
    public var to: Int
    /// Index into `Dataset.vocabulary.relationshipTypes`.
    public var type: Int
}
