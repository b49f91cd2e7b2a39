import Foundation

/// The checks every dataset passes before it can be used: ids that exist, are well formed
/// and unique, periods that run forwards, weights that are finite and not negative, ties that fall
/// within their actors' lives.
struct DatasetValidator {
    struct Resolved {
        var actorIndexByID: [String: Int]
        var actorKinds: [Int]
        var actorGroups: [Int]
        var ends: [RelationshipEnds]
    }

    let vocabulary: Vocabulary
    let locations: any SourceLocating
    /// Whether a relationship that cites no source is worth a warning, as it is when a map
    /// is checked strictly.
    let requiringSources: Bool
    private(set) var problems: [Problem] = []

    init(vocabulary: Vocabulary, locations: any SourceLocating, requiringSources: Bool = false) {
        self.vocabulary = vocabulary
        self.locations = locations
        self.requiringSources = requiringSources
    }

    /// Reports a problem at `path`, which is made only then: a big map has hundreds of
    /// thousands of fields, and nearly all of them have no problem to place.
    mutating func report(_ severity: Problem.Severity, _ path: @autoclosure () -> DatasetPath, _ message: String, fix: String? = nil) {
        if let problem = locations.problem(severity, at: path(), message, fix: fix) { problems.append(problem) }
    }

    mutating func check(
        title: String, sources: [Source], groups: [Group], kinds: [ActorKind],
        relationshipTypes: [RelationshipType], actors: [Actor], relationships: [Relationship]
    ) -> Resolved? {
        if Self.isBlank(title) {
            report(.error, .field("title"), "the dataset has no title.", fix: "add a line such as `title: Mukuru Special Planning Area, Nairobi`.")
        }
        let sourceIDs = checkIDs(sources.map(\.id), section: "sources", noun: "source")
        checkIDs(groups.map(\.id), section: "groups", noun: "group")
        checkIDs(kinds.map(\.id), section: "kinds", noun: "kind")
        checkIDs(relationshipTypes.map(\.id), section: "relationship_types", noun: "relationship type")
        let actorIndexByID = checkIDs(actors.map(\.id), section: "actors", noun: "actor")

        for (index, group) in groups.enumerated() {
            checkColor(group.color, at: .entry(index, of: "groups").field("color"))
            checkLabel(group.label, at: .entry(index, of: "groups").field("label"))
        }
        for (index, kind) in kinds.enumerated() {
            checkLabel(kind.label, at: .entry(index, of: "kinds").field("label"))
            if vocabulary.groupIndex(of: kind.group) == nil {
                report(.error, .entry(index, of: "kinds").field("group"), "unknown group '\(kind.group)'.",
                       fix: Suggestion.fix(for: kind.group, in: vocabulary.groups.map(\.id), listing: "groups"))
            }
            if let shape = kind.shape, !Self.shapes.contains(shape) {
                report(.error, .entry(index, of: "kinds").field("shape"), "unknown shape '\(shape)'.",
                       fix: Suggestion.fix(for: shape, in: Self.shapes, listing: "Graphviz's node shapes"))
            }
        }
        for (index, type) in relationshipTypes.enumerated() {
            checkLabel(type.label, at: .entry(index, of: "relationship_types").field("label"))
            checkColor(type.color, at: .entry(index, of: "relationship_types").field("color"))
            if ![-1, 0, 1].contains(type.sign) {
                report(.error, .entry(index, of: "relationship_types").field("sign"), "sign must be 1, 0 or -1, not \(type.sign).",
                       fix: "use 1 for cooperation, -1 for conflict, 0 for neither.")
            }
            if let style = type.style, !Self.edgeStyles.contains(style) {
                report(.error, .entry(index, of: "relationship_types").field("style"), "unknown edge style '\(style)'.",
                       fix: Suggestion.fix(for: style, in: Self.edgeStyles, listing: "Graphviz's edge styles"))
            }
        }

        var actorKinds: [Int] = []
        var actorGroups: [Int] = []
        actorKinds.reserveCapacity(actors.count)
        actorGroups.reserveCapacity(actors.count)
        for (index, actor) in actors.enumerated() {
            func path() -> DatasetPath { .entry(index, of: "actors") }
            if Self.isBlank(actor.name) {
                report(.error, path().field("name"), "actor '\(actor.id)' has no name.", fix: "add `name:` with the organisation's name.")
            }
            if let kind = vocabulary.kindIndex(of: actor.kind) {
                actorKinds.append(kind)
                actorGroups.append(vocabulary.groupIndex(of: vocabulary.kinds[kind].group) ?? 0)
            } else {
                report(.error, path().field("kind"), "unknown kind '\(actor.kind)'.",
                       fix: Suggestion.fix(for: actor.kind, in: vocabulary.kinds.map(\.id), listing: "kinds"))
                actorKinds.append(0)
                actorGroups.append(0)
            }
            checkPeriod(actor.period, at: path())
            checkSource(actor.source, at: path().field("source"), known: sourceIDs)
        }

        var ends: [RelationshipEnds] = []
        ends.reserveCapacity(relationships.count)
        var seen: [RelationshipKey: Int] = [:]
        seen.reserveCapacity(relationships.count)
        // Parallel ties merge by adding their weights, and strengths add every tie's: if all
        // the weights together stay finite, so does every sum a measure takes.
        var totalWeight = 0.0
        for (index, relationship) in relationships.enumerated() {
            func path() -> DatasetPath { .entry(index, of: "relationships") }
            let from = resolveActor(relationship.from, at: path().field("from"), in: actorIndexByID)
            let to = resolveActor(relationship.to, at: path().field("to"), in: actorIndexByID)
            let type = vocabulary.typeIndex(of: relationship.type)
            if type == nil {
                report(.error, path().field("type"), "unknown relationship type '\(relationship.type)'.",
                       fix: Suggestion.fix(for: relationship.type, in: vocabulary.relationshipTypes.map(\.id), listing: "relationship_types"))
            }
            if relationship.from == relationship.to {
                report(.error, path().field("to"), "the relationship ties '\(relationship.from)' to itself.",
                       fix: "a tie needs two different actors; remove it or correct `from` or `to`.")
            }
            if !relationship.weight.isFinite || relationship.weight < 0 {
                report(.error, path().field("weight"), "weight must be a finite number of at least 0, not \(relationship.weight.formatted()).",
                       fix: "use 1 for an ordinary tie, larger numbers for stronger ones and 0 for a tie that carries no weight; a hostile tie is one of a negative type, such as `contention`, with a positive weight.")
            } else if totalWeight.isFinite {
                totalWeight += relationship.weight
                if !totalWeight.isFinite {
                    report(.error, path().field("weight"), "with this tie the weights add up past the largest number ActorMap can hold (about 1.8e308), so merged ties and strengths would be infinite.",
                           fix: "scale the weights down (thousands instead of units, say); only their ratios matter to the measures.")
                }
            }
            if let amount = relationship.amount, !amount.isFinite || amount < 0 {
                report(.error, path().field("amount"), "amount must be a finite number of at least 0, not \(amount.formatted()).",
                       fix: "write the sum without currency signs or separators, such as `amount: 1200000`, and the currency under `currency:`.")
            }
            checkPeriod(relationship.period, at: path())
            checkSources(relationship.sources, of: path(), known: sourceIDs)
            guard let from, let to, let type else {
                ends.append(RelationshipEnds(from: 0, to: 0, type: 0))
                continue
            }
            ends.append(RelationshipEnds(from: from, to: to, type: type))
            // The actor's period alone is read, and its id for a problem: copying the whole
            // actor would retain each of its fields, for every end of every tie.
            checkWithinLife(actors[from].period, of: actors[from].id, relationship, at: path().field("from"))
            checkWithinLife(actors[to].period, of: actors[to].id, relationship, at: path().field("to"))
            let undirected = !vocabulary.relationshipTypes[type].directed
            let key = RelationshipKey(
                from: undirected ? min(from, to) : from, to: undirected ? max(from, to) : to,
                type: type, period: relationship.period)
            // Looked up and recorded in one step; a repeat puts the first tie's index back.
            if let first = seen.updateValue(index, forKey: key) {
                seen[key] = first
                report(.warning, path(), "the same \(Self.tie(of: relationship.type)) between '\(relationship.from)' and '\(relationship.to)' over \(relationship.period) is also relationships[\(first)].",
                       fix: "remove one, or give them different periods; parallel ties add up their weights in measures.")
            }
        }

        guard !problems.contains(where: { $0.severity == .error }) else { return nil }
        return Resolved(actorIndexByID: actorIndexByID, actorKinds: actorKinds, actorGroups: actorGroups, ends: ends)
    }

    /// What makes two ties the same: their ends, their type and their period, the period's
    /// dates each packed into one number. A map's every tie has a key, so it is kept to 32
    /// bytes, where a `Period` alone takes 90.
    private struct RelationshipKey: Hashable {
        var from: Int, to: Int, type: Int32, since: Int32, until: Int32

        init(from: Int, to: Int, type: Int, period: Period) {
            self.from = from
            self.to = to
            self.type = Int32(truncatingIfNeeded: type)
            since = Self.packed(period.since)
            until = Self.packed(period.until)
        }

        /// A date as one number, different for every date and 0 for none: its year (at most
        /// 9999, 14 bits), month (4 bits) and day (5 bits) side by side, a missing month or
        /// day as 0. Every year is at least 1, so no date packs to 0.
        private static func packed(_ date: CalendarDate?) -> Int32 {
            guard let date else { return 0 }
            return Int32(truncatingIfNeeded: date.year << 9 | (date.month ?? 0) << 5 | (date.day ?? 0))
        }
    }

    /// Checks that ids are well formed and unique; returns the index of each.
    @discardableResult
    private mutating func checkIDs(_ ids: [String], section: String, noun: String) -> [String: Int] {
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() {
            func path() -> DatasetPath { .entry(index, of: section).field("id") }
            if !Self.isWellFormed(id) {
                report(.error, path(), "'\(id)' is not a valid \(noun) id.",
                       fix: "use lowercase letters, digits, '.', '_' and '-' only, such as '\(Self.slug(id))'.")
            }
            if let first = indexByID.updateValue(index, forKey: id) {
                indexByID[id] = first
                report(.error, path(), "the \(noun) id '\(id)' is already used by \(section)[\(first)].",
                       fix: "give each \(noun) its own id.")
            }
        }
        return indexByID
    }

    private mutating func resolveActor(_ id: String, at path: @autoclosure () -> DatasetPath, in index: [String: Int]) -> Int? {
        if let found = index[id] { return found }
        report(.error, path(), "unknown actor '\(id)'.", fix: Suggestion.fix(for: id, in: index.keys, listing: "actors"))
        return nil
    }

    /// Warns of a tie that reaches outside the active period of the actor at one of its
    /// ends, `from` or `to`.
    private mutating func checkWithinLife(
        _ period: Period, of actor: @autoclosure () -> String, _ relationship: Relationship, at path: @autoclosure () -> DatasetPath
    ) {
        if !relationship.period.isReversed, !period.isReversed, !period.contains(relationship.period) {
            report(.warning, path(),
                   "the \(Self.tie(of: relationship.type)) (\(relationship.period)) reaches outside the active period of '\(actor())' (\(period)); snapshots show it only while both actors are active.",
                   fix: "check the years, or widen the actor's `since`/`until`.")
        }
    }

    private mutating func checkPeriod(_ period: Period, at path: @autoclosure () -> DatasetPath) {
        if period.isReversed, let since = period.since, let until = period.until {
            report(.error, path().field("until"), "until (\(until)) comes before since (\(since)).",
                   fix: "swap the two, or correct the year.")
        }
    }

    private mutating func checkSource(_ source: String?, at path: @autoclosure () -> DatasetPath, known: [String: Int]) {
        guard let source, known[source] == nil else { return }
        report(.error, path(), "unknown source '\(source)'.", fix: Suggestion.fix(for: source, in: known.keys, listing: "sources"))
    }

    /// Checks the sources a relationship cites. One source is placed where the file wrote
    /// it, `source` or `sources[0]`; several at their entries of `sources`.
    private mutating func checkSources(_ sources: [String], of path: @autoclosure () -> DatasetPath, known: [String: Int]) {
        if sources.isEmpty {
            if requiringSources {
                report(.warning, path(), "this relationship cites no source.",
                       fix: "add `source: <id>` (or `sources: [<id>, …]`) naming an entry of the top-level `sources:`, so that readers can trace the tie.")
            }
            return
        }
        var seen: Set<String> = []
        // The places are found in a copy, as the problems they place are reported.
        let locations = locations
        for (position, source) in sources.enumerated() {
            func place() -> DatasetPath { sources.count == 1 ? locations.singleSource(of: path()) : path().field("sources").entry(position) }
            checkSource(source, at: place(), known: known)
            if sources.count > 1, !seen.insert(source).inserted {
                report(.warning, place(), "the source '\(source)' is cited twice; it counts once.", fix: "remove the repeat.")
            }
        }
    }

    private mutating func checkLabel(_ label: String, at path: @autoclosure () -> DatasetPath) {
        if Self.isBlank(label) {
            report(.error, path(), "the label is empty.", fix: "give it a label readers will see in legends.")
        }
    }

    private mutating func checkColor(_ color: String?, at path: @autoclosure () -> DatasetPath) {
        guard let color else { return }
        let hex = color.dropFirst()
        if color.first != "#" || hex.count != 6 || !hex.allSatisfy(\.isHexDigit) {
            report(.error, path(), "'\(color)' is not a colour.", fix: "write colours as #rrggbb, such as \"#3b6fb6\" (quoted in YAML).")
        }
    }

    /// A tie of a type, in words: `funding tie`, and `directed-tie` rather than `directed-tie tie`.
    static func tie(of type: String) -> String {
        type.hasSuffix("tie") ? type : "\(type) tie"
    }

    /// Whether `text` is empty or only spaces and line breaks (Unicode's White_Space, the
    /// characters `CharacterSet.whitespacesAndNewlines` holds), found without Foundation's
    /// trimming: every actor's name is checked so.
    ///
    /// - Complexity: O(*n*) for *n* characters, O(1) for a name that starts with a letter.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    static func isWellFormed(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" || scalar == "-"
        }
    }

    /// A well-formed id close to `text`, offered as a fix.
    static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if isWellFormed(String(scalar)) {
                slug.unicodeScalars.append(scalar)
            } else if slug.last != "-" {
                slug += "-"
            }
        }
        let trimmed = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "actor-1" : trimmed
    }

    /// Graphviz's polygon-based node shapes.
    static let shapes: [String] = [
        "box", "polygon", "ellipse", "oval", "circle", "point", "egg", "triangle", "plaintext", "plain",
        "diamond", "trapezium", "parallelogram", "house", "pentagon", "hexagon", "septagon", "octagon",
        "doublecircle", "doubleoctagon", "tripleoctagon", "invtriangle", "invtrapezium", "invhouse",
        "Mdiamond", "Msquare", "Mcircle", "rect", "rectangle", "square", "star", "none", "underline",
        "cylinder", "note", "tab", "folder", "box3d", "component", "promoter", "cds", "terminator",
        "utr", "primersite", "restrictionsite", "fivepoverhang", "threepoverhang", "noverhang",
        "assembly", "signature", "insulator", "ribosite", "rnastab", "proteasesite", "proteinstab",
        "rpromoter", "rarrow", "larrow", "lpromoter",
    ]

    static let edgeStyles: [String] = ["solid", "dashed", "dotted", "bold", "invis", "tapered"]
}
