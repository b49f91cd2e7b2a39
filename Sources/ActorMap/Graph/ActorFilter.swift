import Foundation

/// Which actors an analysis keeps, by their fields and attributes at each moment:
/// `group=state`, `influence>=5`, `stance=opposes`.
///
/// A condition compares a field with `=`, `!=`, `<`, `<=`, `>` or `>=`. Commas join
/// alternatives, any of which keeps an actor: `group=state,funder` or
/// `influence>=5,stance=supports`; a part without an operator takes the field and operator
/// before it. Several expressions must all hold. The fields are `id`, `kind`, `group`, `tag`
/// and every attribute, read at the snapshot's moment (``Snapshot/attribute(_:ofActorAt:)``);
/// an actor with no value for the attribute then matches no condition on it, `!=` included.
/// `<`, `<=`, `>` and `>=` compare numbers; `=` and `!=` compare numbers as numbers and
/// anything else as written.
///
/// Removing an actor removes its ties: ``Snapshot/keeping(_:)`` applies a filter before
/// anything is measured, and says how many actors and ties it removed.
public struct ActorFilter: Hashable, Sendable, CustomStringConvertible {
    /// How a condition compares.
    public enum Comparison: String, Hashable, Sendable, CaseIterable {
        /// The same value.
        case equal = "="
        /// Another value.
        case notEqual = "!="
        /// A smaller number.
        case less = "<"
        /// A number no larger.
        case lessOrEqual = "<="
        /// A larger number.
        case greater = ">"
        /// A number no smaller.
        case greaterOrEqual = ">="

        var comparesNumbers: Bool { self != .equal && self != .notEqual }
    }

    /// One comparison of a field with a value.
    public struct Condition: Hashable, Sendable, CustomStringConvertible {
        /// `id`, `kind`, `group`, `tag` or an attribute's id.
        public var field: String
        /// How the field is compared.
        public var comparison: Comparison
        /// The value compared with, as written.
        public var value: String

        /// A condition.
        ///
        /// - Parameters:
        ///   - field: `id`, `kind`, `group`, `tag` or an attribute's id.
        ///   - comparison: How the field is compared.
        ///   - value: The value compared with.
        public init(field: String, comparison: Comparison, value: String) {
            self.field = field
            self.comparison = comparison
            self.value = value
        }

        /// `influence>=5`.
        public var description: String { "\(field)\(comparison.rawValue)\(value)" }
    }

    /// The expressions, each a list of alternatives; an actor is kept when every expression
    /// has an alternative it matches.
    public var clauses: [[Condition]]

    /// The fields every map has besides its attributes.
    public static let fields = ["id", "kind", "group", "tag"]

    /// The filter that keeps every actor.
    public static let none = ActorFilter(clauses: [])

    /// A filter of these expressions.
    ///
    /// - Parameter clauses: Each expression's alternatives.
    public init(clauses: [[Condition]]) {
        self.clauses = clauses
    }

    /// Whether the filter keeps every actor.
    public var isEmpty: Bool { clauses.isEmpty }

    /// The expressions as given, normalised: `group=state,group=funder; influence>=5`.
    public var expressions: [String] { clauses.map { $0.map(\.description).joined(separator: ",") } }

    /// The expressions joined by `and`.
    public var description: String { expressions.joined(separator: " and ") }

    // MARK: Reading

    /// Reads `--where` expressions and checks them against a map: every field must be one
    /// of ``fields`` or an attribute the map declares or gives, actors, groups and kinds must exist,
    /// a declared category's value must be one of its values, and `<`, `<=`, `>`, `>=` need
    /// a number.
    ///
    /// - Parameters:
    ///   - expressions: The expressions as written, such as `influence>=5`.
    ///   - dataset: The map they filter.
    ///   - option: The option they were given as, which messages name.
    /// - Throws: ``ActorFilterError`` naming the option, the expression and the fix.
    /// - Complexity: O(*a*·*k*) for *a* actors with *k* attributes each, to learn their names.
    public init(parsing expressions: [String], for dataset: Dataset, option: String = "--where") throws(ActorFilterError) {
        guard !expressions.isEmpty else {
            self = .none
            return
        }
        let names = Set(dataset.actorAttributeIDs)
        var clauses: [[Condition]] = []
        for expression in expressions {
            var alternatives: [Condition] = []
            for part in expression.split(separator: ",", omittingEmptySubsequences: false) {
                let text = part.trimmingCharacters(in: .whitespaces)
                let condition: Condition
                if let parsed = try Self.condition(text, in: expression, option: option) {
                    condition = parsed
                } else if let previous = alternatives.last, !text.isEmpty {
                    condition = Condition(field: previous.field, comparison: previous.comparison, value: text)
                } else {
                    throw ActorFilterError("\(option) '\(expression)': '\(text)' is not a condition. Write field, operator and value, such as group=state or influence>=5; the operators are = != < <= > >=.")
                }
                try Self.check(condition, in: expression, dataset: dataset, attributes: names, option: option)
                alternatives.append(condition)
            }
            clauses.append(alternatives)
        }
        self.init(clauses: clauses)
    }

    /// The condition in `text`, or `nil` when it has no operator.
    private static func condition(_ text: String, in expression: String, option: String) throws(ActorFilterError) -> Condition? {
        guard let start = text.firstIndex(where: { "!<>=".contains($0) }) else { return nil }
        let field = text[..<start].trimmingCharacters(in: .whitespaces)
        let end = text[start...].firstIndex { !"!<>=".contains($0) } ?? text.endIndex
        guard let comparison = Comparison(rawValue: String(text[start..<end])) else {
            throw ActorFilterError("\(option) '\(expression)': '\(text[start..<end])' is not an operator; use = != < <= > or >=.")
        }
        let value = text[end...].trimmingCharacters(in: .whitespaces)
        guard !field.isEmpty, !value.isEmpty else {
            throw ActorFilterError("\(option) '\(expression)': '\(text)' needs a field before \(comparison.rawValue) and a value after it, such as influence>=5.")
        }
        return Condition(field: field, comparison: comparison, value: value)
    }

    private static func check(
        _ condition: Condition, in expression: String, dataset: Dataset, attributes: Set<String>, option: String
    ) throws(ActorFilterError) {
        let field = condition.field, value = condition.value
        let vocabulary = dataset.vocabulary
        func refuse(_ message: String) -> ActorFilterError { ActorFilterError("\(option) '\(expression)': \(message)") }
        guard fields.contains(field) || attributes.contains(field) else {
            let known = fields + attributes.sorted()
            let near = Suggestion.nearest(to: field, in: known)
            throw refuse("'\(field)' is not a field or attribute of this map\(near.map { "; did you mean '\($0)'?" } ?? "."). Filter by \(known.joined(separator: ", ")).")
        }
        let declaration = fields.contains(field) ? nil : vocabulary.attribute(field)
        if condition.comparison.comparesNumbers {
            guard Double(value) != nil else {
                throw refuse("\(condition.comparison.rawValue) compares numbers, and '\(value)' is not one; write a number such as \(field)\(condition.comparison.rawValue)5, or use = or !=.")
            }
            if fields.contains(field) || declaration.map({ $0.type != .number }) == true {
                throw refuse("\(condition.comparison.rawValue) compares numbers, and '\(field)' is not a number; use = or !=.")
            }
        }
        let allowed: [String]? = switch field {
        case "group": vocabulary.groups.map(\.id)
        case "kind": vocabulary.kinds.map(\.id)
        case "id": dataset.actors.map(\.id)
        default: declaration?.type == .category ? declaration!.values : nil
        }
        if let allowed, !allowed.contains(value) {
            let near = Suggestion.nearest(to: value, in: allowed)
            let choices = allowed.count > 20 ? "none of its \(allowed.count) is close; check the spelling." : "use one of \(allowed.joined(separator: ", "))."
            throw refuse("'\(value)' is not a \(field) of this map\(near.map { "; did you mean '\($0)'?" } ?? "; \(choices)")")
        }
        if declaration?.type == .number, Double(value) == nil {
            throw refuse("'\(field)' is a number, and '\(value)' is not one; write a number such as \(field)=5.")
        }
    }

    // MARK: Applying

    /// Whether the actor at `datasetIndex` matches the filter at the snapshot's moment.
    ///
    /// - Parameters:
    ///   - datasetIndex: The actor's index in `snapshot.dataset.actors`.
    ///   - snapshot: The map at the moment its attributes are read.
    /// - Returns: Whether every expression has an alternative the actor matches.
    /// - Complexity: O(*c*) conditions, each reading one attribute.
    public func keeps(actorAt datasetIndex: Int, in snapshot: Snapshot) -> Bool {
        clauses.allSatisfy { alternatives in alternatives.contains { matches($0, datasetIndex, snapshot) } }
    }

    private func matches(_ condition: Condition, _ index: Int, _ snapshot: Snapshot) -> Bool {
        let dataset = snapshot.dataset, actor = dataset.actors[index]
        switch condition.field {
        case "id": return equality(actor.id == condition.value, condition)
        case "kind": return equality(actor.kind == condition.value, condition)
        case "group": return equality(dataset.group(ofActorAt: index).id == condition.value, condition)
        case "tag": return equality(actor.tags.contains(condition.value), condition)
        default:
            guard let value = snapshot.attribute(condition.field, ofActorAt: index) else { return false }
            if let number = value.number, let wanted = Double(condition.value) {
                switch condition.comparison {
                case .equal: return number == wanted
                case .notEqual: return number != wanted
                case .less: return number < wanted
                case .lessOrEqual: return number <= wanted
                case .greater: return number > wanted
                case .greaterOrEqual: return number >= wanted
                }
            }
            return condition.comparison.comparesNumbers ? false : equality(value.description == condition.value, condition)
        }
    }

    private func equality(_ same: Bool, _ condition: Condition) -> Bool {
        switch condition.comparison {
        case .equal: same
        case .notEqual: !same
        default: false
        }
    }
}

/// What an ``ActorFilter`` removed from one snapshot.
public struct ActorFilterOutcome: Hashable, Sendable {
    /// The filter applied.
    public var filter: ActorFilter
    /// The actors on the map at the moment before filtering.
    public var actorsBefore: Int
    /// The actors the filter removed.
    public var actorsRemoved: Int
    /// The relationships on the map at the moment before filtering.
    public var tiesBefore: Int
    /// The relationships removed with their actors.
    public var tiesRemoved: Int

    /// `--where influence>=5 removed 3 of 12 actors and 4 of 20 ties`, as notes say it.
    public var sentence: String {
        "--where \(filter.expressions.joined(separator: " --where ")) removed \(actorsRemoved) of \(actorsBefore) actors and \(tiesRemoved) of \(tiesBefore) ties"
    }
}

/// Why a `--where` expression cannot be used, with the fix.
public struct ActorFilterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The message, naming the option, the expression and the fix.
    public var description: String

    init(_ description: String) { self.description = description }
}

extension Snapshot {
    /// This snapshot without the actors `filter` does not keep at its moment, nor their ties;
    /// ``filtering`` says how many it removed. A snapshot already filtered by the same
    /// filter, and any snapshot with an empty filter, is returned as it is.
    ///
    /// - Parameter filter: The actors to keep.
    /// - Returns: The filtered snapshot; positions are renumbered.
    /// - Complexity: O(*a*·*c* + *r*) for *a* actors, *c* conditions and *r* relationships.
    public func keeping(_ filter: ActorFilter) -> Snapshot {
        guard !filter.isEmpty, filtering?.filter != filter else { return self }
        let kept = actorIndices.filter { filter.keeps(actorAt: $0, in: self) }
        let keptSet = Set(kept)
        let ties = relationshipIndices.filter { index in
            let ends = dataset.relationshipEnds[index]
            return keptSet.contains(ends.from) && keptSet.contains(ends.to)
        }
        let outcome = ActorFilterOutcome(
            filter: filter, actorsBefore: actorIndices.count, actorsRemoved: actorIndices.count - kept.count,
            tiesBefore: relationshipIndices.count, tiesRemoved: relationshipIndices.count - ties.count)
        return Snapshot(dataset, at: time, actorIndices: kept, relationshipIndices: ties, filtering: outcome)
    }
}

extension Dataset {
    /// The attributes actors can be filtered, sized or coloured by: those declared for
    /// actors (the catalogue's influence, interest and stance among them) and those any
    /// actor gives, sorted.
    ///
    /// - Complexity: O(*a*·*k*) for *a* actors with *k* attributes each.
    public var actorAttributeIDs: [String] {
        var names = Set(vocabulary.attributes.filter { $0.appliesTo == .actors }.map(\.id))
        for actor in actors where !actor.attributes.isEmpty || !actor.datedAttributes.isEmpty {
            names.formUnion(actor.attributes.keys)
            names.formUnion(actor.datedAttributes.keys)
        }
        return names.sorted()
    }
}

extension MetricsTable {
    /// What `--where` removed before measuring, as a note: "--where group=state removed 3 of
    /// 12 actors and 4 of 20 ties at 2017."; `nil` when no filter ran.
    public var filterNote: String? {
        snapshot.filtering.map { "\($0.sentence) at \(snapshot.time)." }
    }
}

extension MetricSeries {
    /// What `--where` removed before measuring each moment, as one note: the moment's own
    /// note for a single moment, else the least and most removed across the moments; `nil`
    /// when no filter ran.
    public var filterNote: String? {
        let outcomes = tables.compactMap(\.snapshot.filtering)
        guard let first = outcomes.first else { return nil }
        if tables.count == 1 { return tables[0].filterNote }
        let actors = outcomes.map(\.actorsRemoved), ties = outcomes.map(\.tiesRemoved)
        func range(_ values: [Int]) -> String {
            values.min() == values.max() ? "\(values[0])" : "\(values.min()!) to \(values.max()!)"
        }
        return "--where \(first.filter.expressions.joined(separator: " --where ")) ran at each of the \(tables.count) moments (\(tables[0].snapshot.time) to \(tables[tables.count - 1].snapshot.time)), removing \(range(actors)) actors and \(range(ties)) ties a moment."
    }
}
