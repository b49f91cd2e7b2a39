import Foundation

extension ShiftDecomposition {
    /// How the maps in between are made, for the reader of the sentences.
    public static let method = "Each change is split between actors that entered and left, ties formed, dissolved and retyped, and changed weights, by averaging each one's effect over every order of applying them (Shapley values), so the parts add up to the change. A tie counts only when both its actors are on the map, so a tie with an actor that entered is shared between the two."

    /// Where the largest changes came from, in plain sentences: "State's share of PageRank
    /// rose 32.8 points: 21.5 from actors that entered (Nairobi City County, NMS), 9.9 from
    /// ties formed, 1.4 from retyped ties."
    ///
    /// Groups whose share moved come first, largest shift first, then the actors whose own
    /// value moved most. Each part carries the sign of its effect on the measure (after a
    /// fall, every part is signed). A component whose part rounds to zero at the precision
    /// shown is left out; nothing that did not change is said to have.
    ///
    /// - Parameters:
    ///   - shift: The shift this decomposes, for names and the changes themselves.
    ///   - limit: The most sentences to give.
    /// - Returns: At most `limit` sentences.
    /// - Complexity: O(*n* log *n*) in the number of actors.
    public func summary(of shift: PowerShift, limit: Int = 5) -> [String] {
        let dataset = shift.before.snapshot.dataset
        let title = shift.measure.title
        var sentences: [String] = []

        let groupsMoved = shift.groupShares
            .compactMap { share -> (group: Int, change: Double, parts: [ShiftComponent: Double])? in
                guard let change = share.shift, abs(change) >= 0.0005, let parts = groups[share.group] else { return nil }
                return (share.group, change, parts)
            }
            .sorted { (abs($0.change), $1.group) > (abs($1.change), $0.group) }
        for moved in groupsMoved.prefix(2) {
            let label = dataset.vocabulary.groups[moved.group].label
            let points = String(format: "%.1f", abs(moved.change) * 100)
            let parts = explained(moved.parts, total: moved.change, dataset: dataset) { String(format: "%.1f", $0 * 100) }
            sentences.append("\(possessive(label)) share of \(title) \(moved.change > 0 ? "rose" : "fell") \(points) points\(parts).")
        }

        let movers = shift.actors
            .filter { $0.hasMoved && actors[$0.actor] != nil }
            .sorted { (abs($0.change!), $1.actor) > (abs($1.change!), $0.actor) }
        for mover in movers.prefix(3) {
            let change = mover.change!
            let (old, new) = figures(mover.before!, mover.after!)
            let digits = Self.decimals(for: change)
            // Counts read as counts: "rose 1", "0.5 from ties formed", not "1.00".
            func text(_ value: Double) -> String {
                let fixed = String(format: "%.\(digits)f", value)
                guard shift.measure.isCount, fixed.contains(".") else { return fixed }
                let trimmed = fixed.replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
                return trimmed.hasSuffix(".") ? String(trimmed.dropLast()) : trimmed
            }
            let amount = text(abs(change))
            let parts = explained(actors[mover.actor]!, total: change, dataset: dataset, format: text)
            sentences.append("The \(title) of \(dataset.actors[mover.actor].name) \(change > 0 ? "rose" : "fell") \(amount) (\(old) → \(new))\(parts).")
        }
        return Array(sentences.prefix(limit))
    }

    /// ": 21.5 from actors that entered (A, B), 9.9 from ties formed", or ", all from ties
    /// formed" when one component holds the whole change; parts that read as zero are left out.
    private func explained(
        _ parts: [ShiftComponent: Double], total: Double, dataset: Dataset, format: (Double) -> String
    ) -> String {
        func isZero(_ text: String) -> Bool { text.allSatisfy { "-0.".contains($0) } }
        let shown = ShiftComponent.allCases.compactMap { component -> (ShiftComponent, Double)? in
            guard let amount = parts[component], !isZero(format(amount)) else { return nil }
            return (component, amount)
        }
        .sorted { (abs($0.1), $1.0) > (abs($1.1), $0.0) }
        func named(_ component: ShiftComponent) -> String {
            let who = component == .actorsEntered ? entered : component == .actorsLeft ? left : []
            guard !who.isEmpty else { return component.phrase }
            return "\(component.phrase) (\(list(who.prefix(3).map { dataset.actors[$0].name }, more: who.count - 3)))"
        }
        guard !shown.isEmpty else { return "" }
        if shown.count == 1, (shown[0].1 > 0) == (total > 0) { return ", all from \(named(shown[0].0))" }
        // Parts carry the sign of their effect on the measure, as the table does: after a
        // rise, "9.9 from ties formed, −1.4 from ties dissolved"; after a fall every part is
        // signed, "−4.6 from ties dissolved, +4.3 from actors that entered".
        return ": " + shown.map { component, amount in
            let sign = amount < 0 ? "−" : total < 0 ? "+" : ""
            return "\(sign)\(format(abs(amount))) from \(named(component))"
        }.joined(separator: ", ")
    }

    /// Decimals enough to show three significant digits of `change`, and at most nine.
    private static func decimals(for change: Double) -> Int {
        guard change != 0 else { return 3 }
        return min(9, max(0, 2 - Int(floor(log10(abs(change))))))
    }
}
