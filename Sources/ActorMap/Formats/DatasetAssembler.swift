import Foundation

/// Turns the records an interchange reader found into a checked dataset, whatever the file
/// format: ids, kinds, types, dates and numbers are read the same way from a CSV row, a
/// workbook row, a GraphML node or a GEXF edge, and every problem names the cell or element
/// it comes from.
///
/// Files from other tools use their own words for kinds and types (Kumu's `Organization`,
/// a GraphML `type` of `partner`). A word that names an id or a label of the catalogue or
/// of the file's own definitions resolves to it; any other word becomes a new kind or type
/// of the dataset, labelled with the word, so that the file can be read at all. A word
/// close to a known one is still taken as new, with a warning naming the likely one.
struct DatasetAssembler {
    private var frame: DatasetFrame
    private var vocabulary: Vocabulary
    private let file: String
    private let directedByDefault: Bool
    private var problems: [Problem]
    /// Where each part of the dataset came from, by dataset path (`relationships[3].weight`).
    private var places: [String: SourcePlace] = [:]

    private var actors: [Actor] = []
    private var actorIndexByID: [String: Int] = [:]
    /// Actor ids by the text files use to point at actors: their ids as written and their names.
    private var actorIDByReference: [String: String] = [:]
    private var kindByWord: [String: String] = [:]
    private var typeByWord: [String: String] = [:]
    private var groupByWord: [String: String] = [:]
    private var sourceByWord: [String: String] = [:]

    /// - Parameters:
    ///   - frame: The title, description, sources and definitions the file carries, or what
    ///     stands in for them (the file's name as title).
    ///   - file: The file problems without a place of their own are reported against.
    ///   - directedByDefault: Whether a tie whose type the file does not give runs one way,
    ///     as GraphML's `edgedefault` and GEXF's `defaultedgetype` say.
    ///   - problems: Problems the reader found before assembling, such as unreadable rows.
    init(frame: DatasetFrame, file: String, directedByDefault: Bool = false, problems: [Problem] = []) {
        self.frame = frame
        self.file = file
        self.directedByDefault = directedByDefault
        self.problems = problems
        vocabulary = Vocabulary.catalogue.extended(groups: frame.groups, kinds: frame.kinds, relationshipTypes: frame.relationshipTypes)
    }

    /// Builds the dataset and checks it.
    ///
    /// - Parameters:
    ///   - actorRecords: The actors, or `nil` when the file lists only relationships; actors
    ///     are then made from the names the relationships use.
    ///   - relationshipRecords: The relationships. Records with a bare `year` are the rows of
    ///     an edge list: rows of the same tie in consecutive years become one relationship.
    mutating func assemble(actors actorRecords: [ImportedRecord]?, relationships relationshipRecords: [ImportedRecord]) -> ValidationReport {
        for record in actorRecords ?? [] { addActor(record) }
        let relationships = mergeYears(relationshipRecords.compactMap { relationship(from: $0, inferringActors: actorRecords == nil) })

        var dataset: Dataset?
        do {
            let built = try Dataset(
                title: frame.title, description: frame.description, sources: frame.sources, groups: frame.groups,
                kinds: frame.kinds, relationshipTypes: frame.relationshipTypes, actors: actors,
                relationships: relationships.map(\.relationship))
            problems += built.warnings.map { place($0, relationships: relationships) }
            dataset = built
        } catch {
            problems += error.problems.map { place($0, relationships: relationships) }
        }
        let sorted = problems.sorted { a, b in
            (a.severity, a.file ?? "", a.line ?? .max, a.column ?? .max) < (b.severity, b.file ?? "", b.line ?? .max, b.column ?? .max)
        }
        return ValidationReport(problems: sorted, dataset: problems.contains { $0.severity == .error } ? nil : dataset)
    }

    // MARK: Actors

    private mutating func addActor(_ record: ImportedRecord) {
        let path = "actors[\(actors.count)]"
        let idValue = record.fields[.id], nameValue = record.fields[.name]
        guard let reference = (idValue ?? nameValue)?.trimmed else {
            report(.error, at: record.place, "this actor has neither an id nor a name.",
                   fix: "give every actor a name (Kumu's `Label`) or an id.")
            return
        }
        let id = newActorID(for: reference, written: idValue != nil)
        places[path] = record.place
        for (field, value) in record.fields { places["\(path).\(field.rawValue)"] = value.place }
        let actor = Actor(
            id: id, name: nameValue.map { $0.scalar.text } ?? reference,
            kind: kind(record.fields[.kind], group: record.fields[.group]),
            period: Period(since: date(record.fields[.since]), until: date(record.fields[.until])),
            tags: record.fields[.tags].map { TagList.split($0.scalar.text) } ?? [],
            attributes: attributes(of: record, keeping: unusedGroup(record)),
            source: record.fields[.source].map { source($0) }, note: record.fields[.note]?.scalar.text)
        actorIndexByID[id] = actors.count
        actors.append(actor)
        actorIDByReference[reference] = actorIDByReference[reference] ?? id
        if let name = nameValue?.trimmed { actorIDByReference[name] = actorIDByReference[name] ?? id }
    }

    /// The id for an actor: the one written when it is well formed, else one made from the
    /// written id or name, unique among the actors so far.
    ///
    /// A well-formed id written twice is kept twice, so that the dataset's own check reports
    /// it; ids this reader makes up never clash.
    private func newActorID(for reference: String, written: Bool) -> String {
        if written, DatasetValidator.isWellFormed(reference) { return reference }
        let base = DatasetValidator.slug(reference)
        var id = base, suffix = 2
        while actorIndexByID[id] != nil {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        return id
    }

    /// The actor a relationship end names, by id, name or the id made from a name; with
    /// `inferring`, an actor of kind `other` is added for a name not seen before.
    private mutating func actorID(for value: ImportedValue, inferring: Bool) -> String {
        let text = value.trimmed
        if let id = actorIDByReference[text] ?? (actorIndexByID[text] != nil ? text : nil) { return id }
        let slug = DatasetValidator.slug(text)
        if actorIndexByID[slug] != nil, !inferring { return slug }
        guard inferring else { return text }
        let path = "actors[\(actors.count)]"
        places[path] = value.place
        let id = newActorID(for: text, written: true)
        actorIndexByID[id] = actors.count
        actors.append(Actor(id: id, name: text, kind: otherKind()))
        actorIDByReference[text] = id
        return id
    }

    // MARK: Relationships

    private struct BuiltRelationship {
        var relationship: Relationship
        var year: Int?
        /// The places of the record's fields, by field name.
        var places: [String: SourcePlace]
        var place: SourcePlace
    }

    private mutating func relationship(from record: ImportedRecord, inferringActors: Bool) -> BuiltRelationship? {
        guard let fromValue = record.fields[.from], let toValue = record.fields[.to] else {
            let missing = [ImportedField.from, .to].filter { record.fields[$0] == nil }.map(\.rawValue)
            report(.error, at: record.place, "this relationship has no \(missing.joined(separator: " and ")).",
                   fix: "fill in the actors the tie joins (Kumu's `From` and `To`).")
            return nil
        }
        let from = actorID(for: fromValue, inferring: inferringActors)
        let to = actorID(for: toValue, inferring: inferringActors)
        var year: Int?
        if let yearValue = record.fields[.year] {
            if record.fields[.since] != nil || record.fields[.until] != nil {
                report(.error, at: yearValue.place, "this row gives a year and also since or until.",
                       fix: "give either the single year the tie was active, or its since and until.")
            } else if let whole = Self.year(yearValue.scalar) {
                year = whole
            } else {
                report(.error, at: yearValue.place, "'\(yearValue.scalar.text)' is not a year.", fix: "write the year the tie was active, such as 2017.")
            }
        }
        let relationship = Relationship(
            from: from, to: to, type: type(of: record),
            period: year.map { Period(since: CalendarDate(year: $0), until: CalendarDate(year: $0)) }
                ?? Period(since: date(record.fields[.since]), until: date(record.fields[.until])),
            weight: number(record.fields[.weight], describing: "weight") ?? 1,
            amount: number(record.fields[.amount], describing: "amount"),
            currency: record.fields[.currency]?.scalar.text, source: record.fields[.source].map { source($0) },
            label: record.fields[.label]?.scalar.text, note: record.fields[.note]?.scalar.text,
            attributes: attributes(of: record, keeping: unusedTypeHints(record)))
        var fieldPlaces = Dictionary(uniqueKeysWithValues: record.fields.map { ($0.key.rawValue, $0.value.place) })
        fieldPlaces["since"] = fieldPlaces["since"] ?? fieldPlaces["year"]
        fieldPlaces["until"] = fieldPlaces["until"] ?? fieldPlaces["year"]
        return BuiltRelationship(relationship: relationship, year: year, places: fieldPlaces, place: record.place)
    }

    /// Joins the rows of an edge list that give the same tie in consecutive years into one
    /// relationship from the first year to the last; a gap starts a new one.
    ///
    /// - Complexity: O(*r* log *r*) for *r* rows.
    private func mergeYears(_ relationships: [BuiltRelationship]) -> [BuiltRelationship] {
        guard relationships.contains(where: { $0.year != nil }) else { return relationships }
        // Ties are told apart by everything but their period.
        var order: [Relationship] = []
        var rows: [Relationship: [BuiltRelationship]] = [:]
        var merged: [BuiltRelationship] = []
        for built in relationships {
            guard built.year != nil else {
                merged.append(built)
                continue
            }
            var tie = built.relationship
            tie.period = .always
            if vocabulary.relationshipType(tie.type)?.directed == false, tie.to < tie.from { swap(&tie.from, &tie.to) }
            if rows[tie] == nil { order.append(tie) }
            rows[tie, default: []].append(built)
        }
        for tie in order {
            let years = rows[tie]!.sorted { $0.year! < $1.year! }
            var run = years[0], last = years[0].year!
            for next in years.dropFirst() {
                let year = next.year!
                if year <= last + 1 {
                    last = max(last, year)
                } else {
                    run.relationship.period.until = CalendarDate(year: last)
                    merged.append(run)
                    run = next
                    last = year
                }
            }
            run.relationship.period.until = CalendarDate(year: last)
            merged.append(run)
        }
        return merged
    }

    // MARK: Vocabulary

    private mutating func kind(_ value: ImportedValue?, group: ImportedValue?) -> String {
        guard let value else { return otherKind() }
        let word = value.trimmed
        if let known = kindByWord[word] { return known }
        let id: String
        if let existing = Self.match(word, in: vocabulary.kinds.map { ($0.id, $0.label) }) {
            id = existing
        } else {
            id = DatasetValidator.slug(word)
            let groupID = group.map { self.group($0) } ?? otherGroup()
            define(kind: ActorKind(id: id, label: word, group: groupID))
            warnIfNear(word, value: value, in: vocabulary.kinds.map(\.id), noun: "kind")
        }
        kindByWord[word] = id
        return id
    }

    private mutating func group(_ value: ImportedValue) -> String {
        let word = value.trimmed
        if let known = groupByWord[word] { return known }
        let id = Self.match(word, in: vocabulary.groups.map { ($0.id, $0.label) }) ?? DatasetValidator.slug(word)
        if vocabulary.group(id) == nil { define(group: Group(id: id, label: word)) }
        groupByWord[word] = id
        return id
    }

    private mutating func type(of record: ImportedRecord) -> String {
        let directed = record.fields[.directed].flatMap(direction)
        guard let value = record.fields[.type] else {
            let isDirected = directed ?? directedByDefault
            let id = isDirected ? "directed-tie" : "tie"
            if vocabulary.relationshipType(id) == nil {
                define(type: RelationshipType(id: id, label: isDirected ? "Directed tie" : "Tie", directed: isDirected, sign: 1))
            }
            return id
        }
        let word = value.trimmed
        if let known = typeByWord[word] { return known }
        let id: String
        if let existing = Self.match(word, in: vocabulary.relationshipTypes.map { ($0.id, $0.label) }) {
            id = existing
        } else {
            id = DatasetValidator.slug(word)
            let sign = record.fields[.sign].flatMap(sign) ?? 1
            define(type: RelationshipType(id: id, label: word, directed: directed ?? directedByDefault, sign: sign))
            warnIfNear(word, value: value, in: vocabulary.relationshipTypes.map(\.id), noun: "relationship type")
        }
        typeByWord[word] = id
        return id
    }

    private mutating func source(_ value: ImportedValue) -> String {
        let word = value.trimmed
        if let known = sourceByWord[word] { return known }
        let id: String
        if let existing = Self.match(word, in: frame.sources.map { ($0.id, $0.citation) }) {
            id = existing
        } else {
            var candidate = DatasetValidator.slug(String(word.prefix(40))), suffix = 2
            while frame.sources.contains(where: { $0.id == candidate }) {
                candidate = "\(DatasetValidator.slug(String(word.prefix(40))))-\(suffix)"
                suffix += 1
            }
            id = candidate
            frame.sources.append(Source(id: id, citation: word))
        }
        sourceByWord[word] = id
        return id
    }

    /// The kind of actors whose kind the file does not give.
    private mutating func otherKind() -> String {
        if vocabulary.kind("other") == nil {
            define(kind: ActorKind(id: "other", label: "Other", group: otherGroup()))
        }
        return "other"
    }

    private mutating func otherGroup() -> String {
        if vocabulary.group("other") == nil { define(group: Group(id: "other", label: "Other")) }
        return "other"
    }

    private mutating func define(group: Group) {
        frame.groups.append(group)
        vocabulary = vocabulary.extended(groups: [group], kinds: [], relationshipTypes: [])
    }

    private mutating func define(kind: ActorKind) {
        frame.kinds.append(kind)
        vocabulary = vocabulary.extended(groups: [], kinds: [kind], relationshipTypes: [])
    }

    private mutating func define(type: RelationshipType) {
        frame.relationshipTypes.append(type)
        vocabulary = vocabulary.extended(groups: [], kinds: [], relationshipTypes: [type])
    }

    /// The id whose id or label is `word`, ignoring case, or whose id is the id made from it.
    private static func match(_ word: String, in entries: [(id: String, label: String)]) -> String? {
        if entries.contains(where: { $0.id == word }) { return word }
        let slug = DatasetValidator.slug(word)
        return entries.first { $0.label.caseInsensitiveCompare(word) == .orderedSame || $0.id == slug }?.id
    }

    private mutating func warnIfNear(_ word: String, value: ImportedValue, in ids: [String], noun: String) {
        let slug = DatasetValidator.slug(word)
        guard let near = Suggestion.nearest(to: slug, in: ids.filter { $0 != slug }) else { return }
        report(.warning, at: value.place, "'\(word)' is not a \(noun) ActorMap knows, so it is added as a new one.",
               fix: "did you mean '\(near)'?")
    }

    /// The group a file gives for an actor whose kind already has one, kept as an attribute
    /// when it says something the kind does not.
    private func unusedGroup(_ record: ImportedRecord) -> [(String, ImportedValue)] {
        guard let group = record.fields[.group], let kind = record.fields[.kind],
              let known = kindByWord[kind.trimmed].flatMap(vocabulary.kind),
              Self.match(group.trimmed, in: vocabulary.groups.map { ($0.id, $0.label) }) != known.group
        else { return [] }
        return [("group", group)]
    }

    /// A direction or sign the file gives for a tie whose type already has one, kept as an
    /// attribute when it disagrees with the type.
    private func unusedTypeHints(_ record: ImportedRecord) -> [(String, ImportedValue)] {
        guard let word = record.fields[.type]?.trimmed, let type = typeByWord[word].flatMap(vocabulary.relationshipType) else { return [] }
        var kept: [(String, ImportedValue)] = []
        if let value = record.fields[.directed], let directed = direction(value), directed != type.directed {
            kept.append(("directed", value))
        }
        if let value = record.fields[.sign], let sign = sign(value), sign != type.sign {
            kept.append(("sign", value))
        }
        return kept
    }

    // MARK: Values

    private func attributes(of record: ImportedRecord, keeping extra: [(String, ImportedValue)]) -> [String: AttributeValue] {
        var attributes: [String: AttributeValue] = [:]
        for (name, value) in record.attributes + extra where attributes[name] == nil {
            attributes[name] = value.scalar.attributeValue
        }
        return attributes
    }

    /// A date from a year (`2017`, or `2017.0` as spreadsheets and Gephi write it), a month
    /// or a day (`2017-03`, `2017-03-15`, or a timestamp whose day is taken), or an Excel
    /// day number from a workbook cell formatted as a date.
    private mutating func date(_ value: ImportedValue?) -> CalendarDate? {
        guard let value else { return nil }
        let parsed: CalendarDate? = switch value.scalar {
        case .integer(let number): Self.date(fromNumber: Double(number))
        case .number(let number): Self.date(fromNumber: number)
        default: Self.date(fromText: value.trimmed)
        }
        if parsed == nil {
            report(.error, at: value.place, "'\(value.scalar.text)' is not a year or date.",
                   fix: "write a year such as 2017, or a date as 2017-03 or 2017-03-15 (the day must exist).")
        }
        return parsed
    }

    /// A bare year, written as a whole number (`2017`, or `2017.0`).
    private static func year(_ scalar: ImportedScalar) -> Int? {
        let number: Double? = switch scalar {
        case .integer(let year): Double(year)
        case .number(let year): year
        default: Double(scalar.text.trimmingCharacters(in: .whitespaces))
        }
        guard let number, (1...9999).contains(number), number.rounded() == number else { return nil }
        return Int(number)
    }

    private static func date(fromText text: String) -> CalendarDate? {
        if let date = CalendarDate(parsing: text) { return date }
        if text.count > 10, let time = text.dropFirst(10).first, time == "T" || time == " " {
            return CalendarDate(parsing: String(text.prefix(10)))
        }
        if let number = Double(text), text.contains(".") { return date(fromNumber: number) }
        return nil
    }

    /// Excel counts days from the 30th of December 1899; days after 9999 stand for dates,
    /// smaller whole numbers for years.
    private static func date(fromNumber number: Double) -> CalendarDate? {
        guard number.isFinite, number.rounded() == number else { return nil }
        if (1...9999).contains(number) { return CalendarDate(year: Int(number)) }
        guard (10_000...2_958_465).contains(number) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let origin = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
        guard let day = calendar.date(byAdding: .day, value: Int(number), to: origin) else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        return CalendarDate(year: parts.year!, month: parts.month, day: parts.day)
    }

    private mutating func number(_ value: ImportedValue?, describing field: String) -> Double? {
        guard let value else { return nil }
        switch value.scalar {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        default:
            if let number = Double(value.trimmed), number.isFinite { return number }
            report(.error, at: value.place, "the \(field) '\(value.scalar.text)' is not a number.",
                   fix: "write a plain number such as 2.5, without units, currency signs or thousands separators.")
            return nil
        }
    }

    /// Whether a tie runs one way, from `true`/`false` or Kumu's `directed`, `undirected`
    /// and `mutual`.
    private func direction(_ value: ImportedValue) -> Bool? {
        if case .boolean(let directed) = value.scalar { return directed }
        switch value.trimmed.lowercased() {
        case "true", "yes", "1", "directed", "one-way": return true
        case "false", "no", "0", "undirected", "mutual", "two-way": return false
        default: return nil
        }
    }

    private func sign(_ value: ImportedValue) -> Int? {
        switch value.scalar {
        case .integer(let sign): return sign
        case .number(let sign): return sign.isFinite && abs(sign) < 1e15 ? Int(sign) : nil
        default: return Int(value.trimmed)
        }
    }

    // MARK: Problems

    private mutating func report(_ severity: Problem.Severity, at place: SourcePlace, _ message: String, fix: String) {
        problems.append(place.problem(severity, message, fix: fix))
    }

    /// A problem the dataset's own checks found, moved to the cell or element it concerns.
    private func place(_ problem: Problem, relationships: [BuiltRelationship]) -> Problem {
        guard let found = sourcePlace(of: problem.path, relationships: relationships) else {
            var problem = problem
            problem.file = file
            return problem
        }
        return found.problem(problem.severity, problem.message, fix: problem.fix)
    }

    private func sourcePlace(of path: String, relationships: [BuiltRelationship]) -> SourcePlace? {
        if path.hasPrefix("relationships["), let close = path.firstIndex(of: "]"),
           let index = Int(path[path.index(path.startIndex, offsetBy: 14)..<close]), relationships.indices.contains(index) {
            let field = path[close...].drop { $0 == "]" || $0 == "." }
            return relationships[index].places[String(field.prefix { $0 != "." && $0 != "[" })] ?? relationships[index].place
        }
        var path = Substring(path)
        while !path.isEmpty {
            if let place = places[String(path)] { return place }
            path = path[..<(path.lastIndex { $0 == "." || $0 == "[" } ?? path.startIndex)]
        }
        return nil
    }
}
