extension Dataset {
    /// The dataset with every value over time replaced by its value at `time` (see
    /// ``AttributeReading``), for formats that hold one value per attribute: GraphML,
    /// the columns of CSV tables, and GEXF's relationships.
    ///
    /// - Parameters:
    ///   - time: The moment whose values are kept; all time keeps each attribute's latest.
    ///   - actors: Whether actors' values are replaced.
    ///   - relationships: Whether relationships' values are replaced.
    /// - Returns: The dataset; an attribute with no value at `time` is left out.
    /// - Complexity: O(*v* log *v*) for *v* values over time; nothing for a map without any.
    func attributes(at time: TimeSelection, actors: Bool = true, relationships: Bool = true) -> Dataset {
        var copy = self
        if actors, self.actors.contains(where: { !$0.datedAttributes.isEmpty }) {
            copy.actors = self.actors.map { actor in
                var actor = actor
                Self.flatten(&actor.attributes, &actor.datedAttributes, at: time, vocabulary: vocabulary)
                return actor
            }
        }
        if relationships, self.relationships.contains(where: { !$0.datedAttributes.isEmpty }) {
            copy.relationships = self.relationships.map { relationship in
                var relationship = relationship
                Self.flatten(&relationship.attributes, &relationship.datedAttributes, at: time, vocabulary: vocabulary)
                return relationship
            }
        }
        return copy
    }

    private static func flatten(
        _ constant: inout [String: AttributeValue], _ dated: inout [String: [DatedAttributeValue]], at time: TimeSelection, vocabulary: Vocabulary
    ) {
        for (name, values) in dated {
            constant[name] = AttributeReading.at(time, constant: nil, dated: values, declaration: vocabulary.attribute(name))?.value
        }
        dated = [:]
    }
}
