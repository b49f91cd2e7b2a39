extension DatasetSummary {
    /// The summary as `actormap summary` prints it: the title, the span and counts, actors
    /// by group and kind, relationships by type, and the year-by-year counts. Every name is
    /// escaped for a terminal.
    ///
    /// - Returns: The lines of the summary, without a final line break.
    /// - Complexity: O(*k* + *t* + *y*) for *k* kinds, *t* relationship types and *y* years.
    public func text() -> String {
        var lines = [TerminalText.escaped(title)]
        let span = firstYear.map { first in "years \(first)–\(lastYear ?? first)" } ?? "undated"
        lines.append("\(span) · at \(time): \(actors) actors, \(relationships) relationships")

        var groupTable = TextTable([("Actors by group and kind", .left), ("count", .right)])
        for group in groups {
            groupTable.append([group.label, String(group.count)])
            for kind in group.kinds { groupTable.append(["  " + kind.label, String(kind.count)]) }
        }
        lines += ["", groupTable.render(maximumWidth: 60)]

        var typeTable = TextTable([("Relationships by type", .left), ("count", .right)])
        for type in relationshipTypes { typeTable.append([type.label, String(type.count)]) }
        lines += ["", typeTable.render(maximumWidth: 60)]

        if !years.isEmpty {
            var yearTable = TextTable([("year", .left), ("actors", .right), ("relationships", .right)])
            for year in years {
                yearTable.append([String(year.year), String(year.actors), String(year.relationships)])
            }
            lines += ["", yearTable.render()]
        }
        return lines.joined(separator: "\n")
    }

    /// The summary as JSON, with the schema version and `provenance`. Its schema is
    /// `docs/schemas/summary.schema.json`.
    ///
    /// - Parameter provenance: How the summary was made.
    /// - Returns: Indented JSON with sorted keys.
    /// - Throws: `EncodingError` when a value cannot be encoded.
    /// - Complexity: O(*k* + *t* + *y*) for *k* kinds, *t* relationship types and *y* years.
    public func json(provenance: Provenance) throws -> String {
        try ResultJSON.text(self, provenance: provenance)
    }
}
