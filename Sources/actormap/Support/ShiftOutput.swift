import ActorMap
import Foundation

/// The ways `shift` prints a power shift: text, JSON, CSV and Markdown.
enum ShiftOutput {
    struct ActorRow: Encodable {
        var id: String
        var name: String
        var group: String
        var status: String
        var before: Double?
        var after: Double?
        var change: Double?
        var rank_before: Int?
        var rank_after: Int?
        var rank_change: Int?
        var tied_before: Bool
        var tied_after: Bool
        var moved: Bool
    }

    struct NamedActor: Encodable {
        var id: String
        var name: String
    }

    struct Tie: Encodable {
        var type: String
        var from: String
        var to: String
    }

    struct TieCounts: Encodable {
        var added: Int
        var removed: Int
        var persisted: Int
        var jaccard: Double?
        var hamming: Int
    }

    struct Ties: Encodable {
        var added: Int
        var removed: Int
        var persisted: Int
        var jaccard: Double?
        var hamming: Int
        var stable: Bool
        var by_type: [String: TieCounts]
        var added_ties: [Tie]
        var removed_ties: [Tie]
    }

    struct GroupShareRow: Encodable {
        var group: String
        var label: String
        var before: Double?
        var after: Double?
        var shift: Double?
    }

    struct Concentration: Encodable {
        var centralization: Double?
        var gini: Double?
    }

    struct Transition: Encodable {
        var actors: [String]
        var names: [String]
        var before: [String]
        var after: [String]
    }

    struct BrokerageChange: Encodable {
        var id: String
        var name: String
        var before: [String: Int]
        var after: [String: Int]
    }

    struct Document: Encodable {
        var title: String
        var from: String
        var to: String
        var measure: String
        var actors: [ActorRow]
        var entered: [NamedActor]
        var exited: [NamedActor]
        var ties: Ties
        var rank_correlation: [String: Double?]
        var group_share: [GroupShareRow]
        var concentration: [String: Concentration]
        var transitions: [Transition]
        var transition_counts: [String: Int]
        var brokerage_changes: [BrokerageChange]
        var summary: [String]
        var notes: [String]
    }

    static func document(_ shift: PowerShift) -> Document {
        let dataset = shift.before.snapshot.dataset
        let vocabulary = dataset.vocabulary
        func named(_ actor: Int) -> NamedActor { NamedActor(id: dataset.actors[actor].id, name: dataset.actors[actor].name) }
        func tie(_ key: TieKey) -> Tie {
            Tie(type: vocabulary.relationshipTypes[key.type].id, from: dataset.actors[key.from].id, to: dataset.actors[key.to].id)
        }
        func counts(_ change: TieChange) -> TieCounts {
            TieCounts(added: change.added.count, removed: change.removed.count, persisted: change.persisted.count,
                      jaccard: change.jaccard, hamming: change.hamming)
        }
        let roles = BrokerageRole.allCases
        let transitions = shift.transitions.map { transition in
            Transition(
                actors: [dataset.actors[transition.actors.0].id, dataset.actors[transition.actors.1].id],
                names: [dataset.actors[transition.actors.0].name, dataset.actors[transition.actors.1].name],
                before: transition.before.map { vocabulary.relationshipTypes[$0].id },
                after: transition.after.map { vocabulary.relationshipTypes[$0].id })
        }
        return Document(
            title: dataset.title, from: shift.before.snapshot.time.description, to: shift.after.snapshot.time.description,
            measure: shift.measure.name,
            actors: shift.actors.map { row($0, shift) },
            entered: shift.entered.map(named), exited: shift.exited.map(named),
            ties: Ties(
                added: shift.ties.added.count, removed: shift.ties.removed.count, persisted: shift.ties.persisted.count,
                jaccard: shift.ties.jaccard, hamming: shift.ties.hamming, stable: !shift.isUnstable,
                by_type: Dictionary(uniqueKeysWithValues: shift.tiesByType.map { (vocabulary.relationshipTypes[$0.type].id, counts($0.change)) }),
                added_ties: shift.ties.added.map(tie), removed_ties: shift.ties.removed.map(tie)),
            rank_correlation: ["kendall_tau": shift.kendallTau, "spearman_rho": shift.spearmanRho],
            group_share: shift.groupShares.map {
                GroupShareRow(group: vocabulary.groups[$0.group].id, label: vocabulary.groups[$0.group].label,
                              before: $0.before, after: $0.after, shift: $0.shift)
            },
            concentration: [
                "before": Concentration(centralization: shift.concentrationBefore.centralization, gini: shift.concentrationBefore.gini),
                "after": Concentration(centralization: shift.concentrationAfter.centralization, gini: shift.concentrationAfter.gini),
            ],
            transitions: transitions,
            transition_counts: Dictionary(transitions.map { ("\($0.before.joined(separator: "+")) → \($0.after.joined(separator: "+"))", 1) }, uniquingKeysWith: +),
            brokerage_changes: shift.brokerageChanges.map { change in
                BrokerageChange(
                    id: dataset.actors[change.actor].id, name: dataset.actors[change.actor].name,
                    before: Dictionary(uniqueKeysWithValues: roles.map { ($0.name, change.before[$0]) }),
                    after: Dictionary(uniqueKeysWithValues: roles.map { ($0.name, change.after[$0]) }))
            },
            summary: shift.summary(), notes: shift.notes)
    }

    static func row(_ actorShift: PowerShift.ActorShift, _ shift: PowerShift) -> ActorRow {
        let dataset = shift.before.snapshot.dataset
        let actor = dataset.actors[actorShift.actor]
        let status = shift.entered.contains(actorShift.actor) ? "entered" : shift.exited.contains(actorShift.actor) ? "exited" : "present"
        return ActorRow(
            id: actor.id, name: actor.name, group: dataset.group(ofActorAt: actorShift.actor).id, status: status,
            before: actorShift.before, after: actorShift.after, change: actorShift.change,
            rank_before: actorShift.rankBefore, rank_after: actorShift.rankAfter, rank_change: actorShift.rankChange,
            tied_before: actorShift.isTiedBefore, tied_after: actorShift.isTiedAfter, moved: actorShift.hasMoved)
    }

    // MARK: CSV

    static func csv(_ shift: PowerShift, neutralise: Bool = true) -> String {
        var lines = ["id,name,group,status,before,after,change,rank_before,rank_after,rank_change,moved"]
        for actorShift in rankedActors(shift) {
            let row = row(actorShift, shift)
            let fields: [String] = [
                CSVCell.field(row.id, neutralise: neutralise), CSVCell.field(row.name, neutralise: neutralise),
                CSVCell.field(row.group, neutralise: neutralise), row.status,
                row.before.map { "\($0)" } ?? "", row.after.map { "\($0)" } ?? "", row.change.map { "\($0)" } ?? "",
                row.rank_before.map(String.init) ?? "", row.rank_after.map(String.init) ?? "", row.rank_change.map(String.init) ?? "",
                String(row.moved),
            ]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Actors by their rank at the later moment, then those who left by their earlier rank.
    static func rankedActors(_ shift: PowerShift) -> [PowerShift.ActorShift] {
        shift.actors.sorted { a, b in
            (a.rankAfter ?? .max, a.rankBefore ?? .max, a.actor) < (b.rankAfter ?? .max, b.rankBefore ?? .max, b.actor)
        }
    }

    // MARK: Text and Markdown

    static func text(_ shift: PowerShift) -> String {
        sections(shift, markdown: false)
    }

    static func markdown(_ shift: PowerShift) -> String {
        sections(shift, markdown: true)
    }

    private static func sections(_ shift: PowerShift, markdown: Bool) -> String {
        let dataset = shift.before.snapshot.dataset
        let vocabulary = dataset.vocabulary
        let from = shift.before.snapshot.time.description, to = shift.after.snapshot.time.description
        func heading(_ text: String) -> String { markdown ? "## \(text)" : text.uppercased() }
        func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int>) -> String {
            if markdown {
                let align = headers.indices.map { numeric.contains($0) ? "--:" : "---" }
                return ([headers, align] + rows.map { $0.map(markdownText) })
                    .map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
            }
            var text = TextTable(headers.indices.map { (headers[$0], numeric.contains($0) ? .right : .left) })
            rows.forEach { text.append($0) }
            return text.render(maximumWidth: 26)
        }
        func number(_ value: Double?) -> String { value.map(MetricsOutput.readable) ?? "–" }

        var out: [String] = []
        if !markdown, !shift.notes.isEmpty { out.append(shift.notes.map { "note: \(TerminalText.escaped($0))" }.joined(separator: " ")) }
        out.append(markdown ? "# \(markdownText(dataset.title)): \(shift.measure.title), \(from) → \(to)" : "\(TerminalText.escaped(dataset.title))\n\(shift.measure.title), \(from) → \(to)")
        if markdown, !shift.notes.isEmpty { out += [""] + shift.notes.map { "> note: \(markdownText($0))" } }
        out.append("")
        out.append(heading("Summary"))
        out += shift.summary().map { markdown ? "- \(markdownText($0))" : "• \(TerminalText.escaped($0))" }

        out += ["", heading("Actors")]
        let rows = rankedActors(shift).prefix(markdown ? .max : 15).map { actorShift -> [String] in
            let row = row(actorShift, shift)
            return [row.name, number(row.before), number(row.after), rank(row.rank_before, tied: row.tied_before),
                    rank(row.rank_after, tied: row.tied_after), movement(actorShift, status: row.status)]
        }
        out.append(table(["actor", from, to, "rank", "rank", "move"], Array(rows), numeric: [1, 2, 3, 4]))
        if !markdown, shift.actors.count > 15 { out.append("… \(shift.actors.count - 15) more; --format csv lists all.") }

        out += ["", heading("Ties")]
        var tieRows = [["all types", String(shift.ties.added.count), String(shift.ties.removed.count),
                        String(shift.ties.persisted.count), number(shift.ties.jaccard)]]
        tieRows += shift.tiesByType.map { entry in
            [vocabulary.relationshipTypes[entry.type].label, String(entry.change.added.count), String(entry.change.removed.count),
             String(entry.change.persisted.count), number(entry.change.jaccard)]
        }
        out.append(table(["type", "formed", "dissolved", "persisted", "Jaccard"], tieRows, numeric: [1, 2, 3, 4]))

        if !shift.transitions.isEmpty {
            out += ["", heading("Ties that changed type")]
            out.append(table(["between", "and", "from", "to"], shift.transitions.map { transition in
                [dataset.actors[transition.actors.0].name, dataset.actors[transition.actors.1].name,
                 transition.before.map { vocabulary.relationshipTypes[$0].id }.joined(separator: "+"),
                 transition.after.map { vocabulary.relationshipTypes[$0].id }.joined(separator: "+")]
            }, numeric: []))
        }

        out += ["", heading("Sides and concentration")]
        out.append(table(["group", from, to, "shift"], shift.groupShares.map { share in
            [vocabulary.groups[share.group].label, share.before.map(percent) ?? "–", share.after.map(percent) ?? "–",
             share.shift.map { String(format: "%+.1f pts", $0 * 100) } ?? "–"]
        }, numeric: [1, 2, 3]))
        out.append("")
        out.append("Centralisation of \(shift.measure.title) \(number(shift.concentrationBefore.centralization)) → \(number(shift.concentrationAfter.centralization)), "
            + "its Gini \(number(shift.concentrationBefore.gini)) → \(number(shift.concentrationAfter.gini)).")
        out.append("Rank correlation over the actors present at both: Kendall τ-b \(number(shift.kendallTau)), Spearman ρ \(number(shift.spearmanRho)).")

        if !shift.brokerageChanges.isEmpty {
            out += ["", heading("Brokerage roles that changed")]
            out.append(table(["actor", "coord.", "itin.", "repr.", "gatek.", "liaison"], shift.brokerageChanges.map { change in
                [dataset.actors[change.actor].name] + BrokerageRole.allCases.map { (change.before[$0], change.after[$0]) }.map { $0 == $1 ? String($1) : "\($0)→\($1)" }
            }, numeric: [1, 2, 3, 4, 5]))
        }
        return out.joined(separator: "\n")
    }

    /// A rank as a table shows it: "2", or "2 tied" when another actor shares it.
    static func rank(_ rank: Int?, tied: Bool) -> String {
        rank.map { tied ? "\($0) tied" : String($0) } ?? "–"
    }

    /// An arrow only for an actor whose own value changed: one that stayed put while others
    /// moved around it shows "same", whatever its rank did.
    static func movement(_ actor: PowerShift.ActorShift, status: String) -> String {
        guard let change = actor.rankChange else { return status }
        guard actor.hasMoved else { return "same" }
        return change > 0 ? "↑\(change)" : change < 0 ? "↓\(-change)" : "="
    }

    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

    /// Text that Markdown renderers show as written: no HTML, no table breaks, no emphasis
    /// from a name that happens to hold `*` or `_`.
    static func markdownText(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "|", "*", "_", "`", "[", "]", "\\": escaped += "\\" + String(character)
            case "\n", "\r": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
