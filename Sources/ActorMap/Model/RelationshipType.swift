/// A kind of tie between actors: a memorandum of understanding, a funding flow, contention.
public struct RelationshipType: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: String
    /// Whether the tie runs one way (funding flows from donor to recipient) or both ways
    /// (an MoU binds both signatories).
    public var directed: Bool
    /// +1 for cooperation, −1 for conflict, 0 for ties that are neither. Measures of power
    /// use the positive types unless told otherwise; balance uses the signs.
    public var sign: Int
    /// A colour as `#rrggbb` for diagrams; the catalogue's is used when absent.
    public var color: String?
    /// A Graphviz edge style (`solid`, `dashed`, `dotted`, `bold`).
    public var style: String?

    public init(id: String, label: String, directed: Bool, sign: Int, color: String? = nil, style: String? = nil) {
        self.id = id
        self.label = label
        self.directed = directed
        self.sign = sign
        self.color = color
        self.style = style
    }
}
