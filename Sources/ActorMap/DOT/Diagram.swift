import Foundation

/// A snapshot drawn as a styled Graphviz graph: actors filled by group, shaped by kind and
/// sized by a figure; relationships coloured and dashed by type, with arrowheads only where
/// the type has a direction; a title and a legend above the drawing.
///
/// Node ids are generated (`a0`, `a1`…, in snapshot order), never taken from the dataset;
/// each node carries `id="actor-<dataset id>"` so that an SVG made from it has a stable
/// group per actor, with a tooltip giving its name, kind, group and figures, and each edge
/// carries its type as a class (`type-mou`). Every string from the dataset is escaped for
/// the way Graphviz reads it (see ``DOTValue``).
///
/// The legend and title are the graph's label, which Graphviz places outside the drawing
/// with every engine, so they never cover an actor.
public struct Diagram: Sendable {
    /// The styled graph, ready to be written as DOT or handed to Graphviz.
    public let graph: DOTGraph
    /// The snapshot positions of the actors drawn: node `a<k>` is the actor at position
    /// `actorPositions[k]` of the snapshot.
    public let actorPositions: [Int]
    /// The dataset indices of the relationships drawn, in drawing order.
    public let relationshipIndices: [Int]
    /// The engine the diagram is laid out for.
    public var layout: LayoutEngine { options.layout }
    /// The name of the Graphviz engine that draws the diagram: the layout's, or `nop2` when
    /// the actors' places are pinned.
    public var engine: String { options.pinned == nil ? options.layout.rawValue : PinnedLayout.engine }
    /// What the diagram shows and how.
    public let options: DiagramOptions

    /// Styles `snapshot` as `options` ask.
    ///
    /// - Parameters:
    ///   - snapshot: The moment drawn: its actors and relationships, less those
    ///     `options.actorFilter` leaves out.
    ///   - options: What to show and how; the defaults draw every actor and type with dot.
    /// - Throws: ``DiagramError`` when the focus actor is unknown or absent at that time, or
    ///   when a set of figures does not have one value per actor of the snapshot.
    /// - Complexity: O(*a* + *r*) for *a* actors and *r* relationships in the snapshot.
    public init(_ snapshot: Snapshot, options: DiagramOptions = DiagramOptions()) throws(DiagramError) {
        try self.init(snapshot, options: options, counted: true)
    }

    /// A diagram whose legend counts the actors and ties drawn only when `counted`: a legend
    /// shared by several years counts no one year's.
    init(_ snapshot: Snapshot, options: DiagramOptions, counted: Bool) throws(DiagramError) {
        let snapshot = snapshot.keeping(options.actorFilter)
        let options = try options.encoding?.applied(to: options, at: snapshot) ?? options
        let count = snapshot.actorIndices.count
        for figures in [options.size].compactMap({ $0 }) + options.figures where figures.values.count != count {
            throw DiagramError("the figures '\(figures.name)' have \(figures.values.count) values for \(count) actors.")
        }
        if case .community(let communities) = options.coloring, communities.count != count {
            throw DiagramError("the communities have \(communities.count) values for \(count) actors.")
        }
        if case .attribute(let id, let values) = options.coloring, values.count != count {
            throw DiagramError("the values of '\(id)' are \(values.count) for \(count) actors.")
        }
        let included = try options.focus?.members(in: snapshot) ?? [Bool](repeating: true, count: count)
        var builder = DiagramBuilder(snapshot: snapshot, options: options, included: included)
        builder.counted = counted
        var graph = builder.graph()
        if let pinned = options.pinned {
            pinned.pin(&graph, actorIDs: builder.positions.map { snapshot.dataset.actors[snapshot.actorIndices[$0]].id })
            builder.placeAround(&graph, pinned: pinned)
            for (number, index) in builder.relationships.enumerated() {
                if let route = pinned.routes[index] { graph.edges[number].attributes[.pos] = .text(route) }
            }
        }
        self.graph = graph
        actorPositions = builder.positions
        relationshipIndices = builder.relationships
        self.options = options
        self.snapshot = snapshot
    }

    /// The moment drawn.
    public let snapshot: Snapshot

    /// The diagram as DOT text.
    public var text: String { graph.text }

    /// The id of the actor each node draws, by node id (`a0` → `muungano`): what reads back
    /// the places and sizes Graphviz gives the nodes. The legend's samples and the corner
    /// nodes of a pinned diagram draw no actor and are not in it.
    ///
    /// - Complexity: O(*a*) for *a* actors drawn.
    public var actorIDsByNode: [String: String] {
        let actors = snapshot.dataset.actors, indices = snapshot.actorIndices
        return Dictionary(uniqueKeysWithValues: actorPositions.enumerated().map { number, position in
            (Self.nodeID(number: number), actors[indices[position]].id)
        })
    }

    /// The dataset index of the relationship each edge draws, by the edge's `id` attribute
    /// (`relationship-7` → 7): what reads back the routes Graphviz gives the edges.
    ///
    /// - Complexity: O(*r*) for *r* relationships drawn.
    public var relationshipIndicesByEdge: [String: Int] {
        Dictionary(uniqueKeysWithValues: relationshipIndices.map { (Self.edgeID(relationship: $0), $0) })
    }

    /// The same diagram styled for the engine `layout`, which sets the DOT's `layout` and the
    /// engine's own bounds and overlap removal; this diagram when it is already.
    ///
    /// - Parameter layout: The engine that is to lay the diagram out.
    /// - Returns: A diagram of the same snapshot and options but for the engine.
    /// - Throws: ``DiagramError`` as ``init(_:options:)`` does.
    /// - Complexity: O(*a* + *r*) for *a* actors and *r* relationships in the snapshot.
    public func styled(for layout: LayoutEngine) throws(DiagramError) -> Diagram {
        guard layout != options.layout else { return self }
        var options = options
        options.layout = layout
        return try Diagram(snapshot, options: options)
    }

    /// The node id of the `number`th actor drawn, counting from 0: ids are made, never taken
    /// from the dataset, so that no name can break the DOT.
    static func nodeID(number: Int) -> String { "a\(number)" }

    /// The `id` of the edge that draws the relationship at dataset index `index`, which an
    /// SVG keeps as the edge's group id.
    static func edgeID(relationship index: Int) -> String { "relationship-\(index)" }
}

/// The styling of one diagram, with what every node and edge needs worked out once.
struct DiagramBuilder {
    let snapshot: Snapshot
    let options: DiagramOptions
    var dataset: Dataset { snapshot.dataset }
    /// Snapshot positions of the actors drawn.
    let positions: [Int]
    /// For each snapshot position, its node number, or -1 when it is not drawn.
    let nodeNumbers: [Int]
    /// Dataset indices of the relationships drawn.
    let relationships: [Int]
    /// Snapshot positions of the actors drawn without a tie drawn.
    let untied: [Int]
    let colors: Coloring
    /// For each relationship type of the vocabulary, how its lines are drawn.
    let typeStyles: [RelationshipStyle]
    let labelled: [Bool]
    /// The figure drawn at the largest area: the scale's when several moments share one,
    /// else the largest size figure among the actors drawn.
    let largestSize: Double
    /// The largest amount of each currency, and the largest and least weight, among the
    /// relationships drawn, for pen widths.
    let largestAmounts: [String?: Double]
    let weights: ClosedRange<Double>
    /// Whether the legend's summary counts the actors, ties and untied actors drawn.
    var counted = true

    init(snapshot: Snapshot, options: DiagramOptions, included: [Bool]) {
        self.snapshot = snapshot
        self.options = options
        let dataset = snapshot.dataset
        let typeIsDrawn = dataset.vocabulary.relationshipTypes.map(options.types.includes)
        let relationships = snapshot.relationshipIndices.filter { index in
            let ends = dataset.relationshipEnds[index]
            return typeIsDrawn[ends.type]
                && included[snapshot.position(ofActorAt: ends.from)!] && included[snapshot.position(ofActorAt: ends.to)!]
        }
        self.relationships = relationships
        var tied = [Bool](repeating: false, count: included.count)
        for index in relationships {
            let ends = dataset.relationshipEnds[index]
            tied[snapshot.position(ofActorAt: ends.from)!] = true
            tied[snapshot.position(ofActorAt: ends.to)!] = true
        }
        let positions = included.indices.filter { included[$0] && (tied[$0] || options.isolates != .hide) }
        self.positions = positions
        var nodeNumbers = [Int](repeating: -1, count: included.count)
        for (number, position) in positions.enumerated() { nodeNumbers[position] = number }
        self.nodeNumbers = nodeNumbers
        untied = positions.filter { !tied[$0] }
        colors = Coloring(snapshot: snapshot, positions: positions, coloring: options.coloring)
        typeStyles = zip(dataset.vocabulary.relationshipTypes, RelationshipStyle.colors(of: dataset.vocabulary)).map(RelationshipStyle.init)
        labelled = Self.labelled(snapshot: snapshot, positions: positions, relationships: relationships, options: options)
        largestSize = options.size.map { size in
            options.sizeScale?.largest ?? positions.map { size.values[$0] }.filter(\.isFinite).max() ?? 0
        } ?? 0
        var largestAmounts: [String?: Double] = [:]
        var weights: ClosedRange<Double>?
        for index in relationships {
            let relationship = dataset.relationships[index]
            if let amount = relationship.amount {
                largestAmounts[relationship.currency] = max(largestAmounts[relationship.currency] ?? 0, amount)
            }
            let weight = relationship.weight
            weights = weights.map { min($0.lowerBound, weight)...max($0.upperBound, weight) } ?? weight...weight
        }
        self.largestAmounts = largestAmounts
        self.weights = weights ?? 1...1
    }

    func graph() -> DOTGraph {
        var attributes = options.layout.graphAttributes.merging([
            .layout: .identifier(options.layout.rawValue),
            .fontname: .text(Self.fontName),
            .bgcolor: .color("#FFFFFF"),
            .pad: .number(0.3),
            .outputorder: .identifier("edgesfirst"),
            .labelloc: .identifier("t"),
            .labeljust: .identifier("l"),
        ])
        if let heading = heading() { attributes[.label] = .html(heading) }
        if options.layout == .twopi, let focus = options.focus, let centre = snapshot.position(of: focus.actorID) {
            attributes["root"] = .identifier(nodeID(centre))
        }
        return DOTGraph(
            name: "actormap", isDirected: true, attributes: attributes,
            nodeDefaults: [
                .fontname: .text(Self.fontName), .fontsize: .number(11), .style: .identifier("filled"),
                .color: .color("#333333"), .penwidth: .number(0.8), .margin: .identifier("0.08,0.04"),
            ],
            edgeDefaults: [.fontname: .text(Self.fontName), .fontsize: .number(9), .arrowsize: .number(0.7)],
            nodes: positions.map(node), edges: relationships.map(edge))
    }

    static let fontName = "Helvetica,Arial,sans-serif"

    func nodeID(_ position: Int) -> String { Diagram.nodeID(number: nodeNumbers[position]) }

    // MARK: Actors

    private func node(_ position: Int) -> DOTGraph.Node {
        let index = snapshot.actorIndices[position]
        let actor = dataset.actors[index]
        let kind = dataset.kind(ofActorAt: index)
        let group = dataset.group(ofActorAt: index)
        let shape = kind.shape ?? "ellipse"
        let category = colors.categories[colors.categoryOfActor[nodeNumbers[position]]]
        var attributes: DOTAttributes = [
            .id: .identifier("actor-\(actor.id)"),
            .class: .identifier("actor kind-\(kind.id) group-\(group.id)"),
            .label: .text(label(position)),
            .tooltip: .tooltip(tooltip(position)),
            .shape: .identifier(shape),
            .fillcolor: .color(category.color),
            .fontcolor: .color(category.textColor),
        ]
        if let size = options.size {
            let side = Self.side(for: size.values[position], largest: largestSize, shape: shape)
            // The figure sets the least size; a node grows to hold its name when the name
            // needs more, so that no name spills over a neighbour: a floor under the size,
            // with area proportional to the figure above it.
            attributes[.width] = .number(side)
            attributes[.height] = .number(side)
        } else if !labelled[nodeNumbers[position]] {
            attributes[.width] = .number(0.25)
            attributes[.height] = .number(0.25)
            attributes[.fixedsize] = .boolean(true)
        }
        if options.highlighted.contains(actor.id) {
            attributes[.peripheries] = .integer(2)
            attributes[.penwidth] = .number(3)
            attributes[.color] = .color(DiagramOptions.highlightColor)
            attributes[.class] = .identifier("actor kind-\(kind.id) group-\(group.id) highlighted")
        }
        return DOTGraph.Node(nodeID(position), attributes)
    }

    /// An actor's name, wrapped, with its annotation on a line below; empty when the actor
    /// carries no name.
    private func label(_ position: Int) -> String {
        guard labelled[nodeNumbers[position]] else { return "" }
        let actor = dataset.actors[snapshot.actorIndices[position]]
        return Self.wrapped(actor.name) + (options.annotations[actor.id].map { "\n" + $0 } ?? "")
    }

    private func tooltip(_ position: Int) -> String {
        let index = snapshot.actorIndices[position]
        let actor = dataset.actors[index]
        var lines = [actor.name, "\(dataset.kind(ofActorAt: index).label) · \(dataset.group(ofActorAt: index).label)"]
        if let annotation = options.annotations[actor.id] { lines.append(annotation) }
        if actor.period != .always { lines.append("active \(actor.period)") }
        let figures = options.figures.map { "\($0.name) \(Self.formatted($0.values[position]))" }
        if !figures.isEmpty { lines.append(figures.joined(separator: " · ")) }
        return lines.joined(separator: "\n")
    }

    /// The side of a node's bounding box, in inches, such that the area of its shape is
    /// proportional to `value`; values at or below zero, and undefined ones, get the
    /// smallest side.
    static func side(for value: Double, largest: Double, shape: String) -> Double {
        let smallest = 0.3, biggest = 1.5
        guard value.isFinite, value > 0, largest > 0 else { return smallest }
        let area = value / largest * biggest * biggest
        return max(smallest, (area / areaFraction(of: shape)).squareRoot())
    }

    /// How much of its bounding box a shape fills, so that an ellipse and a box of the same
    /// figure have the same area.
    static func areaFraction(of shape: String) -> Double {
        switch shape {
        case "ellipse", "oval", "circle", "doublecircle", "Mcircle", "egg": Double.pi / 4
        case "diamond", "Mdiamond", "triangle", "invtriangle": 0.5
        case "hexagon": 0.75
        case "octagon", "doubleoctagon", "tripleoctagon": 0.83
        default: 1
        }
    }

    /// Which drawn actors carry their name, by node number.
    private static func labelled(
        snapshot: Snapshot, positions: [Int], relationships: [Int], options: DiagramOptions
    ) -> [Bool] {
        switch options.labels {
        case .all: return [Bool](repeating: true, count: positions.count)
        case .none: return [Bool](repeating: false, count: positions.count)
        case .top(let n):
            let score: [Double]
            if let size = options.size {
                score = positions.map { size.values[$0].isFinite ? size.values[$0] : -.infinity }
            } else {
                var ties = [Double](repeating: 0, count: snapshot.actorIndices.count)
                for index in relationships {
                    let ends = snapshot.dataset.relationshipEnds[index]
                    ties[snapshot.position(ofActorAt: ends.from)!] += 1
                    ties[snapshot.position(ofActorAt: ends.to)!] += 1
                }
                score = positions.map { ties[$0] }
            }
            let ranked = score.indices.sorted { (score[$0], $1) > (score[$1], $0) }
            var result = [Bool](repeating: false, count: positions.count)
            for number in ranked.prefix(max(0, n)) { result[number] = true }
            return result
        }
    }

    /// A name broken into lines at spaces: lines of about sixteen characters, longer for a
    /// long name so that it takes at most about four lines; a single long word stays whole.
    static func wrapped(_ name: String) -> String {
        let width = max(16, (name.count + 3) / 4)
        return name.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            let lines = WordWrap.lines(words: String(paragraph), width: width)
            return lines.isEmpty ? [""] : lines
        }.joined(separator: "\n")
    }

    /// A figure as a tooltip shows it: whole numbers whole, others to two decimals, or to
    /// three significant digits below 1; undefined ones as "undefined".
    static func formatted(_ value: Double) -> String {
        guard value.isFinite else { return "undefined" }
        guard abs(value) < 1, value != 0 else { return DOTEscaping.fixed(value, decimals: 2) }
        let leadingZeros = Int((-log10(abs(value))).rounded(.down))
        return DOTEscaping.fixed(value, decimals: min(leadingZeros + 3, 12))
    }

    // MARK: Relationships

    private func edge(_ index: Int) -> DOTGraph.Edge {
        let ends = dataset.relationshipEnds[index]
        let style = typeStyles[ends.type]
        var attributes = style.attributes()
        attributes[.id] = .identifier(Diagram.edgeID(relationship: index))
        attributes[.class] = .identifier("relationship type-\(style.type.id)")
        attributes[.penwidth] = .number(width(of: index) * style.widthFactor)
        attributes[.tooltip] = .tooltip(tooltip(relationship: index))
        if options.highlightedRelationships.contains(index) {
            attributes[.color] = .color(DiagramOptions.highlightColor)
            attributes[.penwidth] = .number(Self.highlightedWidth)
            attributes[.class] = .identifier("relationship type-\(style.type.id) highlighted")
        }
        return DOTGraph.Edge(
            from: nodeID(snapshot.position(ofActorAt: ends.from)!), to: nodeID(snapshot.position(ofActorAt: ends.to)!),
            attributes)
    }

    /// The pen width of a relationship: by its amount when it has one, compared with the
    /// largest amount in the same currency on the drawing; by its weight otherwise, compared
    /// with the largest weight. Both scale with the square root, so that a tie ten times as
    /// large is about three times as wide.
    private func width(of index: Int) -> Double {
        let relationship = dataset.relationships[index]
        if let amount = relationship.amount, amount > 0, let largest = largestAmounts[relationship.currency], largest > 0 {
            return Self.amountWidth(amount, largest: largest)
        }
        guard weights.upperBound > weights.lowerBound else { return 1.2 }
        return 0.8 + 2.2 * (relationship.weight / weights.upperBound).squareRoot()
    }

    /// The pen width of a highlighted tie: wider than any amount or weight draws.
    static let highlightedWidth = 5.0

    /// The pen width of a tie of `amount`, where the largest in its currency is `largest`.
    static func amountWidth(_ amount: Double, largest: Double) -> Double {
        1 + 3.5 * (amount / largest).squareRoot()
    }

    private func tooltip(relationship index: Int) -> String {
        let relationship = dataset.relationships[index]
        let ends = dataset.relationshipEnds[index]
        let type = dataset.type(ofRelationshipAt: index)
        let arrow = type.directed ? " → " : " — "
        var lines = [dataset.actors[ends.from].name + arrow + dataset.actors[ends.to].name]
        lines.append(type.label + (relationship.period == .always ? "" : ", \(relationship.period)"))
        var amounts: [String] = []
        if relationship.weight != 1 { amounts.append("weight \(Self.formatted(relationship.weight))") }
        if let amount = relationship.amount {
            amounts.append(([Self.formatted(amount)] + [relationship.currency].compactMap { $0 }).joined(separator: " "))
        }
        if !amounts.isEmpty { lines.append(amounts.joined(separator: " · ")) }
        if let label = relationship.label { lines.append(label) }
        if let confidence = relationship.confidence { lines.append("confidence: \(confidence.rawValue)") }
        // The citations, as the map's sources give them: a private source is named only when
        // the map was not withheld (``Dataset/withholdingPrivateSources()``).
        for id in relationship.sources { lines.append("source: " + (dataset.source(id)?.citation ?? id)) }
        return lines.joined(separator: "\n")
    }
}
