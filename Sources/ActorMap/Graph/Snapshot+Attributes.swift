extension Snapshot {
    /// The value of the attribute `id` of the actor at `datasetIndex`, at the snapshot's
    /// moment.
    ///
    /// Attributes are recorded once per actor (`influence: 6`), so the value is the same at
    /// every moment the actor is on the map.
    ///
    /// - Parameters:
    ///   - id: The attribute's id, such as `influence`.
    ///   - datasetIndex: The actor's index in `dataset.actors`.
    /// - Returns: The value, or `nil` when the actor has none.
    /// - Complexity: O(1) on average.
    public func attribute(_ id: String, ofActorAt datasetIndex: Int) -> AttributeValue? {
        dataset.actors[datasetIndex].attributes[id]
    }

    /// The value of the attribute `id` of the actor at `datasetIndex` as a number, at the
    /// snapshot's moment: whole and fractional numbers as they are.
    ///
    /// - Parameters:
    ///   - id: The attribute's id, such as `influence`.
    ///   - datasetIndex: The actor's index in `dataset.actors`.
    /// - Returns: The number, or `nil` when the actor has no value or the value is text or
    ///   `true`/`false`.
    /// - Complexity: O(1) on average.
    public func number(_ id: String, ofActorAt datasetIndex: Int) -> Double? {
        switch attribute(id, ofActorAt: datasetIndex) {
        case .integer(let value): Double(value)
        case .number(let value) where value.isFinite: value
        default: nil
        }
    }
}
