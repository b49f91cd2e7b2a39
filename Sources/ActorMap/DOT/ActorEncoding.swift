/// What an actor's size and fill stand for in a drawing, as `--size-by` and `--color-by`
/// name them: a measure or a number attribute for the size; the group, kind, community or an
/// attribute for the fill. Worked out afresh at each moment drawn (``applied(to:at:)``), so
/// that every year of a timeline or a report shows that year's figures and ratings.
///
/// Set as ``DiagramOptions/encoding``, a ``Diagram`` applies it to the snapshot it draws;
/// `render`, `timeline` and `report` all go through it.
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
        let communities = fill == .community
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
        case .group, .community: break
        case .kind: options.coloring = .kind
        case .attribute(let id): options.coloring = DiagramOptions.attributeColoring(id, in: snapshot)
        }
        if case .attribute(let id) = size {
            let figures = DiagramOptions.attributeFigures(id, in: snapshot)
            options.size = figures
            options.figures.append(figures)
        }
        return options
    }

    /// What to tell the analyst about drawings of `snapshot`: what a larger actor means when
    /// the size says less brokerage (constraint), and that an attribute sizes no one when no
    /// actor has a number for it at the moment.
    ///
    /// - Parameter snapshot: The moment (or span) drawn.
    /// - Returns: Sentences, without a `note:` prefix.
    /// - Complexity: O(*a*) for *a* actors.
    public func notes(at snapshot: Snapshot) -> [String] {
        switch size {
        case .measure(let measure):
            return measure.sizeNote.map { ["--size-by \(measure.name): \($0)"] } ?? []
        case .attribute(let id):
            let figures = DiagramOptions.attributeFigures(id, in: snapshot)
            guard !figures.values.contains(where: \.isFinite) else { return [] }
            return ["--size-by \(id): no actor has a number for it at \(snapshot.time), so every actor is drawn at the least size."]
        case nil:
            return []
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
