extension DiagramOptions {
    /// The fill of an actor with no value for the attribute that colours the drawing.
    static let noValueColor = "#DDDDDD"

    /// The fills of the catalogue's stances, whatever else is drawn: supporters in the
    /// Okabe–Ito bluish green, the neutral in grey, opponents in vermilion.
    static let stanceColors = ["supports": "#009E73", "neutral": "#999999", "opposes": "#D55E00"]

    /// An attribute's values for sizing the actors of `snapshot`: each actor's number at the
    /// snapshot's moment, `.nan` where it has none.
    ///
    /// - Parameters:
    ///   - id: An attribute whose values are numbers, such as `influence`.
    ///   - snapshot: The moment drawn.
    /// - Returns: One figure per actor, in snapshot order.
    /// - Complexity: O(*a*) for *a* actors, each reading its values of the attribute.
    public static func attributeFigures(_ id: String, in snapshot: Snapshot) -> ActorFigures {
        ActorFigures(name: id, values: snapshot.actorIndices.map { snapshot.number(id, ofActorAt: $0) ?? .nan })
    }

    /// An attribute's values for colouring the actors of `snapshot`, each actor's value at
    /// the snapshot's moment.
    ///
    /// - Parameters:
    ///   - id: An attribute, such as `stance`.
    ///   - snapshot: The moment drawn.
    /// - Returns: The colouring, one value (or `nil`) per actor in snapshot order.
    /// - Complexity: O(*a*) for *a* actors.
    public static func attributeColoring(_ id: String, in snapshot: Snapshot) -> Coloring {
        .attribute(id, snapshot.actorIndices.map { snapshot.attribute(id, ofActorAt: $0)?.description })
    }

    /// The values of an attribute in the order a legend lists them: a category's in its
    /// declared order, numbers ascending, other text alphabetically, and no value last.
    static func legendOrder(of values: [String?], declaration: AttributeDeclaration?) -> [String?] {
        let present = Set(values.compactMap { $0 })
        let declared = declaration?.values ?? []
        let sorted = present.sorted { a, b in
            switch (declared.firstIndex(of: a), declared.firstIndex(of: b)) {
            case let (x?, y?): return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil):
                if let x = Double(a), let y = Double(b) { return x < y }
                return a < b
            }
        }
        return sorted + (values.contains(nil) ? [nil] : [])
    }
}
