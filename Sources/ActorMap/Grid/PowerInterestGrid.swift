import Foundation

/// The power–interest grid (Mendelow 1991): every actor on the map placed by its interest
/// (across) and its power (up), the plane cut into four quadrants that say how to engage
/// each stakeholder: *manage closely* (high power, high interest), *keep satisfied* (high
/// power, low interest), *keep informed* (low power, high interest) and *monitor*.
///
/// Either axis is an ``ActorScale``: a rating analysts recorded (`interest`, `influence`)
/// or a measure of structural position (`pagerank`). Each actor is a mark in its group's
/// colour (``Palette/groupColors(_:)``) carrying a glyph of its `stance` (+ supports,
/// − opposes, = neutral); names are placed so that none overlaps another or a mark. Given
/// an earlier moment, each actor's move from there is drawn as an arrow.
///
/// A grid of more than 30 actors stays readable: it names at most 30, offered a name in
/// turn by how far each sits into its quadrant's outer corner (*manage closely* first, then
/// *keep satisfied* and *keep informed*, with the largest moves; *monitor* last), only where
/// a name fits; it draws only the 20 largest moves, lighter; and a note under the grid says
/// how many are named and how many moves are drawn. Every actor keeps its mark and tooltip.
///
/// Mendelow, A. (1991) "Environmental scanning: the impact of the stakeholder concept",
/// *Proceedings of the 2nd International Conference on Information Systems*, 407–418.
///
/// ```swift
/// let grid = try PowerInterestGrid(dataset, at: .year(2019), from: .year(2012), y: .measure(.pagerank))
/// try OutputFile.write(Data(grid.svg().utf8), to: "grid.svg")
/// ```
public struct PowerInterestGrid: Sendable {
    /// One actor on the grid.
    public struct Mark: Sendable, Hashable {
        /// The actor's id.
        public var id: String
        /// The actor's name.
        public var name: String
        /// The index of the actor's group in the map's vocabulary.
        public var group: Int
        /// The actor's stance towards the goal, as recorded (`supports`, `neutral`,
        /// `opposes`), or `nil` when none is.
        public var stance: String?
        /// Its value on the x axis.
        public var x: Double
        /// Its value on the y axis.
        public var y: Double
        /// Its place at the earlier moment, when an earlier moment is drawn and the actor
        /// was on the map then with a value on both axes.
        public var previous: (x: Double, y: Double)? {
            get {
                guard let previousX, let previousY else { return nil }
                return (previousX, previousY)
            }
            set { (previousX, previousY) = (newValue?.x, newValue?.y) }
        }
        private var previousX: Double?
        private var previousY: Double?

        /// Whether the actor moved between the two moments.
        public var moved: Bool {
            guard let previous else { return false }
            return !Ranking.same(previous.x, x) || !Ranking.same(previous.y, y)
        }

        init(id: String, name: String, group: Int, stance: String?, x: Double, y: Double) {
            self.id = id
            self.name = name
            self.group = group
            self.stance = stance
            self.x = x
            self.y = y
        }
    }

    /// The map's title.
    public let title: String
    /// The moment drawn.
    public let time: TimeSelection
    /// The earlier moment moves are drawn from, if any.
    public private(set) var from: TimeSelection?
    /// What the x axis shows: interest by default.
    public let x: ActorScale
    /// What the y axis shows: power, as rated influence by default.
    public let y: ActorScale
    /// The ties measures ran on, for the axis titles.
    public let projection: ProjectionOptions
    /// The actors on the map at ``time`` with a value on both axes, in the map's order.
    public private(set) var marks: [Mark]
    /// Actors on the map at ``time`` with no value on an axis, by name: not drawn.
    public let unplaced: [String]
    /// Actors drawn that were not on the map, or had no value, at ``from``: no arrow.
    public private(set) var new: [String]
    /// The range of the x axis: from 0 (or the least value, when below 0) to a round
    /// number at or above the largest; wider when ``extendAxes(x:y:)`` asked.
    public private(set) var xRange: ClosedRange<Double>
    /// The range of the y axis, as ``xRange``.
    public private(set) var yRange: ClosedRange<Double>
    /// The map's groups, for the key: label and colour, by group index.
    let groups: [(label: String, color: String)]

    /// The grid of `dataset` at `time`.
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - time: The moment drawn.
    ///   - from: An earlier moment to draw each actor's move from, or `nil`.
    ///   - x: What the x axis shows; the `interest` attribute by default.
    ///   - y: What the y axis shows; the `influence` attribute by default.
    ///   - options: How measures on an axis are computed.
    /// - Throws: ``SalienceError`` when an axis names an attribute no actor records or one
    ///   that is not a number, or a measure undefined at a moment drawn.
    /// - Complexity: That of the measures on the axes at each moment, beside O(*n* log *n*).
    public init(_ dataset: Dataset, at time: TimeSelection, from: TimeSelection? = nil,
                x: ActorScale = .attribute("interest"), y: ActorScale = .attribute("influence"),
                options: MetricOptions = MetricOptions()) throws(SalienceError) {
        try x.check(in: dataset)
        try y.check(in: dataset)
        title = dataset.title
        self.time = time
        self.from = from
        self.x = x
        self.y = y
        projection = options.projection
        let groupColors = Palette.groupColors(dataset.vocabulary)
        groups = dataset.vocabulary.groups.enumerated().map { ($0.element.label, groupColors[$0.offset]) }

        let now = try Self.values(dataset, at: time, x: x, y: y, options: options)
        var before: [(x: Double, y: Double)?]?
        if let from { before = try Self.values(dataset, at: from, x: x, y: y, options: options) }
        // The actors `--where` keeps, as the measures on an axis count them.
        let snapshot = Snapshot(dataset, at: time).keeping(options.projection.actorFilter)
        var marks: [Mark] = [], unplaced: [String] = [], new: [String] = []
        for index in snapshot.actorIndices {
            let actor = dataset.actors[index]
            guard let place = now[index] else {
                unplaced.append(actor.name)
                continue
            }
            let stance = snapshot.attribute("stance", ofActorAt: index).map(\.description)
            var mark = Mark(id: actor.id, name: actor.name, group: dataset.actorGroupIndices[index], stance: stance, x: place.x, y: place.y)
            if let before {
                if let earlier = before[index] { mark.previous = earlier } else { new.append(actor.name) }
            }
            marks.append(mark)
        }
        self.marks = marks
        self.unplaced = unplaced.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        self.new = new.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        let xs = marks.flatMap { [$0.x] + ($0.previous.map { [$0.x] } ?? []) }
        let ys = marks.flatMap { [$0.y] + ($0.previous.map { [$0.y] } ?? []) }
        xRange = Self.axisRange(xs)
        yRange = Self.axisRange(ys)
    }

    /// Each actor's place at `time`, by dataset index; `nil` for actors off the map or
    /// without a value on an axis.
    private static func values(_ dataset: Dataset, at time: TimeSelection, x: ActorScale, y: ActorScale,
                               options: MetricOptions) throws(SalienceError) -> [(x: Double, y: Double)?] {
        let snapshot = Snapshot(dataset, at: time).keeping(options.projection.actorFilter)
        let measures = Set([x.measure, y.measure].compactMap { $0 })
        let table = measures.isEmpty ? nil : MetricsTable(snapshot, options: options, measures: measures, mapFigures: [])
        if let table {
            for measure in measures.sorted(by: { $0.name < $1.name }) {
                if let undefined = table.undefined[measure] { throw .undefinedMeasure(measure, reason: undefined.reason) }
            }
        }
        func value(_ scale: ActorScale, position: Int, index: Int) -> Double? {
            switch scale {
            case .attribute(let id): snapshot.number(id, ofActorAt: index)
            case .measure(let measure): table?.value(measure, node: position).flatMap { $0.isFinite ? $0 : nil }
            }
        }
        var places = [(x: Double, y: Double)?](repeating: nil, count: dataset.actors.count)
        for (position, index) in snapshot.actorIndices.enumerated() {
            if let a = value(x, position: position, index: index), let b = value(y, position: position, index: index) {
                places[index] = (a, b)
            }
        }
        return places
    }

    /// From 0 (or the least value, when it is below 0) up to the first round step at or
    /// above the largest value, so that the midpoint that cuts the quadrants is a plain number.
    static func axisRange(_ values: [Double]) -> ClosedRange<Double> {
        let low = min(0, values.min() ?? 0)
        let high = values.max() ?? 1
        guard high > low else { return low...(low + 1) }
        let step = tickStep(high - low)
        let top = (high / step).rounded(.up) * step
        let bottom = (low / step).rounded(.down) * step
        return bottom...max(top, bottom + step)
    }

    /// A round step (1, 2 or 5 times a power of ten) that cuts `span` into four to eight parts.
    static func tickStep(_ span: Double) -> Double {
        let rough = span / 5
        let power = pow(10, (log10(rough)).rounded(.down))
        let scaled = rough / power
        let factor: Double = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10
        return factor * power
    }

    /// Widens the axes to hold `x` and `y` too, rounded as the grid rounds its own, so that
    /// grids of several years share one frame: the same quadrants, and a mark that sits
    /// elsewhere in another year's grid has other ratings.
    ///
    /// - Parameters:
    ///   - x: Values the x axis is to reach, such as the union of every year's range.
    ///   - y: Values the y axis is to reach.
    /// - Complexity: O(1).
    public mutating func extendAxes(x: ClosedRange<Double>, y: ClosedRange<Double>) {
        xRange = Self.axisRange([xRange.lowerBound, xRange.upperBound, x.lowerBound, x.upperBound])
        yRange = Self.axisRange([yRange.lowerBound, yRange.upperBound, y.lowerBound, y.upperBound])
    }

    /// Drops the moves: the grid becomes the one drawn without an earlier moment, with no
    /// arrows, no actor new since then, and axes that hold where the marks are, not where
    /// they were. For a moment at which nobody moved, where moves would only say so.
    ///
    /// - Complexity: O(*n*) for *n* marks.
    mutating func dropMoves() {
        from = nil
        new = []
        for index in marks.indices { marks[index].previous = nil }
        xRange = Self.axisRange(marks.map(\.x))
        yRange = Self.axisRange(marks.map(\.y))
    }

    /// The value that cuts the x axis into low and high interest: its midpoint.
    public var xSplit: Double { (xRange.lowerBound + xRange.upperBound) / 2 }
    /// The value that cuts the y axis into low and high power: its midpoint.
    public var ySplit: Double { (yRange.lowerBound + yRange.upperBound) / 2 }

    /// The quadrant of a place: its name, as Mendelow's grid gives it.
    ///
    /// - Parameters:
    ///   - x: A value on the x axis (interest).
    ///   - y: A value on the y axis (power).
    /// - Returns: `manage closely`, `keep satisfied`, `keep informed` or `monitor`; a value
    ///   on a dividing line counts as high.
    public func quadrant(x: Double, y: Double) -> String {
        switch (x >= xSplit, y >= ySplit) {
        case (true, true): "manage closely"
        case (false, true): "keep satisfied"
        case (true, false): "keep informed"
        case (false, false): "monitor"
        }
    }
}
