import Foundation

extension HTMLReport {
    /// The sources section: every source with its kind, date and address and the number of
    /// relationships citing it (the column "ties"), and how the map's ties stand for evidence (how many cite one
    /// source, several or none, and at which confidence).
    ///
    /// The page shows what the dataset it was given holds: a map withheld
    /// (``Dataset/withholdingPrivateSources()``) shows its private sources only as
    /// ``Dataset/withheldCitation``. A source left private in a map not withheld is marked so.
    func sourcesSection() -> String {
        let dataset = series.dataset
        let relationships = dataset.relationships
        guard !dataset.sources.isEmpty || relationships.contains(where: { $0.confidence != nil }) else { return "" }
        var citing: [String: Int] = [:]
        var bySourceCount = (none: 0, one: 0, several: 0)
        var byConfidence: [Confidence?: Int] = [:]
        for relationship in relationships {
            let distinct = Set(relationship.sources)
            for source in distinct { citing[source, default: 0] += 1 }
            switch distinct.count {
            case 0: bySourceCount.none += 1
            case 1: bySourceCount.one += 1
            default: bySourceCount.several += 1
            }
            byConfidence[relationship.confidence, default: 0] += 1
        }
        var html = "<section id=\"sources\">\n<h2>Sources</h2>\n"
        // Only the counts that are not zero, so that the sentence says what the map holds.
        let counts = [(bySourceCount.several, "two or more sources"), (bySourceCount.one, "one source"), (bySourceCount.none, "no source")]
            .filter { $0.0 > 0 }
        let noun = relationships.count == 1 ? "relationship" : "relationships"
        var evidence: String
        if counts.isEmpty {
            evidence = "The map has no relationships."
        } else if counts.count == 1 {
            evidence = relationships.count == 1 ? "The map's one relationship cites \(counts[0].1)." : "All \(relationships.count) of the map's \(noun) cite \(counts[0].1)."
        } else {
            let parts = counts.map { count, what in "\(count) cite\(count == 1 ? "s" : "") \(what)" }
            evidence = "Of the map's \(relationships.count) \(noun), " + parts.dropLast().joined(separator: ", ") + " and \(parts.last!)."
        }
        let levels: [(String, Confidence?)] = [("high", .high), ("medium", .medium), ("low", .low), ("not recorded", nil)]
        let confidence = levels.compactMap { word, level in byConfidence[level].map { "\(word) \($0)" } }
        if byConfidence.keys.contains(where: { $0 != nil }) { evidence += " Confidence: \(confidence.joined(separator: ", "))." }
        html += "<p class=\"evidence\">\(MarkupText.html(evidence))</p>\n"
        guard !dataset.sources.isEmpty else { return html + "</section>\n" }
        html += "<table class=\"sources sortable\">\n<thead><tr><th>source</th><th>citation</th><th>kind</th><th>date</th><th class=\"number\">ties</th></tr></thead>\n<tbody>\n"
        for source in dataset.sources {
            var citation = MarkupText.html(source.citation)
            if let url = source.url {
                if let safe = HTMLText.safeURL(url) {
                    citation += " <a href=\"\(safe)\">\(safe)</a>"
                } else {
                    citation += " \(MarkupText.html(url))"
                }
            }
            if source.isPrivate, source.citation != Dataset.withheldCitation { citation += " <em>(private)</em>" }
            html += "<tr id=\"source-\(MarkupText.html(source.id))\"><td><code>\(MarkupText.html(source.id))</code></td><td>\(citation)</td>"
                + "<td>\(MarkupText.html(source.kind?.rawValue ?? ""))</td><td>\(MarkupText.html(source.date?.description ?? ""))</td>"
                + "<td class=\"number\">\(citing[source.id] ?? 0)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }
}
