import Foundation

extension DatasetValidator {
    /// Checks attribute declarations, and every value of a declared attribute (the
    /// catalogue's influence, interest and stance included) against its declaration: its
    /// type, its range, its categories, whether actors or relationships carry it. Dated
    /// values are checked wherever the attribute is declared or not: their periods run
    /// forwards, one informant's periods do not overlap, they lie in the period of what
    /// carries them, and their sources exist. Attributes nobody declares stay free-form.
    ///
    /// - Complexity: O(*v* log *v*) for *v* values; nothing for a map without attributes.
    mutating func checkAttributes(declared: [AttributeDeclaration], actors: [Actor], relationships: [Relationship], sources: [Source]) {
        var seen: [String: Int] = [:]
        for (index, declaration) in declared.enumerated() {
            let path = DatasetPath.entry(index, of: "attributes")
            if !Self.isWellFormed(declaration.id) {
                report(.error, path.field("id"), "'\(declaration.id)' is not a valid attribute id.",
                       fix: "use lowercase letters, digits, '.', '_' and '-' only, such as '\(Self.slug(declaration.id))'.")
            }
            if let first = seen[declaration.id] {
                report(.error, path.field("id"), "the attribute '\(declaration.id)' is already declared by attributes[\(first)].", fix: "keep one declaration.")
            } else {
                seen[declaration.id] = index
            }
            if declaration.label.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                report(.error, path.field("label"), "the label is empty.", fix: "give it a label readers will see in legends.")
            }
            if declaration.type == .category, declaration.values.isEmpty {
                report(.error, path.field("values"), "the category '\(declaration.id)' lists no values.",
                       fix: "list its words in order, such as `values: [supports, neutral, opposes]`.")
            }
            if let minimum = declaration.minimum, let maximum = declaration.maximum, minimum > maximum {
                report(.error, path.field("max"), "max (\(maximum.formatted())) is below min (\(minimum.formatted())).", fix: "swap the two.")
            }
            if declaration.type != .number, declaration.minimum != nil || declaration.maximum != nil {
                report(.error, path.field(declaration.minimum != nil ? "min" : "max"), "min and max bound numbers, and '\(declaration.id)' is a \(declaration.type.rawValue).",
                       fix: "remove them, or declare `type: number`.")
            }
        }
        let knownSources = Set(sources.map(\.id))
        for (index, actor) in actors.enumerated() where !actor.attributes.isEmpty || !actor.datedAttributes.isEmpty {
            checkValues(actor.attributes, actor.datedAttributes, of: .actors, period: actor.period,
                        at: .entry(index, of: "actors"), owner: "actor '\(actor.id)'", sources: knownSources)
        }
        for (index, relationship) in relationships.enumerated() where !relationship.attributes.isEmpty || !relationship.datedAttributes.isEmpty {
            checkValues(relationship.attributes, relationship.datedAttributes, of: .relationships, period: relationship.period,
                        at: .entry(index, of: "relationships"), owner: "the \(Self.tie(of: relationship.type))", sources: knownSources)
        }
    }

    private mutating func checkValues(
        _ constant: [String: AttributeValue], _ dated: [String: [DatedAttributeValue]], of carrier: AttributeDeclaration.Carrier,
        period: Period, at path: @autoclosure () -> DatasetPath, owner: @autoclosure () -> String, sources: Set<String>
    ) {
        // Most maps' free-form attributes are declared nowhere: they are passed over without
        // sorting anything, or naming the place and the owner they would be reported at.
        guard !dated.isEmpty || constant.keys.contains(where: { vocabulary.attribute($0) != nil }) else { return }
        for name in constant.keys.sorted() {
            let declaration = vocabulary.attribute(name)
            let valuePath = path().field("attributes").field(name)
            guard let declaration, checkCarrier(declaration, carrier, at: valuePath) else { continue }
            if dated[name] != nil {
                report(.error, valuePath, "'\(name)' is given both as one value and over time.", fix: "keep one of the two.")
            }
            if let problem = declaration.problem(with: constant[name]!) {
                report(.error, valuePath, problem.message, fix: problem.fix)
            }
        }
        for name in dated.keys.sorted() {
            let declaration = vocabulary.attribute(name)
            let listPath = path().field("attributes").field(name)
            if let declaration, !checkCarrier(declaration, carrier, at: listPath) { continue }
            let values = dated[name]!
            for (index, value) in values.enumerated() {
                let entry = listPath.entry(index)
                if let problem = declaration?.problem(with: value.value) {
                    report(.error, entry.field("value"), problem.message, fix: problem.fix)
                }
                let own = Period(since: value.since, until: value.until)
                if own.isReversed, let since = value.since, let until = value.until {
                    report(.error, entry.field("until"), "until (\(until)) comes before since (\(since)).", fix: "swap the two, or correct the year.")
                } else if !period.isReversed, let field = Self.fieldOutside(value, period) {
                    report(.warning, entry.field(field),
                           "this value of '\(name)' (\(own)) is dated outside the period of \(owner()) (\(period)), so no moment reads it.",
                           fix: "check the years, or widen the \(carrier == .actors ? "actor" : "tie")'s `since`/`until`.")
                }
                if let confidence = value.confidence, !DatedAttributeValue.confidenceLevels.contains(confidence) {
                    report(.error, entry.field("confidence"), "'\(confidence)' is not a confidence.",
                           fix: Suggestion.nearest(to: confidence, in: DatedAttributeValue.confidenceLevels).map { "did you mean '\($0)'? Use high, medium or low." } ?? "use high, medium or low.")
                }
                for source in value.sources where !sources.contains(source) {
                    report(.error, entry.field("sources"), "unknown source '\(source)'.", fix: Suggestion.fix(for: source, in: sources, listing: "sources"))
                }
            }
            checkOverlaps(values, name: name, at: listPath)
        }
    }

    /// The field that puts a value wholly outside `period`: a `since` after its end, or an
    /// `until` before its start; `nil` when the value meets the period.
    private static func fieldOutside(_ value: DatedAttributeValue, _ period: Period) -> String? {
        if let since = value.since, since.firstDay > period.lastDay { return "since" }
        if let until = value.until, until.lastDay < period.firstDay { return "until" }
        return nil
    }

    /// Whether a declared attribute is given where it belongs; reports it when not.
    private mutating func checkCarrier(_ declaration: AttributeDeclaration, _ carrier: AttributeDeclaration.Carrier, at path: DatasetPath) -> Bool {
        guard declaration.appliesTo != carrier else { return true }
        report(.error, path, "'\(declaration.id)' is declared for \(declaration.appliesTo.rawValue), not \(carrier.rawValue).",
               fix: "move the value to the \(declaration.appliesTo == .actors ? "actors" : "relationships"), or give this one another name.")
        return false
    }

    /// Reports the values of one informant whose periods share a day: a value that starts
    /// before the previous one's `until`, or on the same date as another.
    private mutating func checkOverlaps(_ values: [DatedAttributeValue], name: String, at path: DatasetPath) {
        guard values.count > 1 else { return }
        var byInformant: [String?: [Int]] = [:]
        for (index, value) in values.enumerated() { byInformant[value.informant, default: []].append(index) }
        for (informant, indices) in byInformant.sorted(by: { ($0.key ?? "") < ($1.key ?? "") }) where indices.count > 1 {
            let ordered = indices.sorted { (values[$0].since?.firstDay ?? .min, $0) < (values[$1].since?.firstDay ?? .min, $1) }
            for (earlier, later) in zip(ordered, ordered.dropFirst()) {
                let first = values[earlier], second = values[later]
                let start = second.since?.firstDay ?? .min
                let sameStart = (first.since?.firstDay ?? .min) == start
                guard sameStart || (first.until.map { $0.lastDay >= start } ?? false) else { continue }
                let who = informant.map { " from informant '\($0)'" } ?? ""
                report(.error, path.entry(later).field("since"),
                       "this value of '\(name)'\(who) (\(Period(since: second.since, until: second.until))) overlaps value \(earlier + 1) of the list (\(Period(since: first.since, until: first.until))).",
                       fix: sameStart ? "give each value its own `since`, or an `informant:` when two people rated it." : "end the earlier value before this one starts, or leave its `until` out: a value holds until the next one's `since`.")
            }
        }
    }
}
