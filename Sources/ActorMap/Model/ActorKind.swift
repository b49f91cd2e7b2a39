/// What sort of organisation an actor is (a federation, a national agency, a donor), and
/// so which group it belongs to and how it is drawn.
public struct ActorKind: Hashable, Sendable, Identifiable {
    /// A stable key, such as `federation` or `county-government`.
    public var id: String
    /// The name readers see in legends and tables: `Federation of the urban poor`.
    public var label: String
    /// The id of the group every actor of this kind belongs to.
    public var group: String
    /// A Graphviz node shape, such as `ellipse`, `box` or `hexagon`.
    public var shape: String?

    /// Creates a kind; a dataset's kind with a catalogue kind's id replaces it.
    ///
    /// - Parameters:
    ///   - id: A stable key, unique among kinds.
    ///   - label: The name readers see.
    ///   - group: The id of the group its actors belong to.
    ///   - shape: A Graphviz node shape; the drawing's default when `nil`.
    public init(id: String, label: String, group: String, shape: String? = nil) {
        self.id = id
        self.label = label
        self.group = group
        self.shape = shape
    }
}
