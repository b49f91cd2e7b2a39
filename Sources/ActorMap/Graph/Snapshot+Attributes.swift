extension Snapshot {
    /// The value of an actor's attribute at the snapshot's moment: the value given once, or
    /// the one that holds then among values over time, and several informants' values
    /// summarised by their median (see ``AttributeReading``).
    ///
    /// - Parameters:
    ///   - id: The attribute, such as `influence` or `country`.
    ///   - datasetIndex: The actor's index in `dataset.actors`.
    /// - Returns: The value, or `nil` when the actor has none at this moment.
    /// - Complexity: O(*v* log *v*) for the actor's *v* values of the attribute.
    public func attribute(_ id: String, ofActorAt datasetIndex: Int) -> AttributeValue? {
        reading(id, ofActorAt: datasetIndex)?.value
    }

    /// The value of an actor's attribute at the snapshot's moment as a number, for
    /// attributes given as numbers, such as `influence`.
    ///
    /// - Parameters:
    ///   - id: The attribute, such as `influence`.
    ///   - datasetIndex: The actor's index in `dataset.actors`.
    /// - Returns: The number, or `nil` when the actor has no value then or it is not a number.
    /// - Complexity: O(*v* log *v*) for the actor's *v* values of the attribute.
    public func number(_ id: String, ofActorAt datasetIndex: Int) -> Double? {
        attribute(id, ofActorAt: datasetIndex)?.number
    }

    /// An actor's attribute at the snapshot's moment with each informant's value and their
    /// spread.
    ///
    /// - Parameters:
    ///   - id: The attribute, such as `influence`.
    ///   - datasetIndex: The actor's index in `dataset.actors`.
    /// - Returns: The reading, or `nil` when the actor has no value at this moment.
    /// - Complexity: O(*v* log *v*) for the actor's *v* values of the attribute.
    public func reading(_ id: String, ofActorAt datasetIndex: Int) -> AttributeReading? {
        let actor = dataset.actors[datasetIndex]
        let dated = actor.datedAttributes.isEmpty ? [] : actor.datedAttributes[id] ?? []
        return AttributeReading.at(time, constant: actor.attributes[id], dated: dated, declaration: dataset.vocabulary.attribute(id))
    }

    /// The value of a relationship's attribute at the snapshot's moment, by the same rules
    /// as an actor's.
    ///
    /// - Parameters:
    ///   - id: The attribute.
    ///   - relationshipIndex: The relationship's index in `dataset.relationships`.
    /// - Returns: The value, or `nil` when the relationship has none at this moment.
    /// - Complexity: O(*v* log *v*) for the relationship's *v* values of the attribute.
    public func attribute(_ id: String, ofRelationshipAt relationshipIndex: Int) -> AttributeValue? {
        let relationship = dataset.relationships[relationshipIndex]
        let dated = relationship.datedAttributes.isEmpty ? [] : relationship.datedAttributes[id] ?? []
        return AttributeReading.at(time, constant: relationship.attributes[id], dated: dated, declaration: dataset.vocabulary.attribute(id))?.value
    }
}
