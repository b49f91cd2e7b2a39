import Foundation

/// One self-contained HTML page about a map over the years: its maps with a year slider,
/// sortable tables of measures, charts of who holds power, the power shift from the first
/// to the last year, a legend and what each measure means.
///
/// The page loads nothing from the network and works without script: the maps are one
/// drawing of every year's actors and ties at their places, a year's own shown by picking
/// the year (a row of year links, by style alone), and every year's table holds its measures
/// and ranks. With script the page is an explorer (pan and zoom, search, actor profiles,
/// steps out from an actor, filters, play, the shift between any two years, the view in the
/// link), under a Content-Security-Policy that allows only its own style and script. Every
/// text from the dataset goes through ``HTMLText`` and ``MarkupText``.
public struct HTMLReport: Sendable {
    /// The measures of every moment the report covers, from which come its tables and charts.
    public var series: MetricSeries
    /// The change in power from the first moment to the last.
    public var shift: PowerShift
    /// The measure of power the charts, tables and shift are about.
    public var measure: Measure
    /// One SVG diagram per moment of `series`, in the same order; empty for a report without maps.
    public var diagrams: [String]
    /// The maps' legend as one SVG drawing (see ``Diagram/legend(_:options:)``): the kinds'
    /// shapes, the groups' colours and the relationship types as the maps draw them.
    public var legendDrawing: String?
    /// What made the report, shown at its foot.
    public var generator: String
    /// How the years compared were chosen, said under the shift's heading.
    public var comparison: String?
    /// The address of a stream of server-sent events that keeps an open page up to date
    /// (`actormap serve`), or `nil` for a page on its own. When set, the page may connect
    /// to its own origin (`connect-src 'self'`) and listens: an event `reload` reloads the
    /// page keeping the view (year, actor, steps, filters, zoom); an event `problems`
    /// (plain text, one problem a line) shows them as text in `#live-problems` above the
    /// last good map, until the next `reload`.
    public var liveEvents: String?
    /// Sections that extensions in their own files add after the charts, in this order: each
    /// is given the report and returns its HTML (every text from the dataset escaped), or
    /// nothing when it has nothing to say. Add one with one line here.
    public var extraSections: [@Sendable (HTMLReport) -> String] = [
        { $0.stakeholderSection() },
        { $0.filterSection() },
    ]

    /// The measures the per-year tables show, beside the name and group.
    public static let tableMeasures: [Measure] = [
        .degree, .betweenness, .closeness, .eigenvector, .pagerank, .bonacich, .constraint, .community,
    ]

    /// A report on `series` and `shift`.
    ///
    /// - Parameters:
    ///   - series: The measures of every moment the report covers.
    ///   - shift: The change in power it tells of, usually from the first moment to the last.
    ///   - measure: The measure of power the charts, tables and shift are about.
    ///   - diagrams: One SVG map per moment of `series`, or none (see
    ///     `HTMLReport.drawMaps(over:options:budget:progress:)` in ActorMapGraphviz).
    ///   - legendDrawing: The maps' legend as one SVG drawing.
    ///   - generator: What made the report, shown at its foot.
    /// - Precondition: `diagrams` is empty or has one map per moment.
    public init(
        series: MetricSeries, shift: PowerShift, measure: Measure, diagrams: [String] = [], legendDrawing: String? = nil,
        generator: String = "ActorMap"
    ) {
        self.legendDrawing = legendDrawing
        precondition(diagrams.isEmpty || diagrams.count == series.moments.count, "one diagram per moment")
        self.series = series
        self.shift = shift
        self.measure = measure
        self.diagrams = diagrams
        self.generator = generator
    }

    /// The page.
    ///
    /// - Returns: A whole HTML document, every text from the dataset escaped.
    /// - Complexity: O(*m* · *a*) for *m* moments and *a* actors, besides the maps' length.
    public func html() -> String {
        let dataset = series.dataset
        var sizes = SizeRules()
        var body = "<body>\n<header>\n<h1>\(MarkupText.html(dataset.title))</h1>\n"
        if let description = dataset.description {
            body += "<p class=\"description\">\(MarkupText.html(description))</p>\n"
        }
        let years = series.moments.map(\.description)
        body += "<p class=\"span\">\(dataset.actors.count) actors, \(dataset.relationships.count) relationships; "
            + "measured \(MarkupText.html(years.first ?? "")) to \(MarkupText.html(years.last ?? "")) on \(MarkupText.html(projectionDescription)).</p>\n"
        body += "</header>\n<main>\n"
        if !diagrams.isEmpty { body += mapSection(sizes: &sizes) }
        body += compareSection()
        body += shiftSection()
        body += chartSection()
        for section in extraSections { body += section(self) }
        body += tableSection()
        body += legendSection(sizes: &sizes)
        body += sourcesSection()
        body += "</main>\n<footer>Made with \(MarkupText.html(generator)). Everything in this page is in this file; it needs no network.</footer>\n"
        body += "<script type=\"application/json\" id=\"explorer-data\">\(explorerData.scriptText())</script>\n"
        body += "<script>\(Self.script)</script>\n</body>\n</html>\n"
        let style = Self.style + Self.explorerStyle + groupStyle + sizes.css
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy(style: style))">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(MarkupText.html(dataset.title))</title>
            <style>\(style)</style>
            </head>

            """ + body
    }

    private var projectionDescription: String {
        let options = series.options.projection
        let types: String = switch options.types {
        case .positive: "ties of positive sign"
        case .negative: "ties of negative sign"
        case .all: "every tie"
        case .only(let ids): "ties of type " + ids.sorted().joined(separator: ", ")
        }
        return "\(types), \(options.direction.rawValue), \(options.weighted ? "weighted" : "unweighted")"
    }

    // MARK: Sections

    private func shiftSection() -> String {
        let dataset = series.dataset
        let from = MarkupText.html(shift.before.snapshot.time.description), to = MarkupText.html(shift.after.snapshot.time.description)
        var html = "<section id=\"shift\">\n<h2>How power shifted, \(from) to \(to)</h2>\n"
        if let comparison { html += "<p class=\"comparison\">\(MarkupText.html(comparison))</p>\n" }
        html += "<ul class=\"summary\">\n"
        for sentence in shift.summary() { html += "<li>\(MarkupText.html(sentence))</li>\n" }
        html += "</ul>\n"

        let movers = shift.actors.filter { $0.rankChange != nil || $0.rankBefore == nil || $0.rankAfter == nil }
            .sorted { ($0.rankAfter ?? .max, $0.rankBefore ?? .max) < ($1.rankAfter ?? .max, $1.rankBefore ?? .max) }
        html += "<table class=\"sortable\"><caption>\(MarkupText.html(measure.title)) by actor</caption>\n"
        html += "<thead><tr><th>Actor</th><th>Group</th><th class=\"number\">\(from)</th><th class=\"number\">\(to)</th><th class=\"number\">Rank \(from)</th><th class=\"number\">Rank \(to)</th><th class=\"number\">Places</th></tr></thead>\n<tbody>\n"
        for row in movers {
            let group = dataset.group(ofActorAt: row.actor)
            let places: String
            if let change = row.rankChange {
                // An actor whose own value did not change has not moved, whatever its rank did.
                places = !row.hasMoved ? "same" : change > 0 ? "▲ \(change)" : change < 0 ? "▼ \(-change)" : "="
            } else {
                places = row.rankBefore == nil ? "entered" : "left"
            }
            html += "<tr><td>\(MarkupText.html(dataset.actors[row.actor].name))</td><td>\(swatch(group))\(MarkupText.html(group.label))</td>"
                + numberCell(row.before) + numberCell(row.after)
                + rankCell(row.rankBefore, tied: row.isTiedBefore) + rankCell(row.rankAfter, tied: row.isTiedAfter)
                + "<td class=\"number\" data-value=\"\(row.rankChange ?? 0)\">\(places)</td></tr>\n"
        }
        html += "</tbody></table>\n"

        if !shift.transitions.isEmpty {
            html += "<h3>Ties that changed type</h3>\n<ul class=\"transitions\">\n"
            let types = dataset.vocabulary.relationshipTypes
            for transition in shift.transitions {
                let before = transition.before.map { MarkupText.html(types[$0].label) }.joined(separator: " + ")
                let after = transition.after.map { MarkupText.html(types[$0].label) }.joined(separator: " + ")
                html += "<li>\(MarkupText.html(dataset.actors[transition.actors.0].name)) and \(MarkupText.html(dataset.actors[transition.actors.1].name)): \(before) → \(after)</li>\n"
            }
            html += "</ul>\n"
        }
        let ties = shift.ties
        html += "<p>\(counted(ties.added.count, "tie")) formed, \(ties.removed.count) dissolved, \(ties.persisted.count) persisted"
            + (ties.jaccard.map { String(format: " (Jaccard %.2f)", $0) } ?? "") + ". "
            + "Rank correlation over the actors present in both years: Kendall τ-b \(format(shift.kendallTau)), Spearman ρ \(format(shift.spearmanRho)).</p>\n"
        return html + "</section>\n"
    }

    /// The maps as one drawing of every year's parts (see `YearlyMap`), each part marked
    /// with the years it shows in (`data-y`), actors with `data-actor` and ties with
    /// `data-tie`. A radio button per year picks the year by style alone, so the page shows
    /// any year without script; the explorer's controls above the map (shown only with
    /// script) tick the buttons, and move `g#viewport` to pan and zoom.
    private func mapSection(sizes: inout SizeRules) -> String {
        let moments = series.moments
        let shown = max(0, moments.count - 1)
        var html = "<section id=\"maps\">\n<h2>The map, year by year</h2>\n"
        html += "<div id=\"live-problems\" role=\"alert\" hidden=\"hidden\"></div>\n"
        html += explorerControls()
        html += "<p class=\"year-choices\">Year:"
        for (index, moment) in moments.enumerated() {
            html += " <label for=\"map-year-\(index)\">\(MarkupText.html(moment.description))</label>"
        }
        html += "</p>\n"
        for index in moments.indices {
            sizes.css += "#map-year-\(index):checked~.map-area [data-y]:not([data-y~=\"\(index)\"])"
            sizes.css += index == moments.count - 1 ? "{display:none}" : ","
        }
        for (index, moment) in moments.enumerated() {
            html += "<input type=\"radio\" class=\"year-choice\" name=\"map-year\" id=\"map-year-\(index)\" data-year=\"\(MarkupText.html(moment.description))\" aria-label=\"\(MarkupText.html(moment.description))\"\(index == shown ? " checked=\"checked\"" : "")/>"
        }
        html += "\n<div class=\"map-area\">\n<figure class=\"year\"><figcaption>"
        for (index, moment) in moments.enumerated() {
            html += "<span data-y=\"\(index)\">\(MarkupText.html(moment.description))</span>"
        }
        html += "</figcaption>"
        let map = YearlyMap(diagrams)
        // Each part says the years it shows in unless it shows in all: with several frames,
        // a part of one says its years, which are the frame's.
        let shared = map.frames.count == 1
        func years(_ years: [Int], all: Bool) -> String {
            all ? "" : " data-y=\"\(years.map(String.init).joined(separator: " "))\""
        }
        // Every frame sits in one canvas, at its top left, so that one transform of
        // `#viewport` pans and zooms whichever year is shown.
        var frames = ""
        var width = 0.0, height = 0.0
        for frame in map.frames {
            let nested = Self.nestedFrame(frame.head, tail: frame.tail)
            width = max(width, nested.width)
            height = max(height, nested.height)
            frames += YearlyMap.marked(nested.head, with: years(frame.years, all: shared)) + "\n"
            for part in frame.parts {
                let attributes = years(part.years, all: shared && part.years.count == moments.count) + drawnAttributes(of: part.markup)
                frames += YearlyMap.marked(CompactSVG.compacted(YearlyMap.withoutIDs(part.markup)), with: attributes) + "\n"
            }
            frames += nested.tail
        }
        if width <= 0 || height <= 0 { (width, height) = (800, 600) }
        let viewBox = "0 0 \(Self.number(width)) \(Self.number(height))"
        // With script the canvas is a window onto the map, as tall as the screen allows but
        // never blowing a small map up past a quarter more than its own size.
        sizes.css += CompactSVG.inheritedStyle
        sizes.css += ".js #map-canvas{height:min(72vh,\(Int((height * 4 / 3 * 1.25).rounded()))px)}"
        html += "<svg id=\"map-canvas\" class=\"\(sizes.add(width: width))\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"\(viewBox)\" role=\"group\" aria-label=\"Map of \(MarkupText.html(series.dataset.title))\">"
        html += "<g id=\"viewport\">\n" + frames + "</g></svg>"
        html += "</figure>\n" + profilePanel() + "</div>\n"
        html += "<p class=\"map-hint explorer-only\">Drag to move the map, use the wheel, a pinch or the buttons to zoom. Click an actor, or Tab to it and press Enter, for its profile; Esc closes it.</p>\n"
        return html + "</section>\n"
    }

    /// `data-actor="<id>"` for the drawing of an actor, `data-tie="<from> <to> <type>"`
    /// for that of a tie, read from the element's `id`; nothing for other parts.
    private func drawnAttributes(of markup: String) -> String {
        guard let id = YearlyMap.elementID(markup) else { return "" }
        if id.hasPrefix("actor-") {
            return " data-actor=\"\(MarkupText.html(String(id.dropFirst(6))))\""
        }
        if id.hasPrefix("relationship-"), let index = Int(id.dropFirst(13)), series.dataset.relationships.indices.contains(index) {
            let tie = series.dataset.relationships[index]
            return " data-tie=\"\(MarkupText.html("\(tie.from) \(tie.to) \(tie.type)"))\" data-rel=\"\(index)\""
        }
        return ""
    }

    private func chartSection() -> String {
        let vocabulary = series.dataset.vocabulary
        let years = series.moments.map(\.description)
        let shares = series.groupShares(of: measure)
        let groups = Set(shares.compactMap { $0 }.flatMap(\.keys)).sorted()
        var html = "<section id=\"charts\">\n<h2>Who holds power</h2>\n"
        if !groups.isEmpty {
            let chart = LineChart(
                title: "Each side's share of \(measure.title)", xLabels: years,
                lines: groups.map { group in
                    LineChart.Line(label: vocabulary.groups[group].label, color: Self.color(ofGroup: group, in: vocabulary),
                                   values: shares.map { $0.map { $0[group] ?? 0 } })
                },
                yRange: 0...1, formatsAsPercent: true)
            html += chart.svg() + "\n"
        }
        let concentration = LineChart(
            title: "Concentration of power", xLabels: years,
            lines: Self.concentrationLines.map { line in
                LineChart.Line(label: line.label, color: line.color, values: series.tables.map { $0.graph[line.figure] }, dashed: line.dashed)
            },
            yRange: 0...1)
        html += concentration.svg() + "\n"
        return html + "</section>\n"
    }

    /// The measures by year. Without script, one table of every actor on the map in any
    /// year, a column a year holding its value in the chosen measure and, under it, its
    /// rank (competition ranks, "tied" when shared; empty when it is not on the map): one
    /// row per actor rather than a whole table per year keeps a large map's page small. With
    /// script, a table of every measure in the year shown, which the script fills from the
    /// embedded figures (see ``ExplorerData``).
    private func tableSection() -> String {
        let dataset = series.dataset
        var html = "<section id=\"tables\">\n<h2>Measures by year</h2>\n"
        html += "<div class=\"explorer-only\" id=\"year-measures\"><h3>Every measure in <span data-field=\"table-year\"></span></h3>\n"
        html += "<p class=\"hint\">The rank is by the measure chosen above the map, 1 the highest. Click a column to sort it.</p>\n"
        html += "<div class=\"wide\"><table class=\"sortable year-measures\"><thead><tr><th>Actor</th><th>Group</th><th class=\"number\" id=\"year-measures-rank\" title=\"Rank by \(MarkupText.html(measure.title)), 1 the highest\">Rank</th>"
        for measure in Self.tableMeasures {
            html += "<th class=\"number\" data-measure=\"\(measure.name)\" title=\"\(MarkupText.html(measure.explanation))\">\(MarkupText.html(measure.name))</th>"
        }
        html += "</tr></thead>\n<tbody></tbody></table></div>\n<div data-field=\"table-notes\"></div></div>\n"

        let moments = series.moments
        var cells: [Int: [String]] = [:]
        var latest: [Int: (position: Int, rank: Int)] = [:]
        var notes = ""
        for (position, table) in series.tables.enumerated() {
            let nodes = 0..<table.projection.nodeCount
            let ranks = Ranking.competition(nodes.map { table.value(measure, node: $0) })
            var sharing: [Int: Int] = [:]
            for rank in ranks.compactMap({ $0 }) { sharing[rank, default: 0] += 1 }
            for node in nodes {
                let actor = table.projection.actorIndices[node]
                let rank = ranks[node].map { "\($0)\(sharing[$0, default: 0] > 1 ? " tied" : "")" } ?? "–"
                cells[actor, default: Array(repeating: "", count: moments.count)][position] = "\(format(table.value(measure, node: node))) <i>\(rank)</i>"
                latest[actor] = (position, ranks[node] ?? .max)
            }
            if let problem = table.undefined[measure] {
                notes += "<p class=\"undefined\">\(MarkupText.html(moments[position].description)): \(MarkupText.html(measure.name)) is undefined: \(MarkupText.html(problem.reason))</p>\n"
            }
        }
        html += "<div class=\"measure-by-year\"><p class=\"hint\">Each actor's \(MarkupText.html(measure.title)) in each year and, under it, its rank by it, 1 the highest. Click a column to sort it.</p>\n"
        html += "<div class=\"wide\"><table class=\"sortable by-year\"><thead><tr><th>Actor</th><th>Group</th>"
        for moment in moments { html += "<th class=\"number\">\(MarkupText.html(moment.description))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        // The actors on the map in the last year first, by their rank then; then those who
        // left, the latest to leave first.
        let order = cells.keys.sorted {
            let a = latest[$0]!, b = latest[$1]!
            return (-a.position, a.rank, $0) < (-b.position, b.rank, $1)
        }
        for actor in order {
            let group = dataset.group(ofActorAt: actor)
            html += "<tr><td>\(MarkupText.html(dataset.actors[actor].name))</td><td>\(swatch(group))\(MarkupText.html(group.label))</td>"
            for cell in cells[actor]! { html += "<td>\(cell)</td>" }
            html += "</tr>\n"
        }
        html += "</tbody>\n<tfoot><tr><th>Actors on the map</th><td></td>"
        for table in series.tables { html += "<td>\(table.projection.nodeCount)</td>" }
        html += "</tr><tr><th>Ties</th><td></td>"
        for table in series.tables { html += "<td>\(table.projection.tieCount)</td>" }
        html += "</tr></tfoot></table></div>\n" + notes
        return html + "</div>\n</section>\n"
    }

    private func legendSection(sizes: inout SizeRules) -> String {
        let dataset = series.dataset
        let vocabulary = dataset.vocabulary
        var html = "<section id=\"legend\">\n<h2>Legend</h2>\n"
        if let legendDrawing {
            // The maps' own legend, drawn as they draw: no second list in other colours.
            html += "<figure class=\"map-legend\">\(Self.inlineSVG(legendDrawing, sizes: &sizes))<figcaption>How the maps draw each side, kind and relationship</figcaption></figure>\n"
        } else {
            html += "<div class=\"columns\"><div><h3>Sides</h3><ul class=\"keys\">\n"
            for group in Set(dataset.actorGroupIndices).sorted() {
                html += "<li>\(swatch(vocabulary.groups[group]))\(MarkupText.html(vocabulary.groups[group].label))</li>\n"
            }
            html += "</ul></div><div><h3>Relationships</h3><ul class=\"keys\">\n"
            let styles = zip(vocabulary.relationshipTypes, RelationshipStyle.colors(of: vocabulary)).map(RelationshipStyle.init)
            for type in Set(dataset.relationshipEnds.map(\.type)).sorted() {
                let style = styles[type]
                html += "<li>\(lineKey(style))"
                    + "\(MarkupText.html(style.type.label))\(style.type.directed ? " (directed)" : "")\(style.type.sign < 0 ? ", conflict" : "")</li>\n"
            }
            html += "</ul></div></div>\n"
        }
        html += "<h3>What the measures mean</h3>\n<dl class=\"measures\">\n"
        for measure in Set(Self.tableMeasures + [measure]).sorted(by: { $0.name < $1.name }) {
            html += "<dt>\(MarkupText.html(measure.name))</dt><dd>\(MarkupText.html(measure.explanation))</dd>\n"
        }
        // The figures of the map the page prints besides the measures: the concentration
        // chart's and the shift's.
        for figure in Self.figuresShown {
            html += "<dt>\(MarkupText.html(figure.name))</dt><dd>\(MarkupText.html(figure.explanation))</dd>\n"
        }
        return html + "</dl>\n</section>\n"
    }

    /// The map's figures the page prints: the concentration chart's lines and the shift's
    /// tie change and rank correlations.
    static let figuresShown: [MapFigure] = [.pagerankGini, .degreeCentralization, .betweennessCentralization, .jaccard, .kendallTau, .spearmanRho]

    // MARK: Pieces

    /// A group's colour as a small square, coloured by the group's class (see ``groupStyle``):
    /// short, since every row of every year's table has one.
    func swatch(_ group: Group) -> String {
        "<i class=\"swatch g\(series.dataset.vocabulary.groupIndex(of: group.id) ?? 0)\"></i>"
    }

    /// The colour of each group's swatches, by the group's class `g<index>`.
    private var groupStyle: String {
        Palette.groupColors(series.dataset.vocabulary).enumerated().map { ".g\($0){background:\(HTMLText.safeColor($1))}" }.joined()
    }

    static func color(ofGroup index: Int, in vocabulary: Vocabulary) -> String {
        Palette.groupColors(vocabulary)[index]
    }

    /// A rank, "2 tied" when another actor shares it; sorted by the rank alone.
    private func rankCell(_ rank: Int?, tied: Bool) -> String {
        guard let rank else { return "<td class=\"number\" data-value=\"\">–</td>" }
        return "<td class=\"number\" data-value=\"\(rank)\">\(rank)\(tied ? " tied" : "")</td>"
    }

    private func numberCell(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "<td class=\"number\" data-value=\"\">–</td>" }
        return "<td class=\"number\" data-value=\"\(value)\">\(format(value))</td>"
    }

    private func format(_ value: Double?) -> String {
        guard let value = value.map(TableFigure.shown), value.isFinite else { return "–" }
        if value == value.rounded(), abs(value) < 1e9 { return String(Int(value)) }
        return String(format: "%.3g", value)
    }

    /// An SVG document made fit to sit inside HTML: the XML declaration and doctype go,
    /// the rest stays as Graphviz wrote it, sized by a class of `sizes`.
    static func inlineSVG(_ document: String, sizes: inout SizeRules) -> String {
        guard let start = document.range(of: "<svg") else { return "" }
        let svg = String(document[start.lowerBound...])
        guard let match = svg.firstMatch(of: /^<svg width="([0-9.]+)pt"/), let points = Double(match.1) else { return svg }
        return "<svg class=\"\(sizes.add(width: points))\"" + svg.dropFirst(4)
    }

    /// A frame made a group of the map's canvas, whose units are Graphviz's points: the
    /// frame's `svg` element (`width="…pt"`, `viewBox="0.00 0.00 …"`, the same extent in
    /// points) becomes a `g` at the canvas's top left, so that the page holds one drawing. A
    /// drawing that could not be cut into parts (no tail) nests whole, sized in points. The
    /// group says its size (`data-size="width height"`), so that the script fits the year
    /// shown without measuring the drawing.
    static func nestedFrame(_ head: String, tail: String) -> (head: String, tail: String, width: Double, height: Double) {
        guard let start = head.range(of: "<svg") else { return (head, tail, 0, 0) }
        let svg = head[start.lowerBound...]
        guard let tagEnd = svg.firstIndex(of: ">") else { return (String(svg), tail, 0, 0) }
        let tag = svg[..<tagEnd]
        let width = tag.firstMatch(of: /\swidth="([0-9.]+)pt"/).flatMap { Double($0.output.1) } ?? 0
        let height = tag.firstMatch(of: /\sheight="([0-9.]+)pt"/).flatMap { Double($0.output.1) } ?? 0
        let origin = tag.firstMatch(of: /\sviewBox="0(\.0+)? 0(\.0+)? ([0-9.]+) ([0-9.]+)"/)
        if !tail.isEmpty, let origin, Double(origin.output.3) == width, Double(origin.output.4) == height, width > 0,
           let close = tail.range(of: "</svg>", options: .backwards) {
            let size = "\(Self.number(width)) \(Self.number(height))"
            return ("<g class=\"frame\" data-size=\"\(size)\">" + svg[svg.index(after: tagEnd)...], tail.replacingCharacters(in: close, with: "</g>"), width, height)
        }
        let sized = String(tag).replacing(/(\s(?:width|height)="[0-9.]+)pt"/) { "\($0.output.1)\"" }
        return (sized + svg[tagEnd...], tail, width, height)
    }

    /// The sizes of the page's drawings, as classes of its stylesheet: the page's strict
    /// Content-Security-Policy allows no `style` attribute.
    struct SizeRules {
        var css = ""
        private var classes: [Int: String] = [:]

        /// The class of a drawing `points` wide: it fills the column but never shrinks
        /// below three quarters of its size, so that its 11-point names stay at least 11
        /// pixels tall; a wider drawing scrolls inside its frame.
        mutating func add(width points: Double) -> String {
            let pixels = Int((points * 4 / 3).rounded())
            if let name = classes[pixels] { return name }
            let name = "size-\(classes.count)"
            classes[pixels] = name
            css += ".\(name){width:clamp(\(Int((Double(pixels) * 0.75).rounded()))px,100%,\(pixels)px);max-width:none;height:auto}"
            return name
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    static let style = """
        :root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--paper:#fff;--band:#f6f8fa}
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Thai",sans-serif;color:var(--ink);background:var(--paper);margin:0}
        header,main,footer{max-width:1100px;margin:0 auto;padding:0 20px}
        header{padding-top:24px}h1{font-size:1.7em;margin:.2em 0}h2{font-size:1.3em;margin-top:1.8em;border-bottom:1px solid var(--line)}
        .description{font-size:1.05em;max-width:70ch}.span,.hint,footer{color:var(--muted)}footer{padding:24px 20px 40px;font-size:.9em}
        .summary li{margin:.2em 0}table{border-collapse:collapse;margin:.8em 0;font-size:.92em}caption{text-align:left;font-weight:600;padding:.3em 0}
        th,td{padding:.25em .6em;border-bottom:1px solid var(--line);text-align:left}th{background:var(--band);cursor:pointer;user-select:none}
        th.number,td.number{text-align:right;font-variant-numeric:tabular-nums}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
        .year-measures td+td+td,.by-year td+td+td{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .wide{overflow:auto;max-height:80vh;margin:.8em 0}.wide table{margin:0}.wide thead th{position:sticky;top:0;z-index:1}
        .by-year td i{display:block;font-style:normal;font-size:.85em;color:var(--muted)}.by-year tbody td:empty::after{content:"–";color:var(--muted)}.by-year td:nth-child(2),.year-measures td:nth-child(2){white-space:nowrap}
        .by-year tfoot th,.by-year tfoot td{background:var(--band);font-weight:normal;font-size:.9em}
        .swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.4em;vertical-align:-1px;border:1px solid rgba(0,0,0,.25)}
        figure.year{margin:1em 0;border:1px solid var(--line);border-radius:6px;padding:8px;overflow:auto}
        figure.year figcaption{font-weight:600}.slider{display:none;align-items:center;gap:1em;margin:1em 0}.slider input{flex:1}
        .js .slider{display:flex}.js .year-choices{display:none}.year-choices label{margin-left:.4em;text-decoration:underline;cursor:pointer}
        .year-choice{position:absolute;opacity:0;pointer-events:none}
        svg.chart{width:100%;max-width:760px;height:auto;display:block;margin:1em 0}.chart .grid{stroke:var(--line)}.chart .tick,.chart .legend{font-size:11px;fill:var(--muted)}
        .chart .legend{fill:var(--ink)}.chart .chart-title{font-size:13px;font-weight:600;fill:var(--ink)}
        .columns{display:flex;gap:3em;flex-wrap:wrap}.keys{list-style:none;padding:0}.line-key{width:28px;height:10px;margin-right:.5em}
        dl.measures dt{font-weight:600;margin-top:.5em}dl.measures dd{margin-left:1.5em}.undefined{color:var(--muted);font-size:.9em}
        details.year-table summary{cursor:pointer;font-weight:600;margin:.4em 0}
        """

}
