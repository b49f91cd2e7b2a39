/// A typed, signed, weighted, time-bounded tie between two actors.
///
/// For an undirected type (an MoU) the order of `from` and `to` carries no meaning; for a
/// directed type (funding) the tie runs from `from` to `to`.
public struct Relationship: Hashable, Sendable {
    /// The id of the actor the tie runs from: the donor of a funding tie.
    public var from: String
    /// The id of the actor the tie runs to: the recipient of a funding tie.
    public var to: String
    /// The id of the relationship type.
    public var type: String
    /// When the tie holds; open when unknown.
    public var period: Period
    /// The strength of the tie, finite and 0 or more; 1 when not recorded. A tie of weight
    /// 0 is a tie: unweighted measures count it, weighted ones add its 0, and paths, whose
    /// length is 1 / weight, never run along it.
    public var weight: Double
    /// A sum of money that moved, for funding ties.
    public var amount: Double?
    /// The currency of ``amount``, such as `USD` or `KES`.
    public var currency: String?
    /// The ids of the ``Source``s the tie is taken from, in the order given; empty when
    /// none is recorded.
    public var sources: [String]
    /// How sure the analyst is of the tie; `nil` when not recorded, which filters count as
    /// ``Confidence/low``.
    public var confidence: Confidence?
    /// A short text shown on the tie in drawings.
    public var label: String?
    /// Free text.
    public var note: String?
    /// Free-form values the analyst recorded, kept with their types.
    public var attributes: [String: AttributeValue]
    /// Values recorded over time or from several informants; an attribute is here or in
    /// ``attributes``, not both.
    public var datedAttributes: [String: [DatedAttributeValue]]

    /// Creates a relationship; it is checked when a ``Dataset`` is made of it.
    ///
    /// - Parameters:
    ///   - from: The id of the actor the tie runs from.
    ///   - to: The id of the actor the tie runs to; another actor than `from`.
    ///   - type: The id of a relationship type.
    ///   - period: When the tie holds; always, when unknown.
    ///   - weight: The strength of the tie, finite and 0 or more.
    ///   - amount: A sum of money that moved, for funding.
    ///   - currency: The currency of `amount`.
    ///   - source: The id of the source the tie is taken from: shorthand for `sources` with
    ///     one id, used when `sources` is empty.
    ///   - label: A short text shown on the tie in drawings.
    ///   - note: Free text.
    ///   - attributes: Free-form values, kept with their types.
    ///   - sources: The ids of the sources the tie is taken from.
    ///   - confidence: How sure the analyst is of the tie.
    ///   - datedAttributes: Values given over time or by several informants.
    public init(
        from: String, to: String, type: String, period: Period = .always, weight: Double = 1,
        amount: Double? = nil, currency: String? = nil, source: String? = nil,
        label: String? = nil, note: String? = nil, attributes: [String: AttributeValue] = [:],
        sources: [String] = [], confidence: Confidence? = nil,
        datedAttributes: [String: [DatedAttributeValue]] = [:]
    ) {
        self.datedAttributes = datedAttributes
        self.from = from
        self.to = to
        self.type = type
        self.period = period
        self.weight = weight
        self.amount = amount
        self.currency = currency
        self.sources = sources.isEmpty ? source.map { [$0] } ?? [] : sources
        self.confidence = confidence
        self.label = label
        self.note = note
        self.attributes = attributes
    }
}

extension Relationship {
    /// The first of ``sources``: the source of a tie that cites one. Setting it makes it
    /// the only source; setting `nil` removes every source.
    public var source: String? {
        get { sources.first }
        set { sources = newValue.map { [$0] } ?? [] }
    }
}
