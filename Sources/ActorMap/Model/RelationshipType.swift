/// A kind of tie between actors: a memorandum of understanding, a funding flow, contention.
public struct RelationshipType: Hashable, Sendable, Identifiable {
    /// A stable key, such as `mou` or `funding`.
    public var id: String
    /// The name readers see in legends and tables: `Memorandum of understanding`.
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

    /// Creates a relationship type; a dataset's type with a catalogue type's id replaces it.
    ///
    /// - Parameters:
    ///   - id: A stable key, unique among relationship types.
    ///   - label: The name readers see.
    ///   - directed: Whether the tie runs one way, from `from` to `to`.
    ///   - sign: +1 for cooperation, −1 for conflict, 0 for neither.
    ///   - color: A colour as `#rrggbb`; when `nil`, the palette colour least like the other types'.
    ///   - style: A Graphviz edge style; `dashed` for conflict and `solid` otherwise when `nil`.
    public init(id: String, label: String, directed: Bool, sign: Int, color: String? = nil, style: String? = nil) {
        self.id = id
        self.label = label
        self.directed = directed
        self.sign = sign
        self.color = color
        self.style = style
    }
}
