/// An organisation or person on the map: a federation, an agency, a city government, a donor.
public struct Actor: Hashable, Sendable, Identifiable {
    /// A stable key made of lowercase letters, digits, `.`, `_` and `-`.
    public var id: String
    /// The name readers see, in any script: `Muungano wa Wanavijiji`.
    public var name: String
    /// The id of the actor's kind, which also places it in a group.
    public var kind: String
    /// When the actor exists on the map; open when unknown.
    public var period: Period
    /// Words to filter and find actors by, such as `nairobi` or `sdi`.
    public var tags: [String]
    /// Free-form values the analyst recorded (`country: Kenya`, `members: 60000`), kept
    /// with their types and carried into exports.
    public var attributes: [String: AttributeValue]
    /// Values the analyst recorded over time or from several informants, such as
    /// `influence` rated 3 from 2005 and 6 from 2012; an attribute is here or in
    /// ``attributes``, not both. ``Snapshot/attribute(_:ofActorAt:)`` reads either at a moment.
    public var datedAttributes: [String: [DatedAttributeValue]]
    /// The id of the ``Source`` the actor is taken from.
    public var source: String?
    /// Free text, such as why a year was estimated.
    public var note: String?

    /// Creates an actor; it is checked when a ``Dataset`` is made of it.
    ///
    /// - Parameters:
    ///   - id: A stable key: lowercase letters, digits, `.`, `_` and `-`, unique among actors.
    ///   - name: The name readers see.
    ///   - kind: The id of a kind, built in or defined by the dataset.
    ///   - period: When the actor is on the map; always, when unknown.
    ///   - tags: Words to filter and find the actor by.
    ///   - attributes: Free-form values, kept with their types.
    ///   - source: The id of the source the actor is taken from.
    ///   - note: Free text.
    ///   - datedAttributes: Values given over time or by several informants.
    public init(
        id: String, name: String, kind: String, period: Period = .always,
        tags: [String] = [], attributes: [String: AttributeValue] = [:],
        source: String? = nil, note: String? = nil, datedAttributes: [String: [DatedAttributeValue]] = [:]
    ) {
        self.datedAttributes = datedAttributes
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
