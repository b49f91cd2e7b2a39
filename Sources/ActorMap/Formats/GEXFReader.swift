import Foundation

/// Reads GEXF 1.1, 1.2 and 1.3, static or dynamic, as Gephi, networkx and ActorMap write it.
///
/// Nodes are actors, named by their `label`; edges are relationships between the nodes
/// whose ids they give, with their `weight`, `label` and, in GEXF 1.3, `kind` as the
/// relationship type when no attribute gives one. Attribute values are mapped by their
/// attribute's title onto fields, as for GraphML, and the rest become attributes of their
/// declared type. Time comes from `start` and `end` (or `startopen` and `endopen`, which leave
/// out the year, month or day they name), `spells`,
/// `intervals`, and, with `timerepresentation="timestamp"`, from `timestamp`, `timestamps`
/// and `<timestamps>`, in any of GEXF's time formats: dates and date-times (the day is kept),
/// or years as integers or doubles; a slice's own time dates everything in it. An edge with
/// several spells becomes one relationship per spell, and an edge whose weight or attributes
/// change over time one relationship per span of values, each with the values that hold at
/// its start. An actor with several spells is given one period from the first start to the
/// last end, with a warning; a dynamic attribute of an actor keeps each value over its
/// span (``DatedAttributeValue``). The
/// measures ActorMap wrote (ids starting `metric-`) are left out.
public struct GEXFReader: DatasetFileReader {
    /// The order of dates with slashes, which GEXF's own formats never use, and the size limit.
    public var options: ReadingOptions

    /// A GEXF reader with these options (slashed dates refused and files over 256 MiB by default).
    ///
    /// - Parameter options: How files are read.
    public init(options: ReadingOptions = ReadingOptions()) {
        self.options = options
    }

    /// Reads and checks a GEXF document held in memory.
    ///
    /// - Parameters:
    ///   - data: The document's bytes, in the encoding its declaration gives.
    ///   - file: The name its problems give, each with the line and element (`node 'a'.start`).
    /// - Returns: The dataset, when it can be used, and every problem found.
    /// - Complexity: O(*n* log *n*) for *n* elements, which are ordered by line.
    public func check(data: Data, file: String) -> ValidationReport {
        XMLTree.check(data, file: file) { check($0, file: file) }
    }

    private func check(_ tree: XMLTree, file: String) -> ValidationReport {
        let filePlace = SourcePlace(file: file, line: nil, column: nil, field: "")
        guard tree.root.name == "gexf", let graph = tree.root.child("graph") else {
            return ValidationReport(problems: [filePlace.problem(.error, "this is not a GEXF file: it has no <gexf> element with a <graph> inside.",
                                                                 fix: "export the map as GEXF from Gephi or the program that made it.")])
        }
        var problems: [Problem] = []
        var frame = DatasetFrame(title: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        if let instruction = tree.instructions["actormap-frame"] {
            let read = DatasetFrame.read(Data(instruction.data.utf8), syntax: .json, at: SourcePlace(file: file, line: instruction.line, column: nil, field: "actormap-frame"))
            problems += read.problems
            if let read = read.frame { frame = read }
        } else {
            if let name = graph.attributes["name"], !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { frame.title = name }
            if let description = tree.root.child("meta")?.child("description")?.text, !description.isEmpty { frame.description = description }
        }

        var reader = Reader(file: file)
        // ActorMap's own edge ids are positions in the map, not data to keep.
        reader.keepsEdgeIDs = tree.instructions["actormap-frame"] == nil
        reader.keepsDrawing = reader.keepsEdgeIDs
        if let span = Reader.span(graph), graph.attributes["mode"] == "slice" || graph.attributes["timestamp"] != nil,
           !reader.holdsNoTime(span, of: "the graph", at: graph.line) {
            reader.graphTime = [span]
        }
        for attributes in graph.children("attributes") {
            let domain = attributes.attributes["class"] ?? "node"
            for attribute in attributes.children("attribute") {
                guard let id = attribute.attributes["id"] else { continue }
                reader.attributes[domain + "\u{0}" + id] = Attribute(
                    title: attribute.attributes["title"] ?? id, type: ImportedColumn.ForcedType(declared: attribute.attributes["type"] ?? "string"),
                    isMeasure: id.hasPrefix("metric-"), defaultValue: attribute.child("default")?.text)
            }
        }
        var nodes: [ImportedRecord] = []
        // GEXF 1.1 hierarchies keep edges inside the nodes that hold their ends.
        let edgeElements = [graph.child("edges")].compactMap { $0 } + graph.descendants("node").compactMap { $0.child("edges") }
        let edgeList = edgeElements.flatMap { $0.children("edge") }.sorted { $0.line < $1.line }
        reader.nodesWithTies = Set(edgeList.flatMap { [$0.attributes["source"], $0.attributes["target"]].compactMap { $0 } })
        let nodeElements = graph.descendants("node")
        reader.groupNodes = Set(nodeElements.compactMap { $0.attributes["pid"] } + nodeElements.filter { $0.child("nodes")?.child("node") != nil }.compactMap { $0.attributes["id"] })
        reader.groupNames = Dictionary(nodeElements.compactMap { node in node.attributes["id"].map { ($0, node.attributes["label"] ?? $0) } }) { first, _ in first }
        reader.collectNodes(graph.child("nodes"), parent: nil, into: &nodes)
        let edges = edgeList.enumerated().flatMap { reader.edgeRecords($1, number: $0 + 1) }
        var assembler = DatasetAssembler(frame: frame, file: file, directedByDefault: graph.attributes["defaultedgetype"] == "directed", ends: .ids,
                                         options: options, problems: problems + reader.problems)
        return assembler.assemble(actors: nodes, relationships: edges)
    }

    private struct Attribute {
        var title: String
        var type: ImportedColumn.ForcedType
        var isMeasure: Bool
        var defaultValue: String?

        /// The value as the attribute's type declares it; text that does not read as one
        /// stays text.
        func scalar(_ text: String) -> ImportedScalar {
            ImportedScalar.reading(text, as: type) ?? .text(text)
        }
    }

    private struct Reader {
        let file: String
        var attributes: [String: Attribute] = [:]
        var keepsEdgeIDs = true
        /// The time the graph as a whole gives (a slice's `timestamp`), for elements that give none.
        var graphTime: [Span] = []
        var problems: [Problem] = []
        private var warnedUndeclared: Set<String> = []

        init(file: String) { self.file = file }

        /// A time span as GEXF writes it, each bound as ActorMap counts it (an open bound,
        /// `startopen`, leaves out the year, month or day it names; see `GephiTimeSet.Interval`);
        /// `nil` is unbounded.
        struct Span: Hashable {
            var start: String?
            var end: String?
            /// The line of the element that gives it: a spell, a value, or the element itself.
            var line: Int?
            /// Whether open bounds leave the span no whole year, month or day, and the span as
            /// written, for the message that says so.
            var holdsNoTime = false
            var written = ""
        }

        /// An attribute value of an element, with the span it holds for when it is dynamic.
        struct Value {
            var id: String
            var attribute: Attribute
            var element: XMLTree.Element
            var span: Span?
        }

        /// The ids of nodes some edge starts or ends at.
        var nodesWithTies: Set<String> = []
        /// The ids of nodes that hold others, nested or by their `pid`.
        var groupNodes: Set<String> = []
        /// Each node's label (or id), which its members take as their `group`.
        var groupNames: [String: String] = [:]

        /// Nodes and the nodes nested in them, as if flat. A node that holds others is their
        /// `group`, and an actor only when ties start or end at it; its members keep its label
        /// (or id) in the attribute `group`.
        mutating func collectNodes(_ nodes: XMLTree.Element?, parent: String?, into records: inout [ImportedRecord]) {
            for node in nodes?.children("node") ?? [] {
                let id = node.attributes["id"] ?? ""
                defer { collectNodes(node.child("nodes"), parent: id, into: &records) }
                if groupNodes.contains(id), !nodesWithTies.contains(id) { continue }
                let place = SourcePlace(file: file, line: node.line, column: nil, field: "node '\(id)'")
                var record = ImportedRecord(place: place)
                if !id.isEmpty { record.add(.field(.id), named: "id", ImportedValue(scalar: .text(id), place: place.naming("node '\(id)'.id"))) }
                if let label = node.attributes["label"] { record.add(.field(.name), named: "label", ImportedValue(scalar: .text(label), place: place.naming("node '\(id)'.label"))) }
                let values = values(of: node, domain: "node", owner: place.field)
                for value in values where value.span == nil { add(value, to: &record, table: .actors) }
                // A dynamic attribute's values are kept over time, each for its span; ActorMap
                // writes one attribute per informant, titled `name@informant`.
                for value in values where value.span != nil && !holdsNoTime(value.span!, of: place.field, at: value.element.line) {
                    var name = value.attribute.title, informant: String?
                    if value.id.hasPrefix("dated-"), let at = name.lastIndex(of: "@") {
                        informant = String(name[name.index(after: at)...])
                        name = String(name[..<at])
                    }
                    let valuePlace = SourcePlace(file: file, line: value.element.line, column: nil, field: "\(place.field).\(value.attribute.title)")
                    let span = value.span!
                    record.dated.append((name, ImportedDatedValue(
                        value: ImportedValue(scalar: value.attribute.scalar(value.element.attributes["value"] ?? ""), place: valuePlace),
                        since: span.start.map { ImportedValue(scalar: .text($0), place: valuePlace) },
                        until: span.end.map { ImportedValue(scalar: .text($0), place: valuePlace) },
                        informant: informant)))
                }
                addDefaults(domain: "node", except: Set(values.map(\.id)), to: &record, table: .actors)
                let spans = spans(of: node).filter { !isReversed($0, of: place.field, at: node.line) }
                if spans.count > 1 {
                    problems.append(place.problem(.warning, "this actor has \(spans.count) spells; ActorMap gives an actor one period, so it runs from the first start to the last end.",
                                                  fix: "if the actor really left and came back, split it into two actors."))
                }
                let starts = spans.map(\.start), ends = spans.map(\.end)
                if let start = starts.contains(where: { $0 == nil }) ? nil : starts.compactMap({ $0 }).min(by: Self.earlier) {
                    record.fill(.since, ImportedValue(scalar: .text(start), place: place.naming("node '\(id)'.start")))
                }
                if let end = ends.contains(where: { $0 == nil }) ? nil : ends.compactMap({ $0 }).max(by: Self.earlier) {
                    record.fill(.until, ImportedValue(scalar: .text(end), place: place.naming("node '\(id)'.end")))
                }
                if let group = node.attributes["pid"] ?? parent, let name = groupNames[group] {
                    record.add(.attribute("group", nil), named: "group", ImportedValue(scalar: .text(name), place: place.naming("node '\(id)'.group")))
                }
                if keepsDrawing { addDrawing(node, to: &record) }
                records.append(record)
            }
        }

        /// Whether `viz:color` and `viz:size` are kept as attributes: in ActorMap's own files
        /// they only repeat the map's colours.
        var keepsDrawing = true

        /// A node's `viz:color` as `color` (`#rrggbb`) and `viz:size` as `size`.
        private func addDrawing(_ node: XMLTree.Element, to record: inout ImportedRecord) {
            if let color = node.child("color", inAnyNamespace: true) {
                let hex = color.attributes["hex"].map { $0.hasPrefix("#") ? $0 : "#" + $0 }
                    ?? ["r", "g", "b"].map { color.attributes[$0].flatMap { Int($0) }.map { String(format: "%02x", min(255, max(0, $0))) } ?? "" }
                    .joined()
                if hex.count == 6 || hex.count == 7 {
                    record.add(.attribute("color", nil), named: "color", ImportedValue(scalar: .text(hex.hasPrefix("#") ? hex : "#" + hex), place: record.place.naming("\(record.place.field).color")))
                }
            }
            if let size = node.child("size", inAnyNamespace: true)?.attributes["value"].flatMap(Double.init), size.isFinite {
                record.add(.attribute("size", nil), named: "size", ImportedValue(scalar: .number(size), place: record.place.naming("\(record.place.field).size")))
            }
        }

        /// An edge's relationships: one per spell, or, when a weight or attribute changes over
        /// time, one per span over which its values hold.
        mutating func edgeRecords(_ edge: XMLTree.Element, number: Int) -> [ImportedRecord] {
            let name = edge.attributes["id"].map { "edge '\($0)'" } ?? "edge \(number)"
            let place = SourcePlace(file: file, line: edge.line, column: nil, field: name)
            var record = ImportedRecord(place: place)
            for (attribute, field) in [("source", ImportedField.from), ("target", .to)] {
                if let value = edge.attributes[attribute] { record.add(.field(field), named: attribute, ImportedValue(scalar: .text(value), place: place.naming("\(name).\(attribute)"))) }
            }
            let values = values(of: edge, domain: "edge", owner: name)
            for value in values where value.span == nil { add(value, to: &record, table: .relationships) }
            addDefaults(domain: "edge", except: Set(values.map(\.id)), to: &record, table: .relationships)
            if keepsEdgeIDs, let id = edge.attributes["id"] {
                record.add(.attribute(DatasetAssembler.originalID, nil), named: "id", ImportedValue(scalar: .text(id), place: place.naming("\(name).id")))
            }
            // networkx writes an edge's `type` data into GEXF's `type`, which is meant for
            // the direction; a value that is no direction is taken for the relationship type.
            let direction = edge.attributes["type"].map { ["directed", "undirected", "mutual"].contains($0) ? ImportedField.directed : .type }
            let dynamic = values.filter { $0.span != nil && !isReversed($0.span!, of: name, at: edge.line) }
            let own = ownSpans(of: edge)?.filter { !isReversed($0, of: name, at: edge.line) }
            let spans = pieces(own: own.map { joined($0, of: name) } ?? (graphTime.isEmpty ? nil : graphTime), dynamic: dynamic, of: name)
            return spans.map { span, holding in
                var copy = record
                // Each attribute takes the value that holds at the span's start.
                for index in holding { add(dynamic[index], to: &copy, table: .relationships) }
                for (attribute, field) in [("weight", ImportedField.weight), ("label", .label), ("kind", .type), ("type", direction ?? .directed)] {
                    if let value = edge.attributes[attribute] {
                        copy.fill(field, ImportedValue(scalar: .text(value), place: place.naming("\(name).\(attribute)")))
                    }
                }
                if let start = span.start { copy.fill(.since, ImportedValue(scalar: .text(start), place: place.naming("\(name).start"))) }
                if let end = span.end { copy.fill(.until, ImportedValue(scalar: .text(end), place: place.naming("\(name).end"))) }
                return copy
            }
        }

        /// The element's time: its own (see ``ownSpans(of:)``), or else the graph's; one open
        /// span when there is none.
        private func spans(of element: XMLTree.Element) -> [Span] {
            ownSpans(of: element) ?? (graphTime.isEmpty ? [Span()] : graphTime)
        }

        /// The element's own time: its spells (or slices), its `intervals` or `timestamps`, its
        /// own `start` and `end` or `timestamp`; `nil` when it gives none.
        private func ownSpans(of element: XMLTree.Element) -> [Span]? {
            let listed = (element.child("spells")?.children("spell") ?? []) + (element.child("slices")?.children("slice") ?? [])
            if !listed.isEmpty { return listed.map { Self.span($0) ?? Span(line: $0.line) } }
            for key in ["intervals", "timestamps"] {
                if let text = element.attributes[key], let intervals = GephiTimeSet.intervals(text, timestamps: key == "timestamps") {
                    return intervals.isEmpty ? [Span(line: element.line)]
                        : intervals.map { Span(start: $0.start, end: $0.end, line: element.line, holdsNoTime: $0.holdsNoTime, written: $0.written) }
                }
            }
            if let stamps = element.child("timestamps")?.children("timestamp"), !stamps.isEmpty {
                return stamps.compactMap { stamp in
                    (stamp.attributes["timestamp"] ?? stamp.attributes["value"]).map { Span(start: $0, end: $0, line: stamp.line) }
                }
            }
            return Self.span(element).map { [$0] }
        }

        /// Whether a span ends before it starts, or holds no time, which is reported at its line.
        private mutating func isReversed(_ span: Span, of owner: String, at line: Int) -> Bool {
            if holdsNoTime(span, of: owner, at: line) { return true }
            guard let start = span.start.flatMap(Self.date), let end = span.end.flatMap(Self.date), end.lastDay < start.firstDay else { return false }
            problems.append(SourcePlace(file: file, line: span.line ?? line, column: nil, field: "\(owner).end").problem(
                .error, "this span of \(owner) ends (\(span.end!)) before it starts (\(span.start!)).",
                fix: "swap `start` and `end`, or correct the date."))
            return true
        }

        /// Whether open bounds leave a span no whole year, month or day, which is reported at
        /// its line.
        mutating func holdsNoTime(_ span: Span, of owner: String, at line: Int) -> Bool {
            guard span.holdsNoTime else { return false }
            let problem = GephiTimeSet.noTimeProblem(span.written)
            problems.append(SourcePlace(file: file, line: span.line ?? line, column: nil, field: "\(owner).start").problem(
                .error, "this span of \(owner): \(problem.message)",
                fix: span.written.hasPrefix("[") || span.written.hasPrefix("(") ? problem.fix
                    : "write `start` for `startopen` or `end` for `endopen` to keep the year or day it names, or remove the span."))
            return true
        }

        /// An element's spans with those that overlap joined into one, reported: the element is
        /// there over both, and two ties over the same time would count it twice.
        private mutating func joined(_ spans: [Span], of owner: String) -> [Span] {
            guard spans.count > 1, let dated = Self.dated(spans) else { return spans }
            let order = dated.indices.sorted { dated[$0].first < dated[$1].first }
            var result: [(span: Span, first: Int, last: Int)] = []
            for index in order {
                let (span, first, last) = (spans[index], dated[index].first, dated[index].last)
                if let previous = result.last, first <= previous.last {
                    problems.append(SourcePlace(file: file, line: span.line, column: nil, field: "\(owner).start").problem(
                        .warning, "this span of \(owner) (\(span.start ?? "-Infinity") to \(span.end ?? "Infinity")) overlaps an earlier one (\(previous.span.start ?? "-Infinity") to \(previous.span.end ?? "Infinity")), so the two are read as one.",
                        fix: "give each span of an element its own time, without overlaps."))
                    if last > previous.last {
                        result[result.count - 1].span.end = span.end
                        result[result.count - 1].last = last
                    }
                } else {
                    result.append((span, first, last))
                }
            }
            return result.map(\.span)
        }

        /// The spans over which an edge's values hold, each with no value starting or ending
        /// inside it, within the edge's own time (or, when it has none, the time its values
        /// cover), with the values that hold over each (their positions in `dynamic`): a tie
        /// whose weight or attributes change becomes one relationship per span, and no moment
        /// is covered twice. Values of one attribute that overlap are reported, and the later
        /// in the file holds where they do.
        ///
        /// - Complexity: O((*v* + *p*) log *v*) for *v* values and *p* spans.
        private mutating func pieces(own: [Span]?, dynamic: [Value], of owner: String) -> [(span: Span, values: [Int])] {
            guard !dynamic.isEmpty else { return (own ?? [Span()]).map { ($0, []) } }
            let valueSpans = dynamic.map { $0.span! }
            guard let days = Self.dated(valueSpans), let frameDays = Self.dated(own ?? valueSpans) else {
                // A date that does not read is reported when the tie is assembled; each value
                // then stands alone.
                var order: [Span] = []
                var byspan: [Span: [Int]] = [:]
                for (index, span) in valueSpans.enumerated() {
                    let bare = Span(start: span.start, end: span.end)
                    if byspan[bare] == nil { order.append(bare) }
                    byspan[bare, default: []].append(index)
                }
                return order.map { ($0, byspan[$0]!) }
            }
            // Values of one attribute, by start.
            var byAttribute: [String: [Int]] = [:]
            for (index, value) in dynamic.enumerated() { byAttribute[value.attribute.title + "\u{0}" + value.id, default: []].append(index) }
            for key in byAttribute.keys.sorted() {
                let sorted = byAttribute[key]!.sorted { (days[$0].first, $0) < (days[$1].first, $1) }
                byAttribute[key] = sorted
                var reaching: Int?
                for index in sorted {
                    if let other = reaching, days[index].first <= days[other].last {
                        let (kept, dropped) = index > other ? (index, other) : (other, index)
                        let value = dynamic[kept]
                        problems.append(SourcePlace(file: file, line: value.element.line, column: nil, field: "\(owner).\(value.attribute.title)").problem(
                            .warning, "this value of '\(value.attribute.title)' overlaps the one at line \(dynamic[dropped].element.line); where they overlap, this one is kept.",
                            fix: "end each value before the next one starts."))
                    }
                    if reaching.map({ days[index].last > days[$0].last }) ?? true { reaching = index }
                }
            }
            // The stretches of the edge's presence, in order; without time of its own, the edge
            // is there while any value holds, values that overlap or meet making one stretch.
            let frameSpans = own ?? valueSpans
            var frames = frameDays.indices.map { index in
                (first: frameDays[index].first, last: frameDays[index].last,
                 start: frameSpans[index].start.flatMap(Self.date), end: frameSpans[index].end.flatMap(Self.date))
            }.sorted { $0.first < $1.first }
            if own == nil {
                var merged: [(first: Int, last: Int, start: CalendarDate?, end: CalendarDate?)] = []
                for frame in frames {
                    if let previous = merged.last, previous.last == .max || frame.first <= Self.dayAfter(previous.last) {
                        if frame.last > previous.last { merged[merged.count - 1].last = frame.last; merged[merged.count - 1].end = frame.end }
                    } else {
                        merged.append(frame)
                    }
                }
                frames = merged
            }
            // Where values start, and the day after they end, once each, in order.
            var cutDays: [Int: CalendarDate] = [:]
            for (index, span) in valueSpans.enumerated() {
                if let start = span.start.flatMap(Self.date) { cutDays[start.firstDay] = start }
                if days[index].last != .max, let after = span.end.flatMap(Self.date)?.next { cutDays[after.firstDay] = after }
            }
            let cuts = cutDays.keys.sorted().map { cutDays[$0]! }
            var spans: [Span] = []
            var next = 0
            for frame in frames {
                var start = frame.start
                while next < cuts.count, cuts[next].firstDay <= (start?.firstDay ?? .min) { next += 1 }
                while next < cuts.count, cuts[next].firstDay <= frame.last {
                    if let before = cuts[next].previous { spans.append(Span(start: start?.description, end: before.description)) }
                    start = cuts[next]
                    next += 1
                }
                spans.append(Span(start: start?.description, end: frame.end?.description))
            }
            // The values that hold at each span's start, the later in the file first: a sweep
            // over the values of each attribute by start, keeping those begun in a heap by
            // their place in the file, and dropping those ended when they come to the top.
            var holding = [[Int]](repeating: [], count: spans.count)
            let starts = spans.map { $0.start.flatMap(Self.date)?.firstDay ?? .min }
            for key in byAttribute.keys.sorted() {
                let sorted = byAttribute[key]!
                var heap = LatestFirst()
                var position = 0
                for (piece, day) in starts.enumerated() {
                    while position < sorted.count, days[sorted[position]].first <= day {
                        heap.insert(sorted[position])
                        position += 1
                    }
                    while let top = heap.top, days[top].last < day { heap.removeTop() }
                    if let top = heap.top { holding[piece].append(top) }
                }
            }
            return spans.indices.map { (spans[$0], holding[$0]) }
        }

        /// A max-heap of positions: the value latest in the file on top.
        struct LatestFirst {
            private var items: [Int] = []

            var top: Int? { items.first }

            mutating func insert(_ item: Int) {
                items.append(item)
                var child = items.count - 1
                while child > 0, items[(child - 1) / 2] < items[child] {
                    items.swapAt(child, (child - 1) / 2)
                    child = (child - 1) / 2
                }
            }

            mutating func removeTop() {
                items.swapAt(0, items.count - 1)
                items.removeLast()
                var parent = 0
                while true {
                    var largest = parent
                    for child in [2 * parent + 1, 2 * parent + 2] where child < items.count && items[child] > items[largest] { largest = child }
                    if largest == parent { return }
                    items.swapAt(parent, largest)
                    parent = largest
                }
            }
        }

        /// The first and last day of each span, open ends at the extremes; `nil` when a bound
        /// does not read as a date.
        static func dated(_ spans: [Span]) -> [(first: Int, last: Int)]? {
            var result: [(first: Int, last: Int)] = []
            for span in spans {
                let start = span.start.map { Self.date($0) }, end = span.end.map { Self.date($0) }
                if start == .some(nil) || end == .some(nil) { return nil }
                result.append(((start ?? nil)?.firstDay ?? .min, (end ?? nil)?.lastDay ?? .max))
            }
            return result
        }

        /// A bound in any of GEXF's time formats as a date: years as integers or doubles, dates
        /// and date-times (the day is kept).
        static func date(_ text: String) -> CalendarDate? {
            if case .date(let date) = DateText.read(text, order: nil) { return date }
            return nil
        }

        /// The day number (`yyyymmdd`) after `day`, for telling spans that meet from spans
        /// with a gap between them.
        static func dayAfter(_ day: Int) -> Int {
            let year = day / 10_000, month = day / 100 % 100, dayOfMonth = day % 100
            guard let after = CalendarDate(year: year, month: month, day: dayOfMonth)?.next else { return .max }
            return after.firstDay
        }

        /// The span an element's own `start`/`end` (or `startopen`/`endopen`) or `timestamp`
        /// gives, or `nil` when it gives none.
        static func span(_ element: XMLTree.Element) -> Span? {
            if let stamp = element.attributes["timestamp"] { return Span(start: stamp, end: stamp, line: element.line) }
            let start = element.attributes["start"] ?? element.attributes["startopen"]
            let end = element.attributes["end"] ?? element.attributes["endopen"]
            guard start != nil || end != nil else { return nil }
            let startIsOpen = element.attributes["start"] == nil && start != nil, endIsOpen = element.attributes["end"] == nil && end != nil
            let written = [start.map { "\(startIsOpen ? "startopen" : "start")=\"\($0)\"" }, end.map { "\(endIsOpen ? "endopen" : "end")=\"\($0)\"" }]
                .compactMap { $0 }.joined(separator: " ")
            let interval = GephiTimeSet.interval(start: start, end: end, startIsOpen: startIsOpen, endIsOpen: endIsOpen, written: written)
            return Span(start: interval.start, end: interval.end, line: element.line, holdsNoTime: interval.holdsNoTime, written: written)
        }

        /// Whether a value's span covers a moment; an open start is covered only by a span
        /// open at its start.
        static func holds(_ span: Span, at moment: String?) -> Bool {
            guard let moment else { return span.start == nil }
            if let day = date(moment)?.firstDay, let bounds = dated([span])?.first { return bounds.first <= day && day <= bounds.last }
            return (span.start.map { !earlier(moment, $0) } ?? true) && (span.end.map { !earlier($0, moment) } ?? true)
        }

        /// Attribute values, in `<attvalues>` or, as some files have them, directly inside the
        /// element; values of undeclared attributes are reported and left out, as are the
        /// measures ActorMap wrote.
        private mutating func values(of element: XMLTree.Element, domain: String, owner: String) -> [Value] {
            ((element.child("attvalues")?.children("attvalue") ?? []) + element.children("attvalue"))
                .compactMap { value in
                    guard let id = value.attributes["for"] ?? value.attributes["id"] else { return nil }
                    guard let attribute = attributes[domain + "\u{0}" + id] else {
                        if warnedUndeclared.insert(domain + "\u{0}" + id).inserted {
                            problems.append(SourcePlace(file: file, line: value.line, column: nil, field: "\(owner).\(id)").problem(
                                .warning, "this value is for the \(domain) attribute '\(id)', which the file does not declare, so it is left out.",
                                fix: "declare it in the graph's <attributes class=\"\(domain)\">."))
                        }
                        return nil
                    }
                    guard !attribute.isMeasure else { return nil }
                    return Value(id: id, attribute: attribute, element: value, span: Self.span(value))
                }
        }

        private func add(_ value: Value, to record: inout ImportedRecord, table: FieldNames.Table) {
            record.add(FieldNames.column(value.attribute.title, in: table, readsTypeSuffix: false), named: value.attribute.title,
                       ImportedValue(scalar: value.attribute.scalar(value.element.attributes["value"] ?? ""),
                                     place: SourcePlace(file: file, line: value.element.line, column: nil, field: "\(record.place.field).\(value.attribute.title)")))
        }

        /// The defaults of the attributes an element gives no value for.
        private func addDefaults(domain: String, except given: Set<String>, to record: inout ImportedRecord, table: FieldNames.Table) {
            for (key, attribute) in attributes.sorted(by: { $0.key < $1.key }) where key.hasPrefix(domain + "\u{0}") && !attribute.isMeasure {
                guard let defaultValue = attribute.defaultValue, !given.contains(String(key.dropFirst(domain.count + 1))) else { continue }
                record.add(FieldNames.column(attribute.title, in: table, readsTypeSuffix: false), named: attribute.title,
                           ImportedValue(scalar: attribute.scalar(defaultValue), place: record.place.naming("\(record.place.field).\(attribute.title)")))
            }
        }

        /// Orders times in any of GEXF's formats, as dates when both read as one (so that
        /// `2005.0` and `2005-03-01` compare), else as numbers, else as text.
        static func earlier(_ a: String, _ b: String) -> Bool {
            if let x = date(a), let y = date(b) { return x.firstDay < y.firstDay }
            if let x = Double(a), let y = Double(b) { return x < y }
            return a < b
        }
    }
}
