/// One side of the map: the state, organised communities, civil society, funders.
///
/// Groups are what brokerage roles, E-I indices and shares of power are computed between,
/// and what the diagrams colour actors by.
public struct Group: Hashable, Sendable, Identifiable {
    /// A stable key, such as `state` or `community`.
    public var id: String
    /// The name readers see in legends and tables: `Organised communities`.
    public var label: String
    /// A colour as `#rrggbb`; a colour-blind-safe default is chosen when absent.
    public var color: String?

    /// Creates a group; a dataset's group with a catalogue group's id replaces it.
    ///
    /// - Parameters:
    ///   - id: A stable key, unique among groups.
    ///   - label: The name readers see.
    ///   - color: A colour as `#rrggbb`; a colour-blind-safe default when `nil`.
    public init(id: String, label: String, color: String? = nil) {
        self.id = id
        self.label = label
        self.color = color
    }
}
