/// What an actor's size and fill stand for in a drawing, as `--size-by` and `--color-by`
/// name them: a measure or a number attribute for the size; the group, kind, community or an
/// attribute for the fill. Worked out afresh at each moment drawn (``applied(to:at:)``), so
/// that every year of a timeline or a report shows that year's figures and ratings.
///
/// Set as ``DiagramOptions/encoding``, a ``Diagram`` applies it to the snapshot it draws;
/// `render`, `timeline` and `report` all go through it.
///
/// A fill keeps its colours from one year to the next: a group's, a kind's and an attribute
/// value's colour come from the map, not from the categories one year holds. Drawings of
/// several years share more through ``shared(across:of:keeping:)``: one scale of areas, and
/// communities numbered so that each follows the one it most overlaps the year before.
///
/// ```swift
/// var options = DiagramOptions()
/// options.encoding = try ActorEncoding(sizeBy: "influence", colorBy: "stance", in: dataset)
/// let diagram = try Diagram(Snapshot(dataset, at: .year(2015)), options: options)
/// ```
public struct ActorEncoding: Hashable, Sendable {
    /// What an actor's area is proportional to.
    public enum Size: Hashable, Sendable {
        /// A measure of amount, computed at the moment drawn.
        case measure(Measure)
        /// A number attribute, its value at the moment drawn.
        case attribute(String)
    }

    /// What an actor's fill stands for.
    public enum Fill: Hashable, Sendable {
        /// Its group.
        case group
        /// Its kind.
        case kind
        /// Its Louvain community at the moment drawn.
        case community
        /// An attribute's value at the moment drawn, such as its stance.
        case attribute(String)
    }

    /// The fills `--color-by` names besides attributes.
    public static let fillNames = ["group", "kind", "community"]

    /// What sizes the actors; `nil` draws each to fit its name.
    public var size: Size?
    /// What fills the actors.
    public var fill: Fill
    /// How measures (a size, communities, the tooltips' figures) are computed.
    public var measuring: MetricOptions
    /// The scale of areas shared by the years drawn (``shared(across:of:keeping:)``); each
    /// drawing's own largest figure is drawn largest when `nil`.
    public var sizeScale: SizeScale?
    /// Each year's communities, by year and actor id, numbered to follow the year before's
    /// (``shared(across:of:keeping:)``); Louvain's own numbers at each moment when empty.
    var sharedCommunities: [Int: [String: Int]] = [:]
    /// The years ``shared(across:of:keeping:)`` made the encoding for; empty when it was not.
    public private(set) var sharedYears: [Int] = []

    /// An encoding of actors.
    ///
    /// - Parameters:
    ///   - size: What sizes the actors; none by default.
    ///   - fill: What fills them; their group by default.
    ///   - measuring: How measures are computed.
    public init(size: Size? = nil, fill: Fill = .group, measuring: MetricOptions = MetricOptions()) {
        self.size = size
        self.fill = fill
        self.measuring = measuring
    }

    /// The encoding `--size-by` and `--color-by` name, checked against `dataset`.
    ///
    /// - Parameters:
    ///   - sizeBy: A measure of amount (`betweenness`) or a number attribute (`influence`),
    ///     or `nil` for no size.
    ///   - colorBy: `group`, `kind`, `community` or an attribute (`stance`).
    ///   - dataset: The map whose attributes the names may be.
    ///   - measuring: How measures are computed.
    /// - Throws: ``DiagramError`` naming the option, the nearest name and the choices, when a
    ///   name is neither a measure (or fill) nor an attribute of the map; when the size is a
    ///   label (community) or an attribute declared as something other than a number.
    /// - Complexity: O(*a*·*k*) for *a* actors with *k* attributes each.
    public init(sizeBy: String?, colorBy: String = "group", in dataset: Dataset, measuring: MetricOptions = MetricOptions()) throws(DiagramError) {
        self.measuring = measuring
        if let sizeBy {
            if let measure = Measure(rawValue: sizeBy) {
                if let problem = Self.sizeProblem(measure) { throw DiagramError(problem) }
                size = .measure(measure)
            } else {
                let id = try Self.attribute(sizeBy, option: "--size-by", of: dataset)
                if let declared = dataset.vocabulary.attribute(id), declared.type != .number {
                    throw DiagramError("--size-by \(id): sizes need numbers, and \(id) is a \(declared.type.rawValue); --color-by \(id) shows it.")
                }
                size = .attribute(id)
            }
        } else {
            size = nil
        }
        switch colorBy {
        case "group": fill = .group
        case "kind": fill = .kind
        case "community": fill = .community
        default: fill = .attribute(try Self.attribute(colorBy, option: "--color-by", of: dataset))
        }
    }

    /// Why `measure` cannot size actors, as `--size-by` says it, or `nil` when it can.
    ///
    /// - Parameter measure: A measure.
    /// - Returns: The message for a label (community), `nil` for a measure of amount.
    public static func sizeProblem(_ measure: Measure) -> String? {
        guard !measure.isAmount else { return nil }
        return "--size-by \(measure.name): sizes need a measure of amount, and \(measure.name) is a label, not an amount; --color-by \(measure.name) shows it."
    }

    /// Whether the encoding is the drawings' own: group fills and no size.
    public var isPlain: Bool { size == nil && fill == .group }

    /// The measure that sizes the actors, if a measure does.
    public var sizeMeasure: Measure? {
        if case .measure(let measure) = size { measure } else { nil }
    }

    /// `options` showing this encoding at `snapshot`'s moment: sizes, fills and the tooltips'
    /// figures (see ``DiagramOptions/measuresShown(in:size:communities:)``), with
    /// ``DiagramOptions/encoding`` cleared.
    ///
    /// - Parameters:
    ///   - options: The drawing's other options.
    ///   - snapshot: The moment drawn, already without the actors the drawing leaves out.
    /// - Returns: The options for a ``Diagram`` of `snapshot`.
    /// - Throws: ``DiagramError`` when the size measure is undefined at the moment.
    /// - Complexity: That of the measures shown, when any are.
    public func applied(to options: DiagramOptions, at snapshot: Snapshot) throws(DiagramError) -> DiagramOptions {
        var options = options
        options.encoding = nil
        // Communities numbered across the years need no Louvain of their own.
        let communities = fill == .community && sharedCommunities.isEmpty
        let shown = DiagramOptions.measuresShown(in: snapshot, size: sizeMeasure, communities: communities)
        if !shown.isEmpty {
            // The figures follow the actors drawn, whichever filter left them.
            var measuring = measuring
            measuring.projection.actorFilter = snapshot.filtering?.filter ?? .none
            let table = MetricsTable(snapshot, options: measuring, measures: shown, mapFigures: [])
            do {
                try options.show(table, size: sizeMeasure, communities: communities)
            } catch {
                throw DiagramError("--size-by \(error.description)")
            }
        }
        switch fill {
        case .group: break
        case .community:
            if !sharedCommunities.isEmpty { options.coloring = .community(followedCommunities(at: snapshot)) }
        case .kind: options.coloring = .kind
        case .attribute(let id): options.coloring = DiagramOptions.attributeColoring(id, in: snapshot)
        }
        if case .attribute(let id) = size {
            let figures = DiagramOptions.attributeFigures(id, in: snapshot)
            options.size = figures
            options.figures.append(figures)
        }
        if size != nil { options.sizeScale = sizeScale }
        return options
    }

    /// This encoding drawn alike in every one of `years`: one scale of areas, whose largest
    /// area is the largest figure of any actor kept in any of the years (so that one figure
    /// is one size throughout), and, filled by community, each year's Louvain communities
    /// renumbered to follow the year before's.
    ///
    /// Communities are matched by overlap: of all pairs of a community this year and one the
    /// year before, the pair sharing most actors keeps the earlier number first, then the
    /// next pair whose communities are both still unmatched, and so on (ties: the lower
    /// numbers first). A community matching none takes the lowest number neither used this
    /// year nor the year before, so that it never takes the colour of one just gone. The
    /// first year keeps Louvain's numbers.
    ///
    /// - Parameters:
    ///   - years: The years drawn, in order.
    ///   - dataset: The map.
    ///   - filter: The actors each year's drawing keeps (``DiagramOptions/actorFilter``).
    /// - Returns: The encoding with ``sizeScale``, the communities and ``sharedYears`` set;
    ///   this one when it has no size and no communities, no year is given, or it is already
    ///   shared across `years`.
    /// - Complexity: One measure of the size, or one Louvain, per year.
    public func shared(across years: [Int], of dataset: Dataset, keeping filter: ActorFilter) -> ActorEncoding {
        guard let first = years.first, let last = years.last, size != nil || fill == .community, sharedYears != years else { return self }
        var shared = self
        shared.sizeScale = nil
        shared.sharedCommunities = [:]
        shared.sharedYears = years
        var largest = 0.0
        var previous: [String: Int] = [:]
        for year in years {
            let snapshot = Snapshot(dataset, at: .year(year)).keeping(filter)
            var measures: Set<Measure> = fill == .community ? [.community] : []
            if let sizeMeasure { measures.insert(sizeMeasure) }
            var measuring = measuring
            measuring.projection.actorFilter = filter
            let table = measures.isEmpty ? nil : MetricsTable(snapshot, options: measuring, measures: measures, mapFigures: [])
            switch size {
            case .measure(let measure):
                largest = max(largest, table?.columns[measure]?.filter(\.isFinite).max() ?? 0)
            case .attribute(let id):
                largest = max(largest, DiagramOptions.attributeFigures(id, in: snapshot).values.filter(\.isFinite).max() ?? 0)
            case nil: break
            }
            if fill == .community, let found = table?.columns[.community] {
                let ids = snapshot.actorIndices.map { dataset.actors[$0].id }
                let labels = Self.following(previous, communities: found.map { Int($0) }, of: ids)
                shared.sharedCommunities[year] = labels
                previous = labels
            }
        }
        if size != nil, largest > 0 {
            shared.sizeScale = SizeScale(largest: largest, span: first == last ? "\(first)" : "\(first)–\(last)")
        }
        return shared
    }

    /// Each actor's community at `snapshot`'s year, numbered across the years; at any other
    /// moment (the span a shared legend speaks for), its community in the latest year it was
    /// in one, or -1 when it was in none.
    private func followedCommunities(at snapshot: Snapshot) -> [Int] {
        let ids = snapshot.actorIndices.map { snapshot.dataset.actors[$0].id }
        if case .year(let year) = snapshot.time, let labels = sharedCommunities[year] {
            return ids.map { labels[$0] ?? -1 }
        }
        let latestFirst = sharedCommunities.keys.sorted(by: >).compactMap { sharedCommunities[$0] }
        return ids.map { id in latestFirst.lazy.compactMap { $0[id] }.first ?? -1 }
    }

    /// `communities` (one number per actor of `ids`) renumbered to follow `previous`, each
    /// actor's number the year before, by largest overlap (see ``shared(across:of:keeping:)``).
    static func following(_ previous: [String: Int], communities: [Int], of ids: [String]) -> [String: Int] {
        var overlap: [Int: [Int: Int]] = [:]
        for (id, community) in zip(ids, communities) {
            if let earlier = previous[id] { overlap[community, default: [:]][earlier, default: 0] += 1 }
        }
        let pairs = overlap.flatMap { community, counts in counts.map { (community: community, earlier: $0.key, shared: $0.value) } }
            .sorted { ($1.shared, $0.community, $0.earlier) < ($0.shared, $1.community, $1.earlier) }
        var number: [Int: Int] = [:], taken = Set<Int>()
        for pair in pairs where number[pair.community] == nil && !taken.contains(pair.earlier) {
            number[pair.community] = pair.earlier
            taken.insert(pair.earlier)
        }
        let unavailable = taken.union(previous.values)
        var next = 0
        for community in Set(communities).sorted() where number[community] == nil {
            while unavailable.contains(next) || number.values.contains(next) { next += 1 }
            number[community] = next
            next += 1
        }
        return Dictionary(uniqueKeysWithValues: zip(ids, communities.map { number[$0]! }))
    }

    /// What to tell the analyst about drawings of `snapshot`: what a larger actor means when
    /// the size says less brokerage (constraint), that an attribute sizes no one when no
    /// actor has a number for it at the moment, and the scale the years share when they do.
    ///
    /// - Parameter snapshot: The moment (or span) drawn.
    /// - Returns: Sentences, without a `note:` prefix.
    /// - Complexity: O(*a*) for *a* actors.
    public func notes(at snapshot: Snapshot) -> [String] {
        var notes: [String]
        switch size {
        case .measure(let measure):
            notes = measure.sizeNote.map { ["--size-by \(measure.name): \($0)"] } ?? []
        case .attribute(let id):
            let figures = DiagramOptions.attributeFigures(id, in: snapshot)
            guard !figures.values.contains(where: \.isFinite) else { notes = []; break }
            return ["--size-by \(id): no actor has a number for it at \(snapshot.time), so every actor is drawn at the least size."]
        case nil:
            return []
        }
        if let sizeScale, let name = sizeName {
            notes.append("--size-by \(name): one scale for \(sizeScale.span): the largest area stands for \(DiagramBuilder.formatted(sizeScale.largest)), the largest \(name) of any actor drawn in those years.")
        }
        return notes
    }

    /// The name of what sizes the actors, as the legend gives it.
    private var sizeName: String? {
        switch size {
        case .measure(let measure): measure.name
        case .attribute(let id): id
        case nil: nil
        }
    }

    /// `name` when it is an attribute actors carry on this map; an error naming the option,
    /// the nearest name and the choices otherwise.
    private static func attribute(_ name: String, option: String, of dataset: Dataset) throws(DiagramError) -> String {
        let known = dataset.actorAttributeIDs
        if known.contains(name) { return name }
        let sizing = option == "--size-by"
        let choices = (sizing ? ["a measure such as betweenness"] : fillNames) + known
        let near = Suggestion.nearest(to: name, in: (sizing ? Measure.allCases.map(\.name) : fillNames) + known)
        throw DiagramError("\(option): '\(name)' is neither \(sizing ? "a measure" : "group, kind, community") nor an attribute of this map\(near.map { "; did you mean '\($0)'?" } ?? ""). Use \(choices.joined(separator: ", ")).")
    }
}
