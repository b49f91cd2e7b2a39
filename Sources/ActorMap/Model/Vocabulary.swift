/// The groups, actor kinds and relationship types a map can use: the built-in catalogue of
/// co-production work, extended or redefined by the dataset.
///
/// A dataset that defines an id the catalogue already has replaces that entry; new ids are
/// added after the catalogue's, in the dataset's order.
public struct Vocabulary: Hashable, Sendable {
    public private(set) var groups: [Group]
    public private(set) var kinds: [ActorKind]
    public private(set) var relationshipTypes: [RelationshipType]

    private var groupIndex: [String: Int] = [:]
    private var kindIndex: [String: Int] = [:]
    private var typeIndex: [String: Int] = [:]

    public init(groups: [Group], kinds: [ActorKind], relationshipTypes: [RelationshipType]) {
        self.groups = []
        self.kinds = []
        self.relationshipTypes = []
        define(groups: groups, kinds: kinds, relationshipTypes: relationshipTypes)
    }

    /// The catalogue with a dataset's own definitions laid over it.
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

    public func groupIndex(of id: String) -> Int? { groupIndex[id] }
    public func kindIndex(of id: String) -> Int? { kindIndex[id] }
    public func typeIndex(of id: String) -> Int? { typeIndex[id] }

    public func group(_ id: String) -> Group? { groupIndex[id].map { groups[$0] } }
    public func kind(_ id: String) -> ActorKind? { kindIndex[id].map { kinds[$0] } }
    public func relationshipType(_ id: String) -> RelationshipType? { typeIndex[id].map { relationshipTypes[$0] } }
}
