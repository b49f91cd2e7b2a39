/// A typed, signed, weighted, time-bounded tie between two actors.
///
/// For an undirected type (an MoU) the order of `from` and `to` carries no meaning; for a
/// directed type (funding) the tie runs from `from` to `to`.
public struct Relationship: Hashable, Sendable {
    public var from: String
    public var to: String
    /// The id of the relationship type.
    public var type: String
    public var period: Period
    /// The strength of the tie, finite and positive; 1 when not recorded.
    public var weight: Double
    /// A sum of money that moved, for funding ties.
    public var amount: Double?
    public var currency: String?
    public var source: String?
    public var label: String?
    public var note: String?
    public var attributes: [String: AttributeValue]

    public init(
        from: String, to: String, type: String, period: Period = .always, weight: Double = 1,
        amount: Double? = nil, currency: String? = nil, source: String? = nil,
        label: String? = nil, note: String? = nil, attributes: [String: AttributeValue] = [:]
    ) {
        self.from = from
        self.to = to
        self.type = type
        self.period = period
        self.weight = weight
        self.amount = amount
        self.currency = currency
        self.source = source
        self.label = label
        self.note = note
        self.attributes = attributes
    }
}
