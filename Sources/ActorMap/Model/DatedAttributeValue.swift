/// One value of an attribute over a stretch of time, as one informant or source gave it:
/// `{since: 2012, until: 2016, value: 6, sources: [interview-07], confidence: medium}`.
///
/// A value holds from its `since` to its `until`, or, without an `until`, to the next
/// value's `since` (of the same informant); with neither, to the end of the map. Several
/// informants' values are kept apart and summarised by their median (see
/// ``AttributeReading``).
public struct DatedAttributeValue: Hashable, Sendable {
    /// When the value starts to hold; open when it held from the start.
    public var since: CalendarDate?
    /// The last date the value holds, included; `nil` when it holds until the next value.
    public var until: CalendarDate?
    /// The value.
    public var value: AttributeValue
    /// Ids of the ``Source``s the value is taken from.
    public var sources: [String]
    /// How sure the analyst is: `high`, `medium` or `low`.
    public var confidence: String?
    /// Who gave the value, when several informants rate the same actor.
    public var informant: String?

    /// Creates a dated value; it is checked when a ``Dataset`` is made of it.
    ///
    /// - Parameters:
    ///   - since: When the value starts to hold; `nil` for an open start.
    ///   - until: The last date it holds; `nil` to hold until the next value.
    ///   - value: The value.
    ///   - sources: Ids of the sources it is taken from.
    ///   - confidence: `high`, `medium` or `low`.
    ///   - informant: Who gave it.
    public init(
        since: CalendarDate? = nil, until: CalendarDate? = nil, value: AttributeValue,
        sources: [String] = [], confidence: String? = nil, informant: String? = nil
    ) {
        self.since = since
        self.until = until
        self.value = value
        self.sources = sources
        self.confidence = confidence
        self.informant = informant
    }

    /// The words `confidence` may take, strongest first.
    public static let confidenceLevels = ["high", "medium", "low"]
}
