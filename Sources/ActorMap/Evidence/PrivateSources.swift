extension Dataset {
    /// The citation every withheld source carries in place of its own.
    public static let withheldCitation = "A private source (withheld)"

    /// The same map with every private source made anonymous, as every output shows it unless
    /// asked to name private sources (`--include-private`).
    ///
    /// A source marked ``Source/isPrivate`` (an interview given under a promise of
    /// confidentiality) keeps its place, its kind and every tie and actor that cites it, so
    /// that filters and measures give the same figures; but its id becomes `private-1`,
    /// `private-2`… in the order the sources are listed, its citation
    /// ``withheldCitation``, and its address and date are dropped, since any of them could name
    /// the informant. Withholding a map already withheld changes nothing.
    ///
    /// - Returns: The map with its private sources withheld; the map itself when it has none.
    /// - Complexity: O(*s* + *a* + *r*) for *s* sources, *a* actors and *r* relationships.
    public func withholdingPrivateSources() -> Dataset {
        guard sources.contains(where: \.isPrivate) else { return self }
        let taken = Set(sources.filter { !$0.isPrivate }.map(\.id))
        var renamed: [String: String] = [:]
        var number = 0
        var copy = self
        copy.sources = sources.map { source in
            guard source.isPrivate else { return source }
            var id: String
            repeat {
                number += 1
                id = "private-\(number)"
            } while taken.contains(id)
            renamed[source.id] = id
            return Source(id: id, citation: Self.withheldCitation, kind: source.kind, isPrivate: true)
        }
        copy.actors = actors.map { actor in
            var actor = actor
            if let source = actor.source, let id = renamed[source] { actor.source = id }
            return actor
        }
        copy.relationships = relationships.map { relationship in
            guard relationship.sources.contains(where: { renamed[$0] != nil }) else { return relationship }
            var relationship = relationship
            relationship.sources = relationship.sources.map { renamed[$0] ?? $0 }
            return relationship
        }
        return copy
    }

    /// The source with this id.
    ///
    /// - Parameter id: A source's id, such as `brief-2019`.
    /// - Returns: The source, or `nil` when none has the id.
    /// - Complexity: O(*s*) for *s* sources.
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
}
