import Foundation

extension PowerInterestGrid {
    /// Where everything of the drawing goes, worked out before any of it is written, so
    /// that tests can check the places (no two names overlap) without reading SVG.
    struct Layout {
        /// The plot: the four quadrants.
        var plot: GridBox
        /// Each mark's centre, in the order of ``PowerInterestGrid/marks``; marks that share
        /// a place are spread around it.
        var centres: [(x: Double, y: Double)]
        /// Each mark's earlier centre, when it moved far enough to draw an arrow.
        var starts: [(x: Double, y: Double)?]
        /// Each mark's name, cut into at most two lines.
        var lines: [[String]]
        /// Where each name went.
        var places: [LabelPlacement.Place]
        /// The quadrant titles' boxes, which names avoid.
        var quadrantTitles: [GridBox]
        /// Whether some marks share a place and were spread.
        var spread: Bool
        /// How many moves were long enough to draw as an arrow; more than
        /// `starts` holds when only the `moveCap` largest are drawn.
        var moves: Int

        /// Whether the grid names only some of its marks (more than `nameCap` of them).
        var budgeted: Bool { places.contains(.unnamed) }
        /// How many marks carry their name on the plot.
        var named: Int { places.filter { $0.box != nil }.count }
        /// How many arrows are drawn.
        var arrows: Int { starts.compactMap { $0 }.count }
    }

    /// On a grid of more actors than this, names are written for at most this many, chosen
    /// by `namingOrder(lengths:)`; the rest are marks with tooltips. A grid of this many or
    /// fewer names every actor that has room, and numbers the rest in a key.
    static let nameCap = 30
    /// With more moves than this to draw, only the largest this many are drawn, lighter.
    static let moveCap = 20

    static let markRadius = 9.0
    static let labelSize = 12.0
    static let lineHeight = 14.0
    static let plotSize = 600.0
    static let plotLeft = 96.0
    static let plotTop = 88.0

    /// The width of `text` in the drawing's sans-serif type of `size`, generously: most
    /// letters are a little over half as wide as they are tall, ideographs as wide.
    static func textWidth(_ text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 1.0 : 0.62) } * size
    }

    /// A name in at most two lines of about `width` letters, cut with an ellipsis when
    /// longer; the whole name stays in the mark's tooltip.
    static func wrapped(_ name: String, width: Int = 24) -> [String] {
        let lines = WordWrap.lines(words: name, width: width)
        guard lines.count > 2 else { return lines.isEmpty ? [""] : lines }
        let second = lines[1]
        return [lines[0], String(second.prefix(width - 1)) + "…"]
    }

    func layout() -> Layout {
        let size = Self.plotSize, left = Self.plotLeft, top = Self.plotTop
        let plot = GridBox(x: left, y: top, width: size, height: size)
        let px = Self.position(along: xRange, from: left, upwards: false)
        let py = Self.position(along: yRange, from: top + size, upwards: true)

        // Marks with the same values sit on a small ring around their point, in map order.
        var centres = marks.map { (x: px($0.x), y: py($0.y)) }
        var together: [String: [Int]] = [:]
        for (index, centre) in centres.enumerated() {
            together[String(format: "%.1f %.1f", centre.x, centre.y), default: []].append(index)
        }
        var spread = false
        for indices in together.values where indices.count > 1 {
            spread = true
            let k = Double(indices.count)
            let ring = (2 * Self.markRadius + 1.5) / (2 * sin(.pi / k))
            let centre = centres[indices[0]]
            for (i, index) in indices.enumerated() {
                let angle = -Double.pi / 2 + 2 * .pi * Double(i) / k + (indices.count == 2 ? .pi / 2 : 0)
                centres[index] = (centre.x + ring * cos(angle), centre.y + ring * sin(angle))
            }
        }
        // A move shorter than the mark itself would be an arrowhead on the mark: not drawn.
        var starts: [(x: Double, y: Double)?] = marks.indices.map { index in
            guard marks[index].moved, let previous = marks[index].previous else { return nil }
            let start = (x: px(previous.x), y: py(previous.y)), end = centres[index]
            let length = ((end.x - start.x) * (end.x - start.x) + (end.y - start.y) * (end.y - start.y)).squareRoot()
            return length > Self.markRadius + 4 ? start : nil
        }
        // How far each drawn move runs on the plot, where both axes span the same length.
        var lengths: [Int: Double] = [:]
        for (index, start) in starts.enumerated() {
            guard let start else { continue }
            let end = centres[index]
            lengths[index] = ((end.x - start.x) * (end.x - start.x) + (end.y - start.y) * (end.y - start.y)).squareRoot()
        }
        let moves = lengths.count
        // Many arrows cross into a tangle: only the largest moves are drawn.
        if moves > Self.moveCap {
            let largest = Set(Self.largestFirst(lengths).prefix(Self.moveCap))
            for index in starts.indices where !largest.contains(index) { starts[index] = nil }
            lengths = lengths.filter { largest.contains($0.key) }
        }

        let quadrantTitles = quadrantTexts(plot: plot).map(\.box)
        let lines = marks.map { Self.wrapped($0.name) }
        let sizes = lines.map { lines in
            (width: (lines.map { Self.textWidth($0, size: Self.labelSize) }.max() ?? 0) + 4,
             height: Double(lines.count) * Self.lineHeight + 2)
        }
        // On a small grid the most powerful, then the most interested, are named first and so
        // nearest; on a big one, names go in `namingOrder`, up to `nameCap`.
        let budgeted = marks.count > Self.nameCap
        let order = budgeted ? namingOrder(lengths: lengths) : marks.indices.sorted {
            (marks[$0].y, marks[$0].x, marks[$1].id) > (marks[$1].y, marks[$1].x, marks[$0].id)
        }
        let arrows: [LabelPlacement.Segment] = starts.indices.compactMap { index in starts[index].map { ($0, centres[index]) } }
        let placed = LabelPlacement.place(
            centres: order.map { centres[$0] }, radius: Self.markRadius, sizes: order.map { sizes[$0] },
            bounds: GridBox(x: plot.x + 2, y: plot.y + 2, width: plot.width - 4, height: plot.height - 4),
            obstacles: quadrantTitles, lines: arrows, limit: budgeted ? Self.nameCap : nil,
            guarded: budgeted ? Set(0..<min(order.count, Self.nameCap)) : nil)
        var places = [LabelPlacement.Place](repeating: .key, count: marks.count)
        for (slot, index) in order.enumerated() { places[index] = placed[slot] }
        return Layout(plot: plot, centres: centres, starts: starts, lines: lines, places: places,
                      quadrantTitles: quadrantTitles, spread: spread, moves: moves)
    }

    /// Indices of `lengths`, the longest first, ties in the map's order.
    private static func largestFirst(_ lengths: [Int: Double]) -> [Int] {
        lengths.keys.sorted { (Self.rounded(lengths[$0]!), -$0) > (Self.rounded(lengths[$1]!), -$1) }
    }

    /// A score rounded to nine decimals, so that sums equal on paper compare equal.
    private static func rounded(_ value: Double) -> Double { (value * 1e9).rounded() / 1e9 }

    /// The order in which a grid of more than `nameCap` actors offers its marks a name: each
    /// quadrant's actors farthest into its outer corner first (for *manage closely*, the
    /// highest power plus interest, each as a share of its axis; for *keep satisfied*, the
    /// highest power less interest; for *keep informed*, the highest interest less power),
    /// taken in turns of five: two of *manage closely*, one of *keep satisfied*, one of
    /// *keep informed*, then the actor of the largest move drawn (`lengths`); a turn whose
    /// list is used up passes. *Monitor* follows once the others are all offered, the lowest
    /// power plus interest first. Ties go in the map's order.
    func namingOrder(lengths: [Int: Double]) -> [Int] {
        let xSpan = xRange.upperBound - xRange.lowerBound, ySpan = yRange.upperBound - yRange.lowerBound
        func across(_ index: Int) -> Double { (marks[index].x - xRange.lowerBound) / xSpan }
        func up(_ index: Int) -> Double { (marks[index].y - yRange.lowerBound) / ySpan }
        func farthest(_ name: String, _ score: (Int) -> Double) -> [Int] {
            marks.indices.filter { quadrant(x: marks[$0].x, y: marks[$0].y) == name }
                .map { (index: $0, score: Self.rounded(score($0))) }
                .sorted { ($0.score, -$0.index) > ($1.score, -$1.index) }
                .map(\.index)
        }
        let manage = farthest("manage closely") { across($0) + up($0) }
        let satisfy = farthest("keep satisfied") { up($0) - across($0) }
        let inform = farthest("keep informed") { across($0) - up($0) }
        let monitor = farthest("monitor") { -(across($0) + up($0)) }
        let movers = Self.largestFirst(lengths)
        let lists = [manage, satisfy, inform, movers]
        var next = [0, 0, 0, 0]
        let turns = [0, 0, 1, 2, 3]
        var order: [Int] = [], offered = Set<Int>()
        while lists.indices.contains(where: { next[$0] < lists[$0].count }) {
            for list in turns {
                // The next in this list not offered already (a mover may be a quadrant's extreme).
                while next[list] < lists[list].count, offered.contains(lists[list][next[list]]) { next[list] += 1 }
                guard next[list] < lists[list].count else { continue }
                let index = lists[list][next[list]]
                next[list] += 1
                order.append(index)
                offered.insert(index)
            }
        }
        for index in monitor where !offered.contains(index) { order.append(index) }
        return order
    }

    /// Room between the plot's edge and the ends of its axes, so that a mark at the end of
    /// a scale is drawn whole, inside its quadrant.
    static let plotPadding = 24.0

    /// Where a value falls along an axis that starts at `start` (the plot's left or bottom
    /// edge) and runs across the plot, leaving ``plotPadding`` at both ends.
    static func position(along range: ClosedRange<Double>, from start: Double, upwards: Bool) -> (Double) -> Double {
        let usable = plotSize - 2 * plotPadding
        return { value in
            let offset = plotPadding + (value - range.lowerBound) / (range.upperBound - range.lowerBound) * usable
            return upwards ? start - offset : start + offset
        }
    }

    /// The four quadrant titles: text, anchor point, alignment and the box they cover.
    private func quadrantTexts(plot: GridBox) -> [(title: String, detail: String, x: Double, y: Double, end: Bool, box: GridBox)] {
        let inset = 12.0
        let spec: [(String, String, Bool, Bool)] = [
            ("Keep satisfied", "high power, low interest", false, true),
            ("Manage closely", "high power, high interest", true, true),
            ("Monitor", "low power, low interest", false, false),
            ("Keep informed", "low power, high interest", true, false),
        ]
        return spec.map { title, detail, right, high in
            let width = max(Self.textWidth(title, size: 15) * 1.05, Self.textWidth(detail, size: 11)) + 4
            let x = right ? plot.maxX - inset : plot.x + inset
            let baseline = high ? plot.y + inset + 14 : plot.maxY - inset - 14
            let box = GridBox(x: right ? x - width : x, y: baseline - 15, width: width, height: 32)
            return (title, detail, x, baseline, right, box)
        }
    }

    /// The grid as a standalone SVG document: title, the four named quadrants, axes with
    /// their ticks and what they measure, a mark per actor (group colour, stance glyph,
    /// tooltip with its values and quadrant), arrows for moves, names that do not collide,
    /// a key of groups and stances, and notes on what is left out. On a grid of more than
    /// 30 actors, at most 30 are named and at most the 20 largest moves drawn, and the notes
    /// say how many.
    ///
    /// Every name from the map is escaped (``MarkupText/html(_:)``); each mark is a group
    /// `<g class="mark" data-actor="…">`.
    ///
    /// - Returns: The SVG text, ending in a line break.
    /// - Complexity: O(*n*² ) for *n* actors, for placing names.
    public func svg() -> String { svg(tooltips: true) }

    /// The grid as ``svg()`` draws it, to be turned into a picture that cannot be hovered
    /// (PNG, PDF): without tooltips, and with notes that send the reader for the names of
    /// unnamed marks to the grid drawn as SVG, where each mark's tooltip gives them.
    ///
    /// - Returns: The SVG text, ending in a line break.
    /// - Complexity: As ``svg()``.
    public func svgForPicture() -> String { svg(tooltips: false, picture: true) }

    /// The grid as ``svg()`` draws it, with each mark's tooltip only when `tooltips`: a
    /// drawing shown as an image (as the report shows each year's) shows no tooltip, and
    /// without them it is about a quarter lighter.
    ///
    /// When `picture`, the drawing is to become a PNG or PDF: the notes send the reader to
    /// the SVG for the names of unnamed marks, rather than to the report's lists.
    func svg(tooltips: Bool, picture: Bool = false) -> String {
        let layout = layout()
        let plot = layout.plot
        let radius = Self.markRadius
        func n(_ value: Double) -> String { String(format: "%.1f", value) }
        func text(_ value: String) -> String { MarkupText.html(value) }
        let width = 1000.0
        let keyLeft = plot.maxX + 40

        var body = ""
        // Quadrants, their dividing lines and titles.
        let halfW = plot.width / 2, halfH = plot.height / 2
        let fills = [("#FFF3D6", 0.0, 0.0), ("#FBE0DA", halfW, 0.0), ("#EFEFEF", 0.0, halfH), ("#DDEBF7", halfW, halfH)]
        for (fill, dx, dy) in fills {
            body += "<rect x=\"\(n(plot.x + dx))\" y=\"\(n(plot.y + dy))\" width=\"\(n(halfW))\" height=\"\(n(halfH))\" fill=\"\(fill)\"/>"
        }
        body += "<line x1=\"\(n(plot.x + halfW))\" y1=\"\(n(plot.y))\" x2=\"\(n(plot.x + halfW))\" y2=\"\(n(plot.maxY))\" class=\"divide\"/>"
        body += "<line x1=\"\(n(plot.x))\" y1=\"\(n(plot.y + halfH))\" x2=\"\(n(plot.maxX))\" y2=\"\(n(plot.y + halfH))\" class=\"divide\"/>"
        // On a crowded grid the titles go over the marks, on a white halo, to stay legible.
        var titles = ""
        let halo = layout.budgeted ? " halo" : ""
        for quadrant in quadrantTexts(plot: plot) {
            let anchor = quadrant.end ? " text-anchor=\"end\"" : ""
            titles += "<text x=\"\(n(quadrant.x))\" y=\"\(n(quadrant.y))\"\(anchor) class=\"quadrant\(halo)\">\(quadrant.title)</text>"
            titles += "<text x=\"\(n(quadrant.x))\" y=\"\(n(quadrant.y + 15))\"\(anchor) class=\"quadrant-detail\(halo)\">\(quadrant.detail)</text>"
        }
        if !layout.budgeted { body += titles }
        body += "<rect x=\"\(n(plot.x))\" y=\"\(n(plot.y))\" width=\"\(n(plot.width))\" height=\"\(n(plot.height))\" fill=\"none\" stroke=\"#888\"/>"

        // Ticks and axis titles.
        for (value, position) in Self.ticks(xRange, from: plot.x, upwards: false) {
            body += "<line x1=\"\(n(position))\" y1=\"\(n(plot.maxY))\" x2=\"\(n(position))\" y2=\"\(n(plot.maxY + 5))\" stroke=\"#888\"/>"
            body += "<text x=\"\(n(position))\" y=\"\(n(plot.maxY + 20))\" text-anchor=\"middle\" class=\"tick\">\(Self.tickText(value))</text>"
        }
        for (value, position) in Self.ticks(yRange, from: plot.maxY, upwards: true) {
            body += "<line x1=\"\(n(plot.x - 5))\" y1=\"\(n(position))\" x2=\"\(n(plot.x))\" y2=\"\(n(position))\" stroke=\"#888\"/>"
            body += "<text x=\"\(n(plot.x - 9))\" y=\"\(n(position + 4))\" text-anchor=\"end\" class=\"tick\">\(Self.tickText(value))</text>"
        }
        body += "<text x=\"\(n(plot.x + halfW))\" y=\"\(n(plot.maxY + 46))\" text-anchor=\"middle\" class=\"axis\">\(text(axisTitle(x, role: "Interest")))</text>"
        body += "<text transform=\"translate(\(n(plot.x - 62)) \(n(plot.y + halfH))) rotate(-90)\" text-anchor=\"middle\" class=\"axis\">\(text(axisTitle(y, role: "Power")))</text>"

        // Moves, under the marks; lighter when only the largest are drawn.
        let moveClass = layout.moves > layout.arrows ? "move light" : "move"
        let arrowMarker = layout.moves > layout.arrows ? "grid-arrow-light" : "grid-arrow"
        for (index, start) in layout.starts.enumerated() {
            guard let start else { continue }
            let end = layout.centres[index]
            let dx = end.x - start.x, dy = end.y - start.y, length = (dx * dx + dy * dy).squareRoot()
            let tip = (x: end.x - dx / length * (radius + 2), y: end.y - dy / length * (radius + 2))
            body += "<circle cx=\"\(n(start.x))\" cy=\"\(n(start.y))\" r=\"3\" class=\"was\"/>"
            body += "<line x1=\"\(n(start.x))\" y1=\"\(n(start.y))\" x2=\"\(n(tip.x))\" y2=\"\(n(tip.y))\" class=\"\(moveClass)\" marker-end=\"url(#\(arrowMarker))\"/>"
        }

        // Marks, then leader lines (which pass no other mark), then names on top.
        var keyed: [(number: Int, name: String)] = []
        var labels = "", leaders = ""
        for (index, mark) in marks.enumerated() {
            let centre = layout.centres[index]
            switch layout.places[index] {
            case .leader(let box):
                let (from, to) = LabelPlacement.leader(from: centre, radius: radius, to: box)
                leaders += "<line x1=\"\(n(from.x))\" y1=\"\(n(from.y))\" x2=\"\(n(to.x))\" y2=\"\(n(to.y))\" class=\"leader\"/>"
                labels += label(layout.lines[index], in: box, mark: centre)
            case .beside(let box):
                labels += label(layout.lines[index], in: box, mark: centre)
            case .unnamed:
                break
            case .key:
                keyed.append((keyed.count + 1, mark.name))
                labels += "<text x=\"\(n(centre.x + radius))\" y=\"\(n(centre.y - radius))\" class=\"keyed\">\(keyed.count)</text>"
            }
        }
        for (index, mark) in marks.enumerated() {
            body += self.mark(mark, at: layout.centres[index], tooltip: tooltips)
        }
        // Among many unnamed marks, a ring picks out each named one, to tie it to its name.
        if layout.budgeted {
            for (index, centre) in layout.centres.enumerated() where layout.places[index].box != nil {
                body += "<circle cx=\"\(n(centre.x))\" cy=\"\(n(centre.y))\" r=\"\(n(radius + 2.5))\" class=\"named\"/>"
            }
        }
        body += leaders + labels
        if layout.budgeted { body += titles }

        // The key, to the right of the plot.
        var keyY = plot.y + 6
        var key = "<text x=\"\(n(keyLeft))\" y=\"\(n(keyY))\" class=\"key-title\">Groups</text>"
        keyY += 22
        let present = Set(marks.map(\.group)).sorted()
        for group in present {
            let color = HTMLText.safeColor(groups[group].color)
            key += "<circle cx=\"\(n(keyLeft + 8))\" cy=\"\(n(keyY - 4))\" r=\"7\" fill=\"\(color)\" stroke=\"#333\"/>"
            for (line, piece) in Self.wrapped(groups[group].label, width: 26).enumerated() {
                key += "<text x=\"\(n(keyLeft + 22))\" y=\"\(n(keyY + Double(line) * 15))\" class=\"key\">\(text(piece))</text>"
            }
            keyY += Double(Self.wrapped(groups[group].label, width: 26).count) * 15 + 8
        }
        keyY += 12
        key += "<text x=\"\(n(keyLeft))\" y=\"\(n(keyY))\" class=\"key-title\">Stance towards the goal</text>"
        keyY += 22
        for (stance, wording) in [("supports", "supports"), ("opposes", "opposes"), ("neutral", "neutral"), (nil, "not recorded")] as [(String?, String)] {
            key += "<circle cx=\"\(n(keyLeft + 8))\" cy=\"\(n(keyY - 4))\" r=\"\(n(radius))\" fill=\"#FFFFFF\" stroke=\"#333\"/>"
            key += Self.glyph(stance, x: keyLeft + 8, y: keyY - 4, color: "#333333")
            key += "<text x=\"\(n(keyLeft + 24))\" y=\"\(n(keyY))\" class=\"key\">\(wording)</text>"
            keyY += 24
        }
        if let from, layout.starts.contains(where: { $0 != nil }) {
            keyY += 8
            key += "<text x=\"\(n(keyLeft))\" y=\"\(n(keyY))\" class=\"key-title\">Moves</text>"
            keyY += 20
            key += "<circle cx=\"\(n(keyLeft + 3))\" cy=\"\(n(keyY - 4))\" r=\"3\" class=\"was\"/>"
            key += "<line x1=\"\(n(keyLeft + 3))\" y1=\"\(n(keyY - 4))\" x2=\"\(n(keyLeft + 30))\" y2=\"\(n(keyY - 4))\" class=\"\(moveClass)\" marker-end=\"url(#\(arrowMarker))\"/>"
            key += "<text x=\"\(n(keyLeft + 40))\" y=\"\(n(keyY))\" class=\"key\">from \(text(from.description)) to \(text(time.description))</text>"
            keyY += 24
        }
        if !keyed.isEmpty {
            keyY += 8
            key += "<text x=\"\(n(keyLeft))\" y=\"\(n(keyY))\" class=\"key-title\">Numbered marks</text>"
            keyY += 20
            for entry in keyed {
                for (line, piece) in Self.wrapped("\(entry.number). \(entry.name)", width: 30).enumerated() {
                    key += "<text x=\"\(n(keyLeft))\" y=\"\(n(keyY + Double(line) * 15))\" class=\"key\">\(text(piece))</text>"
                }
                keyY += 34
            }
        }

        // Notes under the plot: how the quadrants are cut, and who is not shown.
        var notes = ["Quadrants cut each axis at its midpoint (\(x.name) \(Self.tickText(xSplit)), \(y.name) \(Self.tickText(ySplit))), after Mendelow's power–interest grid."]
        if layout.spread { notes.append("Actors with the same values sit side by side around their shared point.") }
        if layout.budgeted {
            let named = layout.named, others = marks.count - named
            let rule = "farthest into their quadrants' outer corners, manage closely first, and of the largest moves drawn"
            let lookup = tooltips ? "hover a mark for its name"
                : picture ? "the grid drawn as SVG gives each name in its mark's tooltip" : "the lists by quadrant below name every actor"
            notes.append("Names shown for the \(named) actor\(named == 1 ? "" : "s") \(rule) (at most \(Self.nameCap), as room allows); "
                + "the other \(others) \(others == 1 ? "is a mark" : "are marks") only: \(lookup).")
        }
        if !unplaced.isEmpty {
            notes.append("Not drawn, with no value on an axis at \(time): \(Salience.names(unplaced)).")
        }
        if let from {
            let moved = marks.filter(\.moved).count
            if moved == 0 {
                notes.append("No actor drawn moved on these axes between \(from) and \(time).")
            } else if layout.moves > layout.arrows {
                let still = marks.count - new.count - moved
                var note = "\(moved) actor\(moved == 1 ? "" : "s") moved between \(from) and \(time); arrows show only the \(layout.arrows) largest of these moves"
                note += tooltips ? " (hover a mark for where it was)" : ""
                note += still > 0 ? "; \(still) did not move." : "."
                notes.append(note)
            } else if moved < marks.count - new.count {
                let still = marks.count - new.count - moved
                notes.append("\(moved) actor\(moved == 1 ? "" : "s") moved between \(from) and \(time) (arrows); \(still) did not.")
            }
            if !new.isEmpty { notes.append("Not placed at \(from), so drawn without an arrow: \(Salience.names(new)).") }
        }
        var notesY = plot.maxY + 78
        var noteText = ""
        for note in notes {
            for line in WordWrap.lines(words: note, width: 130) {
                noteText += "<text x=\"\(n(plot.x))\" y=\"\(n(notesY))\" class=\"note\">\(text(line))</text>"
                notesY += 17
            }
        }
        let height = max(notesY, keyY) + 16

        var subtitle = "Power–interest grid of \(marks.count) actor\(marks.count == 1 ? "" : "s") at \(time)"
        if let from { subtitle += ", with each actor's move since \(from)" }
        // A long title gets smaller type, down to 14, then is cut; its tooltip keeps it whole.
        let room = width - plot.x - 16
        let titleSize = max(14, min(21, room / max(1, Self.textWidth(title, size: 1))))
        var shownTitle = title
        while Self.textWidth(shownTitle, size: titleSize) > room, shownTitle.count > 1 {
            shownTitle = String(shownTitle.dropLast(2)) + "…"
        }
        let heading = "<text x=\"\(n(plot.x))\" y=\"36\" class=\"title\" style=\"font-size: \(n(titleSize))px\">\(text(shownTitle))</text>"
            + "<text x=\"\(n(plot.x))\" y=\"62\" class=\"subtitle\">\(text(subtitle))</text>"
        let style = """
            <style>
            text { font-family: "Helvetica Neue", Helvetica, Arial, "DejaVu Sans", sans-serif; fill: #222; }
            .title { font-size: 21px; font-weight: bold; }
            .subtitle { font-size: 14px; fill: #555; }
            .quadrant { font-size: 15px; font-weight: bold; fill: #5A5A5A; letter-spacing: 0.3px; }
            .quadrant-detail { font-size: 11px; fill: #6E6E6E; }
            .divide { stroke: #9A9A9A; stroke-width: 1.2; stroke-dasharray: 6 4; }
            .tick { font-size: 11px; fill: #555; }
            .axis { font-size: 14px; font-weight: bold; fill: #333; }
            .label { font-size: \(n(Self.labelSize))px; paint-order: stroke; stroke: #FFFFFF; stroke-width: 3px; stroke-linejoin: round; }
            .keyed { font-size: 10px; font-weight: bold; }
            .leader { stroke: #777; stroke-width: 0.8; }
            .move { stroke: #444; stroke-width: 1.5; fill: none; }
            .move.light { stroke: #8C8C8C; stroke-width: 1.1; }
            .named { fill: none; stroke: #222222; stroke-width: 1.6; }
            .halo { paint-order: stroke; stroke: #FFFFFF; stroke-width: 4px; stroke-linejoin: round; stroke-opacity: 0.85; }
            .was { fill: #FFFFFF; stroke: #444; stroke-width: 1.2; }
            .key-title { font-size: 13px; font-weight: bold; }
            .key { font-size: 12px; }
            .note { font-size: 12px; fill: #444; }
            .mark circle { stroke: #333333; stroke-width: 1; }
            .glyph { stroke-width: 2; stroke-linecap: round; }
            </style>
            """
        let defs = "<defs><marker id=\"grid-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444\"/></marker>"
            + (arrowMarker == "grid-arrow" ? "" : "<marker id=\"grid-arrow-light\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#8C8C8C\"/></marker>")
            + "</defs>"
        // The XML declaration also lets Graphviz's image loader recognise the file as SVG.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(text(title + ": " + subtitle))\">"
            + "<title>\(text(title + ": " + subtitle))</title>"
            + style + defs
            + "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>"
            + heading + body + key + noteText + "</svg>\n"
    }

    /// A name in its box, one `<tspan>` a line, set against the side that faces its mark:
    /// widths are estimated generously, so text set from the far side would stand off.
    private func label(_ lines: [String], in box: GridBox, mark centre: (x: Double, y: Double)) -> String {
        func n(_ value: Double) -> String { String(format: "%.1f", value) }
        let (x, anchor) = box.maxX <= centre.x ? (box.maxX - 2, "end")
            : box.x >= centre.x ? (box.x + 2, "start")
            : ((box.x + box.maxX) / 2, "middle")
        var text = "<text class=\"label\" x=\"\(n(x))\" y=\"\(n(box.y + Self.lineHeight - 2))\" text-anchor=\"\(anchor)\">"
        for (index, line) in lines.enumerated() {
            text += "<tspan x=\"\(n(x))\" dy=\"\(index == 0 ? "0" : n(Self.lineHeight))\">\(MarkupText.html(line))</tspan>"
        }
        return text + "</text>"
    }

    /// One actor's mark: its group's colour, its stance glyph and, when `tooltip`, a
    /// tooltip of its values.
    private func mark(_ mark: Mark, at centre: (x: Double, y: Double), tooltip shown: Bool) -> String {
        func n(_ value: Double) -> String { String(format: "%.1f", value) }
        let fill = HTMLText.safeColor(groups[mark.group].color)
        var tooltip = "\(mark.name) (\(groups[mark.group].label))\n\(x.name) \(Self.tickText(mark.x)), \(y.name) \(Self.tickText(mark.y))"
            + "\nstance: \(mark.stance ?? "not recorded")\nquadrant: \(quadrant(x: mark.x, y: mark.y))"
        if let from {
            if let previous = mark.previous {
                tooltip += mark.moved
                    ? "\nin \(from): \(x.name) \(Self.tickText(previous.x)), \(y.name) \(Self.tickText(previous.y)) (\(quadrant(x: previous.x, y: previous.y)))"
                    : "\nthe same in \(from)"
            } else {
                tooltip += "\nnot placed in \(from)"
            }
        }
        return "<g class=\"mark\" data-actor=\"\(MarkupText.html(mark.id))\">" + (shown ? "<title>\(MarkupText.html(tooltip))</title>" : "")
            + "<circle cx=\"\(n(centre.x))\" cy=\"\(n(centre.y))\" r=\"\(n(Self.markRadius))\" fill=\"\(fill)\"/>"
            + Self.glyph(mark.stance, x: centre.x, y: centre.y, color: Palette.textColor(on: fill))
            + "</g>"
    }

    /// The stance glyph at (`x`, `y`): + supports, − opposes, = neutral, none otherwise.
    static func glyph(_ stance: String?, x: Double, y: Double, color: String) -> String {
        func n(_ value: Double) -> String { String(format: "%.1f", value) }
        func bar(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
            "<line class=\"glyph\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(color)\"/>"
        }
        switch stance {
        case "supports": return bar(x - 4.5, y, x + 4.5, y) + bar(x, y - 4.5, x, y + 4.5)
        case "opposes": return bar(x - 4.5, y, x + 4.5, y)
        case "neutral": return bar(x - 4, y - 2.2, x + 4, y - 2.2) + bar(x - 4, y + 2.2, x + 4, y + 2.2)
        default: return ""
        }
    }

    /// The axis's title: the role it plays in the grid, then what it is.
    private func axisTitle(_ scale: ActorScale, role: String) -> String {
        switch scale {
        case .attribute(let id) where id.lowercased() == role.lowercased():
            return "\(role), as rated (attribute ‘\(id)’)"
        case .attribute(let id):
            return "\(role): \(id), as rated (attribute ‘\(id)’)"
        case .measure(let measure):
            let ties = "\(projection.types.name) ties, \(projection.direction.rawValue)\(projection.weighted ? ", weighted" : "")"
            return "\(role): \(measure.title), from the map's ties (\(ties))"
        }
    }

    /// Round values along an axis and where they fall.
    private static func ticks(_ range: ClosedRange<Double>, from start: Double, upwards: Bool) -> [(Double, Double)] {
        let span = range.upperBound - range.lowerBound
        let step = tickStep(span)
        var values: [Double] = []
        var value = range.lowerBound
        while value <= range.upperBound + step * 1e-9, values.count < 30 {
            values.append(value)
            value += step
        }
        let place = position(along: range, from: start, upwards: upwards)
        return values.map { ($0, place($0)) }
    }

    /// A tick or value as few digits as show it: `5`, `2.5`, `0.125`.
    static func tickText(_ value: Double) -> String {
        if abs(value) < 1e-12 { return "0" }
        if value == value.rounded(), abs(value) < 1e9 { return String(Int(value)) }
        var text = String(format: "%.4g", value)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
