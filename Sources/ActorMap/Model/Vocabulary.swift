/// The groups, actor kinds and relationship types a map can use: the built-in catalogue of
/// co-production work, extended or redefined by the dataset.
///
/// A dataset that defines an id the catalogue already has replaces that entry; new ids are
/// added after the catalogue's, in the dataset's order.
public struct Vocabulary: Hashable, Sendable {
    /// Every group, the catalogue's first, then those the dataset adds.
    public private(set) var groups: [Group]
    /// Every actor kind, the catalogue's first, then those the dataset adds.
    public private(set) var kinds: [ActorKind]
    /// Every relationship type, the catalogue's first, then those the dataset adds.
    public private(set) var relationshipTypes: [RelationshipType]
    /// Every declared attribute, the catalogue's first (influence, interest, stance), then
    /// those the dataset adds.
    public private(set) var attributes: [AttributeDeclaration] = []

    private var attributeIndex: [String: Int] = [:]
    private var groupIndex: [String: Int] = [:]
    private var kindIndex: [String: Int] = [:]
    private var typeIndex: [String: Int] = [:]

    /// Creates a vocabulary; a later entry with an earlier one's id replaces it.
    ///
    /// - Parameters:
    ///   - groups: The groups.
    ///   - kinds: The actor kinds.
    ///   - relationshipTypes: The relationship types.
    ///   - attributes: The declared attributes.
    public init(groups: [Group], kinds: [ActorKind], relationshipTypes: [RelationshipType], attributes: [AttributeDeclaration] = []) {
        self.groups = []
        self.kinds = []
        self.relationshipTypes = []
        define(groups: groups, kinds: kinds, relationshipTypes: relationshipTypes)
        for attribute in attributes { Self.upsert(attribute, into: &self.attributes, index: &attributeIndex) }
    }

    /// The catalogue with a dataset's own definitions laid over it.
    ///
    /// - Parameters:
    ///   - groups: Groups that replace those with the same id, or are added after the rest.
    ///   - kinds: Actor kinds, likewise.
    ///   - relationshipTypes: Relationship types, likewise.
    /// - Returns: This vocabulary with the definitions applied; indices of entries it
    ///   already had do not change.
    public func extended(groups: [Group], kinds: [ActorKind], relationshipTypes: [RelationshipType]) -> Vocabulary {
        var result = self
        result.define(groups: groups, kinds: kinds, relationshipTypes: relationshipTypes)
        return result
    }

    private mutating func define(groups: [Group], kinds: [ActorKind], relationshipTypes: [RelationshipType]) {
        for group in groups { Self.upsert(group, into: &self.groups, index: &groupIndex) }
        for kind in kinds { Self.upsert(kind, into: &self.kinds, index: &kindIndex) }
        for type in relationshipTypes { Self.upsert(type, into: &self.relationshipTypes, index: &typeIndex) }
    }

    private static func upsert<Entry: Identifiable>(
        _ entry: Entry, into entries: inout [Entry], index: inout [String: Int]
    ) where Entry.ID == String {
        if let position = index[entry.id] {
            entries[position] = entry
        } else {
            index[entry.id] = entries.count
            entries.append(entry)
        }
    }

    /// The index of a group in ``groups``.
    ///
    /// - Parameter id: The group's id, such as `state`.
    /// - Returns: The index, or `nil` when no group has the id.
    public func groupIndex(of id: String) -> Int? { groupIndex[id] }

    /// The index of an actor kind in ``kinds``.
    ///
    /// - Parameter id: The kind's id, such as `federation`.
    /// - Returns: The index, or `nil` when no kind has the id.
    public func kindIndex(of id: String) -> Int? { kindIndex[id] }

    /// The index of a relationship type in ``relationshipTypes``.
    ///
    /// - Parameter id: The type's id, such as `mou`.
    /// - Returns: The index, or `nil` when no type has the id.
    public func typeIndex(of id: String) -> Int? { typeIndex[id] }

    /// The group with this id.
    ///
    /// - Parameter id: The group's id, such as `state`.
    /// - Returns: The group, or `nil` when no group has the id.
    public func group(_ id: String) -> Group? { groupIndex[id].map { groups[$0] } }

    /// The actor kind with this id.
    ///
    /// - Parameter id: The kind's id, such as `federation`.
    /// - Returns: The kind, or `nil` when no kind has the id.
    public func kind(_ id: String) -> ActorKind? { kindIndex[id].map { kinds[$0] } }

    /// The relationship type with this id.
    ///
    /// - Parameter id: The type's id, such as `mou`.
    /// - Returns: The relationship type, or `nil` when no type has the id.
    public func relationshipType(_ id: String) -> RelationshipType? { typeIndex[id].map { relationshipTypes[$0] } }

    /// The declaration of the attribute with this id.
    ///
    /// - Parameter id: The attribute's id, such as `influence`.
    /// - Returns: The declaration, or `nil` when neither the catalogue nor the dataset declares it.
    public func attribute(_ id: String) -> AttributeDeclaration? { attributeIndex[id].map { attributes[$0] } }

    /// The catalogue with a dataset's attribute declarations laid over it.
    ///
    /// - Parameter attributes: Declarations that replace those with the same id, or are
    ///   added after the rest.
    /// - Returns: This vocabulary with the declarations applied.
    public func declaring(_ attributes: [AttributeDeclaration]) -> Vocabulary {
        var result = self
        for attribute in attributes { Self.upsert(attribute, into: &result.attributes, index: &result.attributeIndex) }
        return result
    }
}
