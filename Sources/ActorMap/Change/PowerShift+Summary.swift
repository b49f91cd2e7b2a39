import Foundation

extension PowerShift {
    /// The largest movements in plain sentences, most telling first: "Nairobi City County
    /// rose from 7th to 2nd in PageRank", "The tie between … changed from contention to
    /// memorandum of understanding".
    public func summary(limit: Int = 8) -> [String] {
        let dataset = before.snapshot.dataset
        let vocabulary = dataset.vocabulary
        func name(_ actor: Int) -> String { dataset.actors[actor].name }
        let title = measure.title
        var sentences: [String] = []

        // When every actor had the same value (a year of isolates), ranks say nothing.
        let rankedBefore = Set(actors.compactMap(\.before)).count > 1, rankedAfter = Set(actors.compactMap(\.after)).count > 1
        // A new leader is the headline; the rest are the largest climbs and drops.
        let leaders = actors.filter { $0.rankAfter == 1 }
        let newLeader = leaders.count == 1 && leaders[0].rankBefore != 1 ? leaders[0] : nil
        if let newLeader, rankedAfter {
            let before = newLeader.rankBefore.map { "up from \(ordinal($0))" } ?? "new on the map"
            sentences.append("\(name(newLeader.actor)) now ranks 1st in \(title) (\(before)).")
        }
        let moved = rankedBefore && rankedAfter
            ? actors.filter { ($0.rankChange ?? 0) != 0 && $0.actor != newLeader?.actor } : []
        let risers = moved.filter { $0.rankChange! > 0 }.sorted { ($0.rankChange!, $1.actor) > ($1.rankChange!, $0.actor) }
        let fallers = moved.filter { $0.rankChange! < 0 }.sorted { ($0.rankChange!, $0.actor) < ($1.rankChange!, $1.actor) }
        for shift in risers.prefix(3) {
            sentences.append("\(name(shift.actor)) rose from \(ordinal(shift.rankBefore!)) to \(ordinal(shift.rankAfter!)) in \(title).")
        }
        for shift in fallers.prefix(2) {
            sentences.append("\(name(shift.actor)) fell from \(ordinal(shift.rankBefore!)) to \(ordinal(shift.rankAfter!)) in \(title).")
        }

        for transition in transitions.prefix(3) {
            let old = list(transition.before.map { lowercasedLabel(vocabulary.relationshipTypes[$0].label) })
            let new = list(transition.after.map { lowercasedLabel(vocabulary.relationshipTypes[$0].label) })
            sentences.append("The tie between \(name(transition.actors.0)) and \(name(transition.actors.1)) changed from \(old) to \(new).")
        }

        if let largest = groupShares.filter({ $0.shift != nil }).max(by: { abs($0.shift!) < abs($1.shift!) }),
           let old = largest.before, let new = largest.after, abs(new - old) >= 0.005 {
            let label = vocabulary.groups[largest.group].label
            sentences.append("\(possessive(label)) share of \(title) \(new > old ? "rose" : "fell") from \(percent(old)) to \(percent(new)).")
        }

        if !entered.isEmpty {
            sentences.append("\(entered.count) actor\(entered.count == 1 ? "" : "s") entered the map: \(list(entered.prefix(4).map(name), more: entered.count - 4)).")
        }
        if !exited.isEmpty {
            sentences.append("\(exited.count) actor\(exited.count == 1 ? "" : "s") left the map: \(list(exited.prefix(4).map(name), more: exited.count - 4)).")
        }

        let jaccard = ties.jaccard.map { String(format: "%.2f", $0) } ?? "undefined"
        sentences.append("\(ties.added.count) tie\(ties.added.count == 1 ? "" : "s") formed, \(ties.removed.count) dissolved and \(ties.persisted.count) persisted (Jaccard \(jaccard)).")
        if isUnstable {
            sentences.append("The two maps share few ties (Jaccard below \(PowerShift.stableJaccard)): read this as a new configuration rather than gradual change.")
        }
        if let old = concentrationBefore.gini, let new = concentrationAfter.gini, abs(new - old) >= 0.01 {
            sentences.append("\(title.prefix(1).uppercased() + title.dropFirst()) became \(new > old ? "more" : "less") concentrated (Gini \(twoDecimals(old)) → \(twoDecimals(new))).")
        }
        return Array(sentences.prefix(limit))
    }
}

/// "1st", "2nd", "3rd", "11th", "22nd".
func ordinal(_ number: Int) -> String {
    let suffix: String
    switch (number % 10, number % 100) {
    case (_, 11...13): suffix = "th"
    case (1, _): suffix = "st"
    case (2, _): suffix = "nd"
    case (3, _): suffix = "rd"
    default: suffix = "th"
    }
    return "\(number)\(suffix)"
}

/// "a", "a and b", "a, b and c", "a, b and 3 more".
func list<Items: Sequence>(_ items: Items, more: Int = 0) -> String where Items.Element == String {
    var parts = Array(items)
    if more > 0 { parts.append("\(more) more") }
    guard parts.count > 1 else { return parts.first ?? "" }
    return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
}

/// A label as it reads inside a sentence: "Memorandum of understanding" → "memorandum of
/// understanding", but "MoU" and "SDI" stay as they are.
func lowercasedLabel(_ label: String) -> String {
    let characters = Array(label)
    guard characters.count > 1, characters[1].isLowercase else { return label }
    return characters[0].lowercased() + String(characters.dropFirst())
}

func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

/// "State's", "Organised communities'".
func possessive(_ label: String) -> String {
    label.hasSuffix("s") ? label + "'" : label + "'s"
}

/// Two decimals, without the "-0.00" that rounding a tiny negative gives.
func twoDecimals(_ value: Double) -> String {
    String(format: "%.2f", abs(value) < 0.005 ? 0 : value)
}
