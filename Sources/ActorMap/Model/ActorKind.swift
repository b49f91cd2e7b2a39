/// What sort of organisation an actor is (a federation, a national agency, a donor), and
/// so which group it belongs to and how it is drawn.
public struct ActorKind: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: String
    /// The id of the group every actor of this kind belongs to.
    public var group: String
    /// A Graphviz node shape, such as `ellipse`, `box` or `hexagon`.
    public var shape: String?

    public init(id: String, label: String, group: String, shape: String? = nil) {
        self.id = id
        self.label = label
        self.group = group
        self.shape = shape
    }
}
