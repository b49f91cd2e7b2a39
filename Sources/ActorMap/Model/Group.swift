/// One side of the map: the state, organised communities, civil society, funders.
///
/// Groups are what brokerage roles, E-I indices and shares of power are computed between,
/// and what the diagrams colour actors by.
public struct Group: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: String
    /// A colour as `#rrggbb`; a colour-blind-safe default is chosen when absent.
    public var color: String?

    public init(id: String, label: String, color: String? = nil) {
        self.id = id
        self.label = label
        self.color = color
    }
}
