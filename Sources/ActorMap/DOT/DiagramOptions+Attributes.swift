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

    /// Every value `dataset` gives an actor's attribute, at any moment and by any informant,
    /// in the order legends list them and colours are handed out: a declared category's
    /// values in their declared order, whether used or not, then the others ascending
    /// (numbers by value, text alphabetically).
    ///
    /// Fills follow this order rather than the values present in one drawing, so that a
    /// value keeps its colour in every year of a timeline or a report, even in a year where
    /// some other value is missing.
    ///
    /// - Parameters:
    ///   - id: An attribute, such as `stance` or `sector`.
    ///   - dataset: The map.
    /// - Returns: The values, each once.
    /// - Complexity: O(*a*·*v* + *u* log *u*) for *a* actors with *v* values each, *u* distinct.
    public static func attributeValueOrder(_ id: String, in dataset: Dataset) -> [String] {
        let given = attributeValuesGiven(id, in: dataset)
        let declared = dataset.vocabulary.attribute(id)?.values ?? []
        let others = given.subtracting(declared)
        return declared + legendOrder(of: others.map(Optional.some), declaration: nil).compactMap { $0 }
    }

    /// Every value `dataset` gives an actor's attribute, constant or over time, by any informant.
    static func attributeValuesGiven(_ id: String, in dataset: Dataset) -> Set<String> {
        var given = Set<String>()
        for actor in dataset.actors {
            if let value = actor.attributes[id] { given.insert(value.description) }
            for dated in actor.datedAttributes[id] ?? [] { given.insert(dated.value.description) }
        }
        return given
    }

    /// The fill of `value` of an attribute whose values come in `order`
    /// (``attributeValueOrder(_:in:)``): a stance's own colour, else the palette colour of
    /// its place in the order; `noValueColor` for no value.
    static func attributeColor(_ value: String?, place: Int) -> String {
        guard let value else { return noValueColor }
        return stanceColors[value] ?? Palette.color(place)
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
