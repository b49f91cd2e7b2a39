/// An organisation or person on the map: a federation, an agency, a city government, a donor.
public struct Actor: Hashable, Sendable, Identifiable {
    /// A stable key made of lowercase letters, digits, `.`, `_` and `-`.
    public var id: String
    public var name: String
    /// The id of the actor's kind, which also places it in a group.
    public var kind: String
    /// When the actor exists on the map; open when unknown.
    public var period: Period
    public var tags: [String]
    public var attributes: [String: AttributeValue]
    public var source: String?
    public var note: String?

    public init(
        id: String, name: String, kind: String, period: Period = .always,
        tags: [String] = [], attributes: [String: AttributeValue] = [:],
        source: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.period = period
        self.tags = tags
        self.attributes = attributes
        self.source = source
        self.note = note
    }
}
