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
            if !row.isEmpty { placeUntied(row, in: &graph, left: bounds.lower.x, top: bounds.lower.y, width: width) }
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

    private func placeUntied(_ row: [Int], in graph: inout DOTGraph, left: Double, top: Double, width: Double) {
        let caption = "Untied in \(snapshot.time): active, with no tie drawn"
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
            let label = labelled[number] ? Self.wrapped(dataset.actors[snapshot.actorIndices[position]].name) : ""
            let lines = Double(label.split(separator: "\n").count)
            let shape = dataset.kind(ofActorAt: snapshot.actorIndices[position]).shape ?? "ellipse"
            let stretch = Self.stretch(of: shape)
            var nodeWidth = label.isEmpty ? 18 : (Self.textWidth(label, size: 11) + 16) * stretch
            var nodeHeight = label.isEmpty ? 18 : (lines * 14 + 8) * stretch
            if ["circle", "doublecircle", "Mcircle"].contains(shape) { nodeWidth = max(nodeWidth, nodeHeight); nodeHeight = nodeWidth }
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
        let kinds = Set(positions.map { dataset.actorKindIndices[snapshot.actorIndices[$0]] }).sorted()
        guard !kinds.isEmpty else { return }
        let heading = "Shape by kind"
        let sampleWidth = 34.0, rowHeight = 30.0
        // Rows are filled left to right, then stacked upwards from the drawing: the first
        // row is the top one.
        var rows: [[(kind: Int, x: Double)]] = [[]]
        var x = left + Self.textWidth(heading, size: 10) + 16
        for kind in kinds {
            let itemWidth = sampleWidth + 6 + Self.textWidth(dataset.vocabulary.kinds[kind].label, size: 10) + 18
            if !rows[rows.count - 1].isEmpty, x + itemWidth > left + width {
                rows.append([])
                x = left + Self.textWidth(heading, size: 10) + 16
            }
            rows[rows.count - 1].append((kind, x))
            x += itemWidth
        }
        let top = bottom + 10 + Double(rows.count) * rowHeight
        graph.nodes.append(DOTGraph.Node("legend-shapes", [
            .shape: .identifier("plaintext"), .style: .identifier("solid"), .label: .html(.bold(.text(heading))),
            .fontsize: .number(10), .class: .identifier("legend"),
            .pos: PinnedLayout.position(DiagramPoint(x: left + Self.textWidth(heading, size: 10) / 2 + 4, y: top - rowHeight / 2)),
        ]))
        for (line, items) in rows.enumerated() {
            let y = top - rowHeight / 2 - Double(line) * rowHeight
            for (kind, x) in items {
                let label = dataset.vocabulary.kinds[kind].label
                graph.nodes.append(DOTGraph.Node("legend-kind-\(kind)", [
                    .shape: .identifier(dataset.vocabulary.kinds[kind].shape ?? "ellipse"), .label: .text(""),
                    .width: .number(sampleWidth / 72), .height: .number(22.0 / 72), .fixedsize: .boolean(true),
                    .fillcolor: .color("#EEEEEE"), .class: .identifier("legend kind-\(dataset.vocabulary.kinds[kind].id)"),
                    .tooltip: .tooltip(label), .pos: PinnedLayout.position(DiagramPoint(x: x + sampleWidth / 2, y: y)),
                ]))
                graph.nodes.append(DOTGraph.Node("legend-kind-\(kind)-name", [
                    .shape: .identifier("plaintext"), .style: .identifier("solid"), .label: .text(label), .fontsize: .number(10),
                    .class: .identifier("legend"),
                    .pos: PinnedLayout.position(DiagramPoint(x: x + sampleWidth + 6 + Self.textWidth(label, size: 10) / 2, y: y)),
                ]))
            }
        }
    }
}

extension Diagram {
    /// The title and legend `options` would draw for `snapshot`, the kinds' shape samples
    /// included, without the actors: one legend shared by several drawings, such as a sheet
    /// of years side by side. Lay it out with ``PinnedLayout/engine``.
    ///
    /// - Throws: ``DiagramError`` as ``init(_:options:)`` does.
    public static func legend(_ snapshot: Snapshot, options: DiagramOptions) throws(DiagramError) -> DOTGraph {
        var options = options
        options.legend = true
        options.isolates = .show
        options.pinned = PinnedLayout(positions: [:])
        var graph = try Diagram(snapshot, options: options).graph
        graph.nodes.removeAll { !$0.id.hasPrefix("legend") }
        graph.edges.removeAll()
        return graph
    }
}
