import Foundation

extension PowerShift {
    /// The largest movements in plain sentences, most telling first: "Nairobi City County
    /// rose from 7th to 2nd in PageRank", "The tie between … changed from contention to
    /// memorandum of understanding".
    ///
    /// An actor whose own value did not change is never said to have risen or fallen. When
    /// the two maps are too unlike to read as gradual change (``isUnstable``), the first
    /// sentence says so.
    ///
    /// - Parameter limit: The most sentences to give.
    /// - Returns: At most `limit` sentences, in that order.
    public func summary(limit: Int = 8) -> [String] {
        let dataset = before.snapshot.dataset
        let vocabulary = dataset.vocabulary
        func name(_ actor: Int) -> String { dataset.actors[actor].name }
        let title = measure.title
        var sentences: [String] = []
        // When the two moments share few ties, that qualifies every movement after it.
        if isUnstable {
            let jaccard = ties.jaccard.map { String(format: "%.2f", $0) } ?? "undefined"
            sentences.append("The two moments share few ties (Jaccard \(jaccard), below \(PowerShift.stableJaccard)), so read this as a new arrangement of actors, not gradual change\(correlationClause).")
        }

        // Ranks say something only where actors differ; a year of isolates ranks all alike.
        let ranked = Set(actors.compactMap(\.before)).count > 1 && Set(actors.compactMap(\.after)).count > 1
        func place(_ rank: Int, tied: Bool) -> String { tied ? "joint \(ordinal(rank))" : ordinal(rank) }

        // A new sole leader is the headline, when it got there by its own movement or by entering.
        let leaders = actors.filter { $0.rankAfter == 1 }
        let newLeader = leaders.count == 1 && leaders[0].rankBefore != 1
            && (leaders[0].rankBefore == nil || leaders[0].hasMoved) && Set(actors.compactMap(\.after)).count > 1 ? leaders[0] : nil
        if let newLeader {
            let before = newLeader.rankBefore.map { "up from \(place($0, tied: newLeader.isTiedBefore))" } ?? "new on the map"
            // A leader that got there because others fell further is not a rise.
            var though = ""
            if let change = newLeader.change, change < 0 {
                let (old, new) = figures(newLeader.before!, newLeader.after!)
                though = ", though its \(title) fell from \(old) to \(new)"
            }
            sentences.append("\(name(newLeader.actor)) now ranks 1st in \(title) (\(before))\(though).")
        }

        // Then the largest changes in the measure itself. An actor whose value stayed put is
        // not mentioned, however its rank changed as others moved.
        let movers = actors.filter { $0.hasMoved && $0.actor != newLeader?.actor }
            .sorted { (abs($0.change!), $1.actor) > (abs($1.change!), $0.actor) }
        // Actors that made the very same move (the same values and places at both moments, as
        // the members of a clique do) share one sentence, so that none is named and its twins
        // left out only by the order of their ids.
        var moves: [[ActorShift]] = []
        for shift in movers {
            if let last = moves.last?.first, Ranking.same(last.before!, shift.before!), Ranking.same(last.after!, shift.after!),
               last.rankBefore == shift.rankBefore, last.rankAfter == shift.rankAfter {
                moves[moves.count - 1].append(shift)
            } else {
                moves.append([shift])
            }
        }
        for move in moves.prefix(4) {
            let shift = move[0]
            let subject = list(move.prefix(3).map { name($0.actor) }, more: move.count - 3)
            let each = move.count > 1 ? " each" : "", it = move.count > 1 ? "they" : "it", itIs = move.count > 1 ? "they are" : "it is"
            let (old, new) = figures(shift.before!, shift.after!)
            let direction = shift.change! > 0 ? "rose" : "fell"
            let valueChange = "The \(title) of \(subject)\(each) \(direction) from \(old) to \(new)"
            guard ranked, let rankBefore = shift.rankBefore, let rankAfter = shift.rankAfter else {
                sentences.append(valueChange + ".")
                continue
            }
            let placeBefore = place(rankBefore, tied: shift.isTiedBefore), placeAfter = place(rankAfter, tied: shift.isTiedAfter)
            if placeBefore == placeAfter {
                sentences.append(valueChange + "; \(itIs) still \(placeAfter).")
            } else if rankBefore == rankAfter {
                sentences.append(valueChange + "; \(itIs) now \(placeAfter), having been \(placeBefore).")
            } else if (rankAfter < rankBefore) == (shift.change! > 0) {
                sentences.append("\(subject)\(each) \(direction) from \(placeBefore) to \(placeAfter) in \(title) (\(old) → \(new)).")
            } else {
                let rankDirection = rankAfter < rankBefore ? "rose" : "fell"
                sentences.append(valueChange + ", yet \(it) \(rankDirection) from \(placeBefore) to \(placeAfter) as others moved more.")
            }
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
        if ties.added.isEmpty && ties.removed.isEmpty {
            sentences.append("No tie formed or dissolved; \(counted(ties.persisted.count, "tie")) persisted (Jaccard \(jaccard)).")
        } else {
            // A sentence starts with a capital: "No ties formed, 2 dissolved…".
            let formed = ties.added.isEmpty ? "No ties" : counted(ties.added.count, "tie")
            sentences.append("\(formed) formed, \(ties.removed.count) dissolved and \(ties.persisted.count) persisted (Jaccard \(jaccard)).")
        }
        if let old = concentrationBefore.gini, let new = concentrationAfter.gini, abs(new - old) >= 0.01 {
            sentences.append("\(title.prefix(1).uppercased() + title.dropFirst()) became \(new > old ? "more" : "less") concentrated (Gini \(twoDecimals(old)) → \(twoDecimals(new))).")
        }
        return Array(sentences.prefix(limit))
    }
}

extension PowerShift {
    /// "; the two networks correlate at 0.12 over the 14 actors at both (QAP p = 0.310 for one
    /// as high)", when the QAP correlation was computed; empty otherwise.
    var correlationClause: String {
        guard let correlation else { return "" }
        guard let value = correlation.correlation else {
            return "; the correlation of their networks over the \(correlation.actors) actors at both is undefined"
        }
        var clause = "; their networks correlate at \(String(format: "%.2f", value)) over the \(correlation.actors) actors at both"
        if let p = correlation.pGreaterOrEqual {
            clause += " (QAP p = \(String(format: "%.3f", p)) that shuffled actors correlate as highly, \(correlation.permutations) permutations)"
        }
        return clause
    }
}

/// Two values of a measure as text, with as many significant digits as it takes (up to
/// nine) for different values to read differently: "0.143 → 0.152", never "0.14 → 0.14".
func figures(_ before: Double, _ after: Double) -> (String, String) {
    func text(_ value: Double, _ digits: Int) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(format: "%.0f", value) : String(format: "%.\(digits)g", value)
    }
    var digits = 3
    while digits < 9, text(before, digits) == text(after, digits) { digits += 1 }
    return (text(before, digits), text(after, digits))
}

/// "1 tie", "2 ties", "no ties".
func counted(_ count: Int, _ noun: String) -> String {
    count == 0 ? "no \(noun)s" : count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
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
