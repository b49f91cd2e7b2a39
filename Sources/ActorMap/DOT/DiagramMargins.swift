/// What a pinned diagram draws around its actors, in places worked out here because
/// Graphviz keeps every pinned place as it is: above the drawing, a sample of each kind's
/// shape beside the kind's name; below it, the actors without a tie drawn, in rows under a
/// caption that says so.
extension DiagramBuilder {
    /// Adds the shape samples and the row of untied actors to `graph`, whose actors
    /// `pinned` places; untied actors it does not place go to the row.
    func placeAround(_ graph: inout DOTGraph, pinned: PinnedLayout) {
        let actorIDs = positions.map { dataset.actors[snapshot.actorIndices[$0]].id }
        let bounds = pinned.bounds() ?? (DiagramPoint(x: 0, y: 0), DiagramPoint(x: 600, y: 0))
        let width = max(bounds.upper.x - bounds.lower.x, 900)
        if options.isolates == .margin {
            let row = untied.filter { pinned.positions[actorIDs[nodeNumbers[$0]]] == nil }
            if !row.isEmpty { placeUntied(row, in: &graph, sizes: pinned.sizes, left: bounds.lower.x, top: bounds.lower.y, width: width) }
        }
        if options.legend { placeShapeSamples(in: &graph, left: bounds.lower.x, bottom: bounds.upper.y, width: width) }
    }

    /// The width in points of `text` at `size` points in Helvetica, roughly: an average
    /// letter is a little over half as wide as it is tall.
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.split(separator: "\n").map(\.count).max() ?? 0) * size * 0.48
    }

    /// How much larger than its name's box Graphviz draws a shape around it, roughly.
    static func stretch(of shape: String) -> Double {
        switch shape {
        case "diamond", "Mdiamond", "triangle", "invtriangle": 2
        case "ellipse", "oval", "circle", "doublecircle", "Mcircle", "egg", "hexagon", "octagon", "doubleoctagon",
             "tripleoctagon", "pentagon", "septagon", "house", "invhouse", "trapezium", "invtrapezium", "parallelogram": 1.45
        default: 1.1
        }
    }

    private func placeUntied(
        _ row: [Int], in graph: inout DOTGraph, sizes: [String: DiagramSize], left: Double, top: Double, width: Double
    ) {
        let when = snapshot.time == .allTime ? "" : " in \(snapshot.time)"
        let caption = "Untied\(when): active, with no tie drawn"
        graph.nodes.append(DOTGraph.Node("untied-caption", [
            .shape: .identifier("plaintext"), .style: .identifier("solid"), .label: .text(caption),
            .fontsize: .number(10), .fontcolor: .color("#444444"), .class: .identifier("untied-caption"),
            .pos: PinnedLayout.position(DiagramPoint(x: left + Self.textWidth(caption, size: 10) / 2, y: top)),
        ]))
        // Rows are filled left to right; each row's actors share its centre line.
        var rows: [[(number: Int, x: Double, width: Double, height: Double)]] = [[]]
        var x = left
        for position in row {
            let number = nodeNumbers[position]
            let actor = dataset.actors[snapshot.actorIndices[position]]
            var nodeWidth: Double, nodeHeight: Double
            if let measured = sizes[actor.id] {
                // The size Graphviz gave the actor, name and shape and all.
                (nodeWidth, nodeHeight) = (measured.width, measured.height)
            } else {
                let label = labelled[number] ? Self.wrapped(actor.name) : ""
                let lines = Double(label.split(separator: "\n").count)
                let shape = dataset.kind(ofActorAt: snapshot.actorIndices[position]).shape ?? "ellipse"
                let stretch = Self.stretch(of: shape)
                nodeWidth = label.isEmpty ? 18 : (Self.textWidth(label, size: 11) + 16) * stretch
                nodeHeight = label.isEmpty ? 18 : (lines * 14 + 8) * stretch
                if ["circle", "doublecircle", "Mcircle"].contains(shape) { nodeWidth = max(nodeWidth, nodeHeight); nodeHeight = nodeWidth }
            }
            if case .number(let inches) = graph.nodes[number].attributes[.width] { nodeWidth = max(nodeWidth, inches * 72) }
            if case .number(let inches) = graph.nodes[number].attributes[.height] { nodeHeight = max(nodeHeight, inches * 72) }
            if !rows[rows.count - 1].isEmpty, x + nodeWidth > left + width {
                rows.append([])
                x = left
            }
            rows[rows.count - 1].append((number, x, nodeWidth, nodeHeight))
            x += nodeWidth + 16
        }
        var y = top - 16
        for items in rows {
            let height = items.map(\.height).max() ?? 0
            for item in items {
                graph.nodes[item.number].attributes[.pos] = PinnedLayout.position(DiagramPoint(x: item.x + item.width / 2, y: y - height / 2))
            }
            y -= height + 16
        }
    }

    private func placeShapeSamples(in graph: inout DOTGraph, left: Double, bottom: Double, width: Double) {
        var bottom = bottom
        if let size = options.size, largestSize > 0 {
            // Squares of a quarter and a sixteenth of the largest figure's area, at the
            // drawing's own scale.
            let samples = [1.0 / 4, 1.0 / 16].enumerated().map { number, share -> LegendSample in
                let side = Self.side(for: largestSize * share, largest: largestSize, shape: "box")
                return LegendSample(id: "legend-size-\(number)", attributes: [.shape: .identifier("box"), .class: .identifier("legend size")],
                                    width: side * 72, height: side * 72, label: "\(size.name) \(Self.formatted(largestSize * share))")
            }
            // Under the squares, what the scale does not show: the largest figure, and the
            // floor that keeps small figures' actors as large as their names.
            let note = sizeNote()
            graph.nodes.append(DOTGraph.Node("legend-size-note", [
                .shape: .identifier("plaintext"), .style: .identifier("solid"), .label: .text(note), .fontsize: .number(10),
                .class: .identifier("legend"),
                .pos: PinnedLayout.position(DiagramPoint(x: left + Self.textWidth("Area ∝ \(size.name)", size: 10) + 20 + Self.textWidth(note, size: 10) / 2, y: bottom + 16)),
            ]))
            bottom = Self.placeSamples(samples, heading: "Area ∝ \(size.name)", in: &graph, left: left, bottom: bottom + 22, width: width)
        }
        let kinds = Set(positions.map { dataset.actorKindIndices[snapshot.actorIndices[$0]] }).sorted()
        _ = Self.placeSamples(Self.kindSamples(kinds, in: dataset.vocabulary), heading: "Shape by kind", in: &graph, left: left, bottom: bottom, width: width)
    }

    /// A sample of each kind's shape, named.
    static func kindSamples(_ kinds: [Int], in vocabulary: Vocabulary) -> [LegendSample] {
        kinds.map { kind in
            LegendSample(
                id: "legend-kind-\(kind)",
                attributes: [.shape: .identifier(vocabulary.kinds[kind].shape ?? "ellipse"),
                             .class: .identifier("legend kind-\(vocabulary.kinds[kind].id)")],
                width: 34, height: 22, label: vocabulary.kinds[kind].label)
        }
    }

    /// Places `samples`, each followed by its name, in rows under a bold heading above
    /// `bottom`; returns the top of what it placed.
    @discardableResult
    static func placeSamples(
        _ samples: [LegendSample], heading: String, in graph: inout DOTGraph, left: Double, bottom: Double, width: Double
    ) -> Double {
        guard !samples.isEmpty else { return bottom }
        // Rows are filled left to right, then stacked upwards: the first row is the top one.
        let indent = left + textWidth(heading, size: 10) + 20
        var rows: [[(sample: LegendSample, x: Double)]] = [[]]
        var x = indent
        for sample in samples {
            let itemWidth = sample.width + 8 + textWidth(sample.label, size: 10) + 18
            if !rows[rows.count - 1].isEmpty, x + itemWidth > left + width {
                rows.append([])
                x = indent
            }
            rows[rows.count - 1].append((sample, x))
            x += itemWidth
        }
        let heights = rows.map { row in max(30, (row.map(\.sample.height).max() ?? 0) + 8) }
        let top = bottom + 10 + heights.reduce(0, +)
        graph.nodes.append(DOTGraph.Node(samples[0].id + "-heading", [
            .shape: .identifier("plaintext"), .style: .identifier("solid"), .label: .html(.bold(.text(heading))),
            .fontsize: .number(10), .class: .identifier("legend"),
            .pos: PinnedLayout.position(DiagramPoint(x: left + textWidth(heading, size: 10) / 2 + 4, y: top - heights[0] / 2)),
        ]))
        var rowTop = top
        for (items, height) in zip(rows, heights) {
            let y = rowTop - height / 2
            for (sample, x) in items {
                var attributes = sample.attributes
                attributes[.label] = .text("")
                attributes[.width] = .number(sample.width / 72)
                attributes[.height] = .number(sample.height / 72)
                attributes[.fixedsize] = .boolean(true)
                attributes[.fillcolor] = .color("#EEEEEE")
                attributes[.tooltip] = .tooltip(sample.label)
                attributes[.pos] = PinnedLayout.position(DiagramPoint(x: x + sample.width / 2, y: y))
                graph.nodes.append(DOTGraph.Node(sample.id, attributes))
                graph.nodes.append(DOTGraph.Node(sample.id + "-name", [
                    .shape: .identifier("plaintext"), .style: .identifier("solid"), .label: .text(sample.label), .fontsize: .number(10),
                    .class: .identifier("legend"),
                    .pos: PinnedLayout.position(DiagramPoint(x: x + sample.width + 8 + textWidth(sample.label, size: 10) / 2, y: y)),
                ]))
            }
            rowTop -= height
        }
        return top
    }
}

/// One sample in a drawn legend: a node of a given look and size, and its name beside it.
struct LegendSample {
    var id: String
    var attributes: DOTAttributes
    /// Width and height in points.
    var width: Double, height: Double
    var label: String
}

extension Diagram {
    /// The title and legend `options` would draw for `snapshot`, the kinds' shape samples
    /// included, without the actors: one legend shared by several drawings, such as a sheet
    /// of years side by side. Lay it out with ``PinnedLayout/engine``. It counts no actors or
    /// ties: those of the whole span are no one year's.
    ///
    /// - Parameters:
    ///   - snapshot: The moment or span whose kinds, groups and types the legend shows.
    ///   - options: How the drawings are styled; `title` heads the legend.
    /// - Returns: A pinned graph of the legend alone.
    /// - Throws: ``DiagramError`` as ``init(_:options:)`` does.
    public static func legend(_ snapshot: Snapshot, options: DiagramOptions) throws(DiagramError) -> DOTGraph {
        var options = options
        options.legend = true
        options.isolates = .show
        options.pinned = PinnedLayout(positions: [:])
        var graph = try Diagram(snapshot, options: options, counted: false).graph
        graph.nodes.removeAll { !$0.id.hasPrefix("legend") }
        graph.edges.removeAll()
        return graph
    }
}
