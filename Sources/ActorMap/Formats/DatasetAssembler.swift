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
    /// How the ends of a relationship point at actors.
    enum EndNaming {
        /// By the node's id as written, and nothing else: GraphML and GEXF edges, whose ends
        /// are node ids even where a label looks like another node's id.
        case ids
        /// By id first, then by name, then by the id made from a name: tables, where Kumu's
        /// connections name elements by their labels.
        case idsOrNames
    }

    /// Where actor ids come from.
    enum ActorIDs {
        /// The id the file gives, when well formed.
        case asWritten
        /// The name, for files whose ids are a database's keys (Kumu's `elem-Fq3RzX1b`): the
        /// written id still names the actor in relationships and is kept as `original_id`.
        case fromNames
    }

    private var frame: DatasetFrame
    private var vocabulary: Vocabulary
    private let file: String
    private let directedByDefault: Bool
    private let ends: EndNaming
    private let actorIDs: ActorIDs
    private let dateOrder: ReadingOptions.DateOrder?
    private var problems: [Problem]
    private var actors: [Actor] = []
    /// Where each actor was written, in the order of `actors`.
    private var actorPlaces: [RecordPlace] = []
    private var actorIndexByID: [String: Int] = [:]
    /// Actor ids by the id the file wrote for them, exactly: `ABC` and `abc` are two actors.
    private var actorIDByWrittenID: [String: String] = [:]
    /// Where each written id was first given, to name it when it is given again.
    private var writtenIDPlaces: [String: SourcePlace] = [:]
    /// Actor ids by name, the first actor of a name holding it.
    private var actorIDByName: [String: String] = [:]
    /// Well-formed ids the file gives, which ids made up from names or ill-formed ids must
    /// leave free, wherever in the file they are given.
    private var givenIDs: Set<String> = []
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
    ///   - ends: How relationships name their actors: by node id only (GraphML, GEXF), or by
    ///     id and then by name (tables).
    ///   - actorIDs: Whether the ids a file gives become actor ids, or are only references.
    ///   - options: How to read what the file cannot say for itself: the order of dates with slashes.
    ///   - problems: Problems the reader found before assembling, such as unreadable rows.
    init(frame: DatasetFrame, file: String, directedByDefault: Bool = false, ends: EndNaming = .idsOrNames,
         actorIDs: ActorIDs = .asWritten, options: ReadingOptions = ReadingOptions(), problems: [Problem] = []) {
        self.frame = frame
        self.file = file
        self.ends = ends
        self.actorIDs = actorIDs
        dateOrder = options.dateOrder
        self.directedByDefault = directedByDefault
        self.problems = problems
        vocabulary = Vocabulary.catalogue.extended(groups: frame.groups, kinds: frame.kinds, relationshipTypes: frame.relationshipTypes)
            .declaring(frame.attributes)
    }

    /// Builds the dataset and checks it.
    ///
    /// - Parameters:
    ///   - actorRecords: The actors, or `nil` when the file lists only relationships; actors
    ///     are then made from the names the relationships use.
    ///   - relationshipRecords: The relationships. Records with a bare `year` are the rows of
    ///     an edge list: rows of the same tie in consecutive years become one relationship.
    mutating func assemble(actors actorRecords: [ImportedRecord]?, relationships relationshipRecords: [ImportedRecord]) -> ValidationReport {
        let writtenIDs: [String] = if let actorRecords {
            actorRecords.compactMap { $0.fields[.id]?.trimmed }
        } else {
            relationshipRecords.flatMap { [$0.fields[.from]?.trimmed, $0.fields[.to]?.trimmed].compactMap { $0 } }
        }
        givenIDs = actorIDs == .asWritten ? Set(writtenIDs.filter(DatasetValidator.isWellFormed)) : []
        for record in actorRecords ?? [] { addActor(record) }
        let relationships = mergeYears(relationshipRecords.flatMap { self.relationships(from: $0, inferringActors: actorRecords == nil) })

        var dataset: Dataset?
        do {
            // The dataset's own checks name the cell or element of each record they concern.
            let built = try Dataset(
                title: frame.title, description: frame.description, asOf: frame.asOf, sources: frame.sources, groups: frame.groups,
                kinds: frame.kinds, relationshipTypes: frame.relationshipTypes, actors: actors,
                relationships: relationships.map(\.relationship), attributes: frame.attributes,
                locations: RecordPlaces(file: file, actors: actorPlaces, relationships: relationships.map(\.source)))
            problems += built.warnings
            dataset = built
        } catch {
            problems += error.problems
        }
        let sorted = problems.sorted { a, b in
            (a.severity, a.file ?? "", a.line ?? .max, a.column ?? .max) < (b.severity, b.file ?? "", b.line ?? .max, b.column ?? .max)
        }
        return ValidationReport(problems: sorted, dataset: problems.contains { $0.severity == .error } ? nil : dataset)
    }

    // MARK: Actors

    private mutating func addActor(_ record: ImportedRecord) {
        let idValue = record.fields[.id], nameValue = record.fields[.name]
        guard let reference = (idValue ?? nameValue)?.trimmed else {
            report(.error, at: record.place, "this actor has neither an id nor a name.",
                   fix: "give every actor a name (Kumu's `Label`) or an id.")
            return
        }
        let written = idValue?.trimmed
        if let written, let first = writtenIDPlaces[written], !DatasetValidator.isWellFormed(written) {
            // A well-formed id given twice is kept twice, for the dataset's own check to report.
            report(.error, at: idValue!.place, "the id '\(written)' is already given to the actor at \(first.line.map { "line \($0)" } ?? first.field).",
                   fix: "give each actor its own id.")
        }
        let id = actorIDs == .fromNames && nameValue != nil
            ? newActorID(for: nameValue!.trimmed, written: false) : newActorID(for: reference, written: written != nil)
        var attributes = attributes(of: record, keeping: unusedGroup(record))
        if let written, written != id, attributes[Self.originalID] == nil {
            attributes[Self.originalID] = .text(written)
        }
        let actor = Actor(
            id: id, name: nameValue.map { $0.scalar.text } ?? reference,
            kind: kind(record.fields[.kind], group: record.fields[.group]),
            period: actorPeriod(record),
            tags: record.fields[.tags].map { TagList.split($0.scalar.text) } ?? [],
            attributes: attributes.filter { name, _ in !record.dated.contains { $0.name == name } },
            source: record.fields[.source].map { source($0) }, note: record.fields[.note]?.scalar.text,
            datedAttributes: datedAttributes(of: record))
        actorIndexByID[id] = actors.count
        actors.append(actor)
        var place = RecordPlace(record)
        // A problem with a value over time names the row or element that gave it.
        if let first = record.dated.first { place.fields["attributes"] = first.value.value.place }
        actorPlaces.append(place)
        if let written, actorIDByWrittenID[written] == nil {
            actorIDByWrittenID[written] = id
            writtenIDPlaces[written] = idValue!.place
        }
        if let name = written == nil ? reference : nameValue?.trimmed, actorIDByName[name] == nil { actorIDByName[name] = id }
    }

    /// An actor's period: its `since` and `until`, or, from Gephi, the span of its time set.
    private mutating func actorPeriod(_ record: ImportedRecord) -> Period {
        guard let timeset = record.fields[.timeset], record.fields[.since] == nil, record.fields[.until] == nil else {
            return Period(since: date(record.fields[.since]), until: date(record.fields[.until]))
        }
        let periods = self.periods(timeset, timestamps: record.timesetHoldsTimestamps)
        if periods.count > 1 {
            report(.warning, at: timeset.place, "this actor has \(periods.count) intervals; ActorMap gives an actor one period, so it runs from the first start to the last end.",
                   fix: "if the actor really left and came back, split it into two actors.")
        }
        let starts = periods.map(\.since), ends = periods.map(\.until)
        return Period(since: starts.contains(nil) ? nil : starts.compactMap { $0 }.min(),
                      until: ends.contains(nil) ? nil : ends.compactMap { $0 }.max())
    }

    /// The periods of a Gephi time set, one per interval; one open period for an empty set.
    private mutating func periods(_ value: ImportedValue, timestamps: Bool) -> [Period] {
        guard let intervals = GephiTimeSet.intervals(value.scalar.text, timestamps: timestamps) else {
            report(.error, at: value.place, "'\(value.scalar.text)' is not a Gephi time set.",
                   fix: "write intervals as <[2016-02-03, 2016-02-04]; [2016-02-05, Infinity]>, or give `since` and `until` columns instead.")
            return []
        }
        if intervals.isEmpty { return [.always] }
        return intervals.map { interval in
            Period(since: date(interval.start.map { ImportedValue(scalar: .text($0), place: value.place) }),
                   until: date(interval.end.map { ImportedValue(scalar: .text($0), place: value.place) }))
        }
    }

    /// The attribute that keeps an id the file wrote when the actor's id had to differ, and
    /// an edge's own id, so that results can be joined back to the file.
    static let originalID = "original_id"

    /// The id for an actor: the one written when it is well formed, else one made from the
    /// written id or name, unique among the actors so far and never one the file gives to
    /// another actor, earlier or later.
    ///
    /// A well-formed id written twice is kept twice, so that the dataset's own check reports
    /// it; ids this reader makes up never clash.
    private func newActorID(for reference: String, written: Bool) -> String {
        if written, DatasetValidator.isWellFormed(reference) { return reference }
        let base = DatasetValidator.slug(reference)
        var id = base, suffix = 2
        while actorIndexByID[id] != nil || givenIDs.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        return id
    }

    /// The actor a relationship end names, or `nil`, reported, when there is none.
    ///
    /// With ``EndNaming/ids`` only a node's id as written counts. Otherwise an id comes
    /// first, then a name, then the id made from a name; a value that is one actor's id and
    /// another's name is reported. With `inferring`, an actor of kind `other` is added for a
    /// value not seen before.
    private mutating func actorID(for value: ImportedValue, inferring: Bool) -> String? {
        let text = value.trimmed
        if let id = actorIDByWrittenID[text] {
            if ends == .idsOrNames, let named = actorIDByName[text], named != id {
                report(.warning, at: value.place, "'\(text)' is the id of '\(id)' and the name of '\(named)'; the tie is drawn to '\(id)', whose id it is.",
                       fix: "if the tie is meant for '\(named)', write its id ('\(named)') instead.")
            }
            return id
        }
        if ends == .idsOrNames {
            if let id = actorIDByName[text] { return id }
            let slug = DatasetValidator.slug(text)
            if actorIndexByID[slug] != nil, !inferring { return slug }
        }
        guard inferring else {
            let near = Suggestion.nearest(to: text, in: ends == .ids ? Array(actorIDByWrittenID.keys) : actors.map(\.id))
            report(.error, at: value.place, ends == .ids ? "unknown actor '\(text)': no node has this id." : "unknown actor '\(text)'.",
                   fix: near.map { "did you mean '\($0)'?" } ?? (ends == .ids ? "add a node with this id, or correct the edge's end." : "add the actor to the actors table, or correct the name."))
            return nil
        }
        let id = newActorID(for: text, written: true)
        actorIndexByID[id] = actors.count
        actors.append(Actor(id: id, name: text, kind: otherKind(), attributes: id == text ? [:] : [Self.originalID: .text(text)]))
        actorPlaces.append(RecordPlace(place: value.place))
        actorIDByWrittenID[text] = id
        return id
    }

    // MARK: Relationships

    private struct BuiltRelationship {
        var relationship: Relationship
        var year: Int?
        /// Where the record and its fields were written.
        var source: RecordPlace
    }

    /// The relationship a record gives, or one per interval of its Gephi time set.
    private mutating func relationships(from record: ImportedRecord, inferringActors: Bool) -> [BuiltRelationship] {
        guard let fromValue = record.fields[.from], let toValue = record.fields[.to] else {
            let missing = [ImportedField.from, .to].filter { record.fields[$0] == nil }.map(\.rawValue)
            report(.error, at: record.place, "this relationship has no \(missing.joined(separator: " and ")).",
                   fix: "fill in the actors the tie joins (Kumu's `From` and `To`).")
            return []
        }
        let from = actorID(for: fromValue, inferring: inferringActors)
        let to = actorID(for: toValue, inferring: inferringActors)
        guard let from, let to else { return [] }
        if from == to {
            report(.warning, at: record.place, "this tie joins '\(from)' to itself; a tie in an actor map joins two actors, so it is left out.",
                   fix: "if it records something about the actor alone, keep that as an attribute of the actor.")
            return []
        }
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
        let periods: [Period] = if let timeset = record.fields[.timeset], year == nil, record.fields[.since] == nil, record.fields[.until] == nil {
            self.periods(timeset, timestamps: record.timesetHoldsTimestamps)
        } else {
            [year.map { Period(since: CalendarDate(year: $0), until: CalendarDate(year: $0)) }
                ?? Period(since: date(record.fields[.since]), until: date(record.fields[.until]))]
        }
        // A weight over time, as Gephi writes it, gives the tie a period for each of its values.
        let timedWeights = record.fields[.weight].flatMap { value in
            GephiTimeSet.values(value.scalar.text).map { weightsOverTime($0, at: value, within: periods) }
        }
        // An edge's id is text, whatever it looks like (Gephi numbers its edges).
        let kept = record.fields[.id].map { [(Self.originalID, ImportedValue(scalar: .text($0.trimmed), place: $0.place))] } ?? []
        let relationship = Relationship(
            from: from, to: to, type: type(of: record), period: periods.first ?? .always,
            weight: timedWeights == nil ? number(record.fields[.weight], describing: "weight") ?? 1 : 1,
            amount: number(record.fields[.amount], describing: "amount"),
            currency: record.fields[.currency]?.scalar.text,
            label: record.fields[.label]?.scalar.text, note: record.fields[.note]?.scalar.text,
            attributes: attributes(of: record, keeping: unusedTypeHints(record) + kept).filter { name, _ in !record.dated.contains { $0.name == name } },
            sources: record.fields[.source].map { sources($0) } ?? [], confidence: confidence(record.fields[.confidence]),
            datedAttributes: datedAttributes(of: record))
        var written = RecordPlace(record)
        if let first = record.dated.first { written.fields["attributes"] = first.value.value.place }
        written.fields["since"] = written.fields["since"] ?? written.fields["year"] ?? written.fields["timeset"]
        written.fields["until"] = written.fields["until"] ?? written.fields["year"] ?? written.fields["timeset"]
        if let timedWeights {
            return timedWeights.map { period, weight in
                var built = BuiltRelationship(relationship: relationship, year: year, source: written)
                built.relationship.period = period
                built.relationship.weight = weight
                return built
            }
        }
        return periods.map { period in
            var built = BuiltRelationship(relationship: relationship, year: year, source: written)
            built.relationship.period = period
            return built
        }
    }

    /// The periods and weights of a weight given over time (`<[2000, 2005, 3]; [2006, 2010, 5]>`),
    /// each within the periods the tie holds otherwise (its time set, or its `since` and
    /// `until`); values that do not read, or intervals that overlap, are reported at the cell.
    private mutating func weightsOverTime(_ values: [GephiTimeSet.TimedValue], at cell: ImportedValue, within periods: [Period]) -> [(Period, Double)] {
        // A time set that did not read is reported already.
        guard !periods.isEmpty else { return [] }
        var read: [(period: Period, weight: Double)] = []
        for value in values {
            let bound = { (text: String?) in text.map { ImportedValue(scalar: .text($0), place: cell.place) } }
            let period = Period(since: date(bound(value.start)), until: date(bound(value.end)))
            guard let weight = number(ImportedValue(scalar: .untyped(value.value), place: cell.place), describing: "weight") else { continue }
            if period.isReversed {
                report(.error, at: cell.place, "the weight's interval [\(value.start ?? "-Infinity"), \(value.end ?? "Infinity")] ends before it starts.",
                       fix: "swap its start and end, or correct the year.")
                continue
            }
            if let earlier = read.first(where: { $0.period.overlaps(period) }) {
                report(.warning, at: cell.place, "the weight's intervals \(earlier.period) and \(period) overlap, so where they meet the tie counts twice, its weights added (\(earlier.weight.formatted()) + \(weight.formatted())).",
                       fix: "end each interval before the next starts, such as <[2000, 2005, 3.0]; [2006, 2010, 5.0]>.")
            }
            read.append((period, weight))
        }
        var result: [(Period, Double)] = []
        for (period, weight) in read {
            for holding in periods {
                let since = [period.since, holding.since].compactMap { $0 }.max()
                let until = [period.until, holding.until].compactMap { $0 }.min()
                let shared = Period(since: since, until: until)
                if !shared.isReversed { result.append((shared, weight)) }
            }
        }
        if result.isEmpty, !read.isEmpty {
            report(.warning, at: cell.place, "no interval of the weight falls within the time the tie holds (\(periods.map(\.description).joined(separator: ", "))), so the tie is left out.",
                   fix: "make the weight's intervals and the tie's time set agree.")
        }
        return result
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

    /// The sources a tie's field names: ids of the frame's sources joined with `|`, as
    /// ActorMap's writers keep several, or else one source by id or citation.
    private mutating func sources(_ value: ImportedValue) -> [String] {
        let parts = TagList.split(value.trimmed)
        if parts.count > 1, parts.allSatisfy({ part in frame.sources.contains { $0.id == part } }) { return parts }
        return [source(value)]
    }

    private mutating func confidence(_ value: ImportedValue?) -> Confidence? {
        guard let value, !value.trimmed.isEmpty else { return nil }
        if let confidence = Confidence(rawValue: value.trimmed.lowercased()) { return confidence }
        report(.error, at: value.place, "'\(value.trimmed)' is not a confidence.",
               fix: "write low, medium or high, or leave the cell empty.")
        return nil
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
            attributes[name] = declaredValue(value.scalar.attributeValue, of: name)
        }
        return attributes
    }

    /// A value as its declaration types it: text that reads as a number, for an attribute
    /// declared a number (a GraphML key of type `string`, a spreadsheet's text cell), is
    /// that number; anything else is as the file gave it, for the checks to judge.
    private func declaredValue(_ value: AttributeValue, of name: String) -> AttributeValue {
        guard case .text(let text) = value, vocabulary.attribute(name)?.type == .number,
              let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite else { return value }
        return number.rounded() == number && abs(number) < 1e15 && !text.contains(".") ? .integer(Int(number)) : .number(number)
    }

    /// The values over time a record gives, their dates read as ``DateText`` reads them.
    private mutating func datedAttributes(of record: ImportedRecord) -> [String: [DatedAttributeValue]] {
        guard !record.dated.isEmpty else { return [:] }
        var result: [String: [DatedAttributeValue]] = [:]
        for (name, given) in record.dated {
            result[name, default: []].append(DatedAttributeValue(
                since: date(given.since), until: date(given.until), value: declaredValue(given.value.scalar.attributeValue, of: name),
                sources: given.sources.map { source(ImportedValue(scalar: .text($0), place: given.value.place)) },
                confidence: given.confidence, informant: given.informant))
        }
        return result
    }

    /// A date as ``DateText`` reads it: from text, or, from a value the file types as a
    /// number, a year or an Excel day number.
    private mutating func date(_ value: ImportedValue?) -> CalendarDate? {
        guard let value else { return nil }
        let reading = switch value.scalar {
        case .integer(let number): DateText.read(number: Double(number))
        case .number(let number): DateText.read(number: number)
        default: DateText.read(value.scalar.text, order: dateOrder)
        }
        if case .date(let date) = reading { return date }
        if let problem = DateText.problem(with: reading, of: value.scalar.text) {
            report(.error, at: value.place, problem.message, fix: problem.fix)
        }
        return nil
    }

    /// A bare year, written as a whole number (`2017`, or `2017.0`).
    private static func year(_ scalar: ImportedScalar) -> Int? {
        scalar.number.flatMap(DateText.year(writtenAs:))
    }

    private mutating func number(_ value: ImportedValue?, describing field: String) -> Double? {
        guard let value else { return nil }
        if let number = value.scalar.number { return number }
        let problem = ValueProblem.notANumber(field, written: value.scalar.text)
        report(.error, at: value.place, problem.message, fix: problem.fix)
        return nil
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
        if case .integer(let sign) = value.scalar { return sign }
        return value.scalar.number.flatMap { $0.rounded() == $0 && abs($0) < 1e15 ? Int($0) : nil }
    }

    // MARK: Problems

    private mutating func report(_ severity: Problem.Severity, at place: SourcePlace, _ message: String, fix: String) {
        problems.append(place.problem(severity, message, fix: fix))
    }

}

/// Where one actor or relationship of an assembled dataset was written: the row or element,
/// and the cell or value of each of its fields.
struct RecordPlace: Sendable {
    var place: SourcePlace
    /// By the dataset's name of the field (`weight`, `since`), whatever the file calls it.
    var fields: [String: SourcePlace] = [:]

    init(place: SourcePlace) {
        self.place = place
    }

    /// The places of a record as read.
    init(_ record: ImportedRecord) {
        place = record.place
        fields = Dictionary(uniqueKeysWithValues: record.fields.map { ($0.key.rawValue, $0.value.place) })
    }
}

/// The places of the actors and relationships an interchange reader handed the assembler, by
/// their position in the dataset, so that a problem the dataset's checks find in
/// `relationships[3].weight` names the cell or element that weight came from.
struct RecordPlaces: SourceLocating {
    /// The file problems outside any record are reported against.
    let file: String
    let actors: [RecordPlace]
    let relationships: [RecordPlace]

    /// A problem in an actor or relationship at the place of the field it names, or of the
    /// record when the field has none of its own; elsewhere (a kind the file defined), at
    /// the file.
    ///
    /// - Complexity: O(1).
    func problem(_ severity: Problem.Severity, at path: DatasetPath, _ message: String, fix: String?) -> Problem? {
        let records = switch path.listEntry?.list {
        case "actors": actors
        case "relationships": relationships
        default: [RecordPlace]()
        }
        guard let (_, entry, inside) = path.listEntry, records.indices.contains(entry) else {
            return Problem(severity, path: path.description, message, fix: fix, file: file)
        }
        let record = records[entry]
        let field: SourcePlace? = if case .field(let name)? = inside.first { record.fields[name] } else { nil }
        return (field ?? record.place).problem(severity, message, fix: fix)
    }
}
