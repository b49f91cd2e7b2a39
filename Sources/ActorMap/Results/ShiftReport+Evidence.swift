import Foundation

extension ShiftReport {
    /// The most ties the text lists with their sources; Markdown and JSON list every one.
    static let listedTies = 40

    /// The sources of every tie between two actors at either moment, each once.
    func sources(between pair: (Int, Int)) -> [String] {
        var sources = tieSources.before.sources(between: pair.0, and: pair.1)
        for source in tieSources.after.sources(between: pair.0, and: pair.1) where !sources.contains(source) { sources.append(source) }
        return sources
    }

    /// Each formed, dissolved and retyped tie: what happened, between whom, the types, and
    /// the ids of its sources.
    private var changedTies: [(fate: String, between: String, types: String, sources: [String])] {
        let dataset = shift.before.snapshot.dataset
        let types = dataset.vocabulary.relationshipTypes
        func between(_ from: Int, _ to: Int, directed: Bool) -> String {
            "\(dataset.actors[from].name)\(directed ? " → " : " – ")\(dataset.actors[to].name)"
        }
        var rows: [(String, String, String, [String])] = []
        for tie in shift.ties.added {
            rows.append(("formed", between(tie.from, tie.to, directed: types[tie.type].directed), types[tie.type].label, tieSources.after.sources(of: tie)))
        }
        for tie in shift.ties.removed {
            rows.append(("dissolved", between(tie.from, tie.to, directed: types[tie.type].directed), types[tie.type].label, tieSources.before.sources(of: tie)))
        }
        for transition in shift.transitions {
            let change = typeLabels(transition.before) + " → " + typeLabels(transition.after)
            rows.append(("retyped", between(transition.actors.0, transition.actors.1, directed: false), change, sources(between: transition.actors)))
        }
        return rows
    }

    /// The sections on evidence: each changed tie with its sources, the sources cited with
    /// their citations, and, when asked, which findings rest on one source.
    func evidenceSections(markdown: Bool) -> [String] {
        let dataset = shift.before.snapshot.dataset
        let rows = changedTies
        var out: [String] = []
        func heading(_ text: String) -> String { markdown ? "## \(text)" : text.uppercased() }
        if !rows.isEmpty {
            out += ["", heading("Ties formed, dissolved or retyped, and their sources")]
            let shown = markdown ? rows[...] : rows.prefix(Self.listedTies)
            if markdown {
                out.append("| change | between | type | sources |")
                out.append("| --- | --- | --- | --- |")
                for row in shown {
                    let sources = row.sources.isEmpty ? "none recorded" : row.sources.joined(separator: ", ")
                    out.append("| " + [row.fate, row.between, row.types, sources].map(MarkupText.markdown).joined(separator: " | ") + " |")
                }
            } else {
                var table = TextTable([("change", .left), ("between", .left), ("type", .left), ("sources", .left)])
                for row in shown { table.append([row.fate, row.between, row.types, row.sources.isEmpty ? "none recorded" : row.sources.joined(separator: ", ")]) }
                out.append(table.render(maximumWidth: 40))
                if rows.count > shown.count { out.append("… \(rows.count - shown.count) more; --format markdown or json lists all.") }
            }
            var cited: [String] = []
            for row in shown { for source in row.sources where !cited.contains(source) { cited.append(source) } }
            if !cited.isEmpty {
                out += ["", markdown ? "Sources cited above:" : "Sources cited above:"]
                for id in cited {
                    let citation = dataset.source(id)?.citation ?? ""
                    out.append(markdown ? "- `\(MarkupText.markdown(id))`: \(MarkupText.markdown(citation))" : "  \(TerminalText.escaped(id)): \(TerminalText.escaped(citation))")
                }
            }
        }
        if let robustness { out += robustnessSection(robustness, markdown: markdown) }
        return out
    }

    private func robustnessSection(_ robustness: ShiftRobustness, markdown: Bool) -> [String] {
        let dataset = shift.before.snapshot.dataset
        var out = ["", markdown ? "## Robustness" : "ROBUSTNESS"]
        let line = robustness.scopeSentence
        out.append(markdown ? MarkupText.markdown(line) : TerminalText.escaped(line))
        let fragile = robustness.fragile
        if fragile.isEmpty {
            out.append("Every finding holds without each of those ties.")
            return out
        }
        for finding in fragile {
            // Taking away any one of them changes the finding: it rests on each.
            let rests = finding.restsOn.map { $0.description(in: dataset) }.joined(separator: "; and on ")
            let text = "\(finding.statement) It rests on \(rests)."
            out.append(markdown ? "- \(MarkupText.markdown(text))" : "• \(TerminalText.escaped(text))")
        }
        return out
    }
}

extension ShiftRobustness {
    /// What was tried, in a sentence: "Tried the shift without each of the 14 ties that cite
    /// a single source, and without the 3 ties of low or no recorded confidence; 4 of 22
    /// findings change."
    public var scopeSentence: String {
        var tried = triedSingleSourceTies == 1 ? "Recomputed the shift without the 1 tie that cites a single source"
            : "Recomputed the shift without each of the \(triedSingleSourceTies) ties that cite a single source"
        if isLimitedToFindings {
            tried += " and touch an actor of a top move or a change of type (the map has \(tiesAtEitherMoment) ties at the two moments, more than \(Self.tieLimit), so the other \(singleSourceTies - triedSingleSourceTies) single-source ties were not tried)"
        }
        if lowConfidenceTies == 1 { tried += ", and without the 1 tie of low or no recorded confidence" }
        if lowConfidenceTies > 1 { tried += ", and without the \(lowConfidenceTies) ties of low or no recorded confidence together" }
        let changed = fragile.count
        return tried + "; \(changed) of the \(findings.count) findings \(changed == 1 ? "changes" : "change")."
    }
}

/// A robustness check as the shift's JSON carries it under `robustness`.
struct RobustnessDocument: Encodable {
    struct Removal: Encodable {
        var relationship: Int?
        var from: String?
        var to: String?
        var type: String?
        var source: String?
        var lowConfidenceTies: Int?
        var description: String

        enum CodingKeys: String, CodingKey {
            case relationship, from, to, type, source, description
            case lowConfidenceTies = "low_confidence_ties"
        }
    }

    struct Finding: Encodable {
        var kind: String
        var subjects: [String]
        var statement: String
        var restsOn: [Removal]

        enum CodingKeys: String, CodingKey {
            case kind, subjects, statement
            case restsOn = "rests_on"
        }
    }

    var singleSourceTies: Int
    var triedSingleSourceTies: Int
    var lowConfidenceTies: Int
    var limitedToFindings: Bool
    var tiesAtEitherMoment: Int
    var summary: String
    var findings: [Finding]

    enum CodingKeys: String, CodingKey {
        case singleSourceTies = "single_source_ties", triedSingleSourceTies = "tried_single_source_ties"
        case lowConfidenceTies = "low_confidence_ties", limitedToFindings = "limited_to_findings"
        case tiesAtEitherMoment = "ties_at_either_moment", summary, findings
    }

    init(_ robustness: ShiftRobustness, dataset: Dataset) {
        singleSourceTies = robustness.singleSourceTies
        triedSingleSourceTies = robustness.triedSingleSourceTies
        lowConfidenceTies = robustness.lowConfidenceTies
        limitedToFindings = robustness.isLimitedToFindings
        tiesAtEitherMoment = robustness.tiesAtEitherMoment
        summary = robustness.scopeSentence
        findings = robustness.findings.map { finding in
            Finding(kind: finding.kind.rawValue, subjects: finding.subjects, statement: finding.statement, restsOn: finding.restsOn.map { removal in
                guard let index = removal.relationship else {
                    return Removal(lowConfidenceTies: removal.lowConfidenceCount, description: removal.description(in: dataset))
                }
                let ends = dataset.relationshipEnds[index]
                return Removal(relationship: index, from: dataset.actors[ends.from].id, to: dataset.actors[ends.to].id,
                               type: dataset.vocabulary.relationshipTypes[ends.type].id, source: removal.source,
                               description: removal.description(in: dataset))
            })
        }
    }
}
