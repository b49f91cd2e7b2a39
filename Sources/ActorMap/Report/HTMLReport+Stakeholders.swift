import Foundation

extension HTMLReport {
    /// The rating the report compares with its measure of structural power: the height of
    /// Net-Map's influence towers.
    public static let perceivedRating = "influence"

    /// The section on stakeholders, for a map whose actors carry Net-Map ratings: the
    /// power–interest grid (``PowerInterestGrid``) of each year measured in which some actor
    /// has both interest and influence, on the same axes every year, with each actor's move
    /// since the earliest such year; and perceived against structural power over the years:
    /// per year Spearman's ρ and Kendall's τ-b between ``perceivedRating`` and the report's
    /// measure (``Salience``), as a chart and a table, with sentences on the most under- and
    /// over-rated actors of the latest year compared.
    ///
    /// Each year's grid is a `<details>` element: without script the latest is open and the
    /// others a click away; with script (`stakeholderScript`) the grid shown follows the
    /// year of the explorer's slider. Each part is there only when the map records what it
    /// needs, and the section only when a part is: a map without ratings gets no empty chart.
    ///
    /// - Returns: The section's HTML, every text from the dataset escaped; empty when the map
    ///   records neither interest and influence nor an influence to compare.
    /// - Complexity: One grid per year with ratings, and one ``Salience`` per year
    ///   measured: O(*t*·*n*²) for *t* years and *n* actors, for placing names.
    func stakeholderSection() -> String {
        let grids = stakeholderGrids()
        let perceived = perceivedPower()
        let compared = perceived.contains { $0?.spearmanRho != nil || $0?.kendallTau != nil }
        guard !grids.drawn.isEmpty || compared else { return "" }
        var html = "<section id=\"stakeholders\">\n<h2>Stakeholders: power, interest and perceived influence</h2>\n"
        if !grids.drawn.isEmpty { html += gridFigures(grids) }
        if compared { html += perceivedFigure(perceived) }
        return html + "</section>\n"
    }

    /// What `--where` and the evidence thresholds removed before measuring, as sentences in a
    /// section of its own; empty when no filter ran.
    ///
    /// - Returns: The section's HTML, or an empty string.
    /// - Complexity: O(*t* + *r*) for *t* years and *r* relationships.
    func filterSection() -> String {
        var sentences: [String] = []
        if let note = series.filterNote { sentences.append(note) }
        let projection = series.options.projection
        let evidence = projection.evidence
        if (evidence.minimumConfidence.map { $0 > .low } ?? false) || evidence.minimumSources > 0 {
            sentences.append(evidence.effect(on: series.dataset, types: projection.types).sentence)
        }
        guard !sentences.isEmpty else { return "" }
        var html = "<section id=\"filters\">\n<h2>Filters</h2>\n<p>The maps, tables and charts show only what these filters kept:</p>\n<ul class=\"summary\">\n"
        for sentence in sentences { html += "<li>\(MarkupText.html(sentence))</li>\n" }
        return html + "</ul>\n</section>\n"
    }

    // MARK: The grid

    /// About how many bytes the grids of the years may take on the page, judged by the
    /// latest year's (the first and the latest year's are always drawn): a grid of 500
    /// actors weighs about 200 kB, and the whole page of 500 actors over 30 years is to stay
    /// under 4 MB (3.4 MB without grids, as measured; 3.67 MB with the five this allows).
    static let gridBytes = 750_000

    /// The grids the section draws: those of the years measured with an actor placed on both
    /// axes (interest across, influence up), on axes that hold every year's values, each
    /// with moves from the earliest such year when some actor moved since; as many as
    /// `gridBytes` allows, evenly spread and always with the first and the latest.
    ///
    /// - Returns: The grids drawn, each with its HTML, in year order, and how many years have
    ///   ratings; no grid when the map records no interest or no influence.
    func stakeholderGrids() -> (drawn: [(grid: PowerInterestGrid, html: String)], rated: Int) {
        let dataset = series.dataset
        for rating in ["interest", "influence"] {
            guard (try? ActorScale.attribute(rating).check(in: dataset)) != nil else { return ([], 0) }
        }
        // Each year after the first rated is drawn with moves since that one, and without
        // when nobody moved, as the first is.
        var first: TimeSelection?
        var grids: [PowerInterestGrid] = []
        for moment in series.moments {
            guard var found = try? PowerInterestGrid(dataset, at: moment, from: first, options: series.options),
                  !found.marks.isEmpty else { continue }
            if first == nil {
                first = moment
            } else if !found.marks.contains(where: \.moved) {
                found.dropMoves()
            }
            grids.append(found)
        }
        guard !grids.isEmpty else { return ([], 0) }
        // The same axes every year, so that a mark that moves between two years' grids has
        // moved on the ratings, and a quadrant is the same square throughout.
        let x = grids.map(\.xRange).reduce(grids[0].xRange) { min($0.lowerBound, $1.lowerBound)...max($0.upperBound, $1.upperBound) }
        let y = grids.map(\.yRange).reduce(grids[0].yRange) { min($0.lowerBound, $1.lowerBound)...max($0.upperBound, $1.upperBound) }
        for index in grids.indices { grids[index].extendAxes(x: x, y: y) }
        // The latest year's size says how many years fit.
        let latest = gridFigure(grids[grids.count - 1])
        let fitting = max(2, Self.gridBytes / max(1, latest.utf8.count))
        let chosen = Self.spread(grids.count, keeping: fitting)
        let drawn = chosen.map { index in (grid: grids[index], html: index == grids.count - 1 ? latest : gridFigure(grids[index])) }
        return (drawn, grids.count)
    }

    /// `count` positions thinned to about `kept` (at least 2), evenly spread: the first, the
    /// last, and those nearest to equal steps between; every position when `kept` reaches
    /// `count`.
    static func spread(_ count: Int, keeping kept: Int) -> [Int] {
        guard count > kept else { return Array(0..<count) }
        let steps = max(1, kept - 1)
        return Array(Set((0...steps).map { ($0 * (count - 1) + steps / 2) / steps })).sorted()
    }

    /// Every year's grid in a `<details>` of its own, the latest open, followed by the
    /// explorer's year when script runs (`stakeholderScript`).
    private func gridFigures(_ grids: (drawn: [(grid: PowerInterestGrid, html: String)], rated: Int)) -> String {
        let years = grids.drawn.map { $0.grid.time.description }
        var html = "<h3>Power and interest, year by year</h3>\n"
        var intro = grids.drawn.count == 1
            ? "The power–interest grid of \(years[0]), the one year measured with actors rated on both interest and influence."
            : "The power–interest grid of each year measured with actors rated on both interest and influence, \(years[0]) to \(years[years.count - 1]), on the same axes every year"
                + (grids.drawn.contains { $0.grid.from != nil } ? ", with each actor's move since \(years[0])." : ".")
        if grids.drawn.count < grids.rated {
            intro += " To keep the page light, \(grids.drawn.count) of the \(grids.rated) years rated are drawn here, spread evenly; actormap grid draws any year."
        }
        if grids.drawn.count > 1 { intro += " The grid shown follows the year chosen above the map; without script, open any year below." }
        html += "<p>\(MarkupText.html(intro))</p>\n<div id=\"stakeholder-grids\">\n"
        if grids.drawn.count > 1 { html += "<p class=\"hint\" id=\"grid-shown\" aria-live=\"polite\" hidden=\"hidden\"></p>\n" }
        for (index, drawn) in grids.drawn.enumerated() {
            let time = MarkupText.html(drawn.grid.time.description)
            let latest = index == grids.drawn.count - 1
            html += "<details class=\"grid-year\" data-year=\"\(time)\"\(latest ? " open=\"open\"" : "")><summary>Power and interest, \(time)</summary>\n"
            html += drawn.html + "</details>\n"
        }
        html += "</div>\n"
        if grids.drawn.count > 1 { html += "<script>\(Self.stakeholderScript)</script>\n" }
        return html
    }

    /// Shows the grid of the year the explorer shows, or of the latest year drawn before it:
    /// it watches the year's label above the map (`#year-label`), which the explorer rewrites
    /// whenever the year changes, by slider, buttons, playing or the address. The page's
    /// Content-Security-Policy allows it by its hash. Without the explorer it does nothing.
    static let stakeholderScript = #"""
        (function(){var l=document.getElementById('year-label'),b=document.getElementById('stakeholder-grids'),n=document.getElementById('grid-shown');
        if(!l||!b||!n||!window.MutationObserver)return;var g=[].slice.call(b.querySelectorAll('details[data-year]'));
        function show(){var y=Number(l.textContent),c=null;g.forEach(function(d){if(Number(d.getAttribute('data-year'))<=y)c=d;});
        var none=!c;if(none)c=g[0];g.forEach(function(d){d.hidden=d!==c;if(d===c)d.open=true;});var s=c.getAttribute('data-year');
        n.hidden=false;n.textContent=s===String(y)?'Showing '+s+', the year chosen above the map.':none?'No grid on or before '+y+'; showing '+s+', the first year drawn.':'No grid of '+y+'; showing '+s+', the latest year drawn before it.';}
        show();new MutationObserver(show).observe(l,{childList:true,characterData:true,subtree:true});})();
        """#

    /// The grid as a figure: the drawing as an image (its own style stays inside it, apart
    /// from the page's), and the quadrants' members as text, for readers who cannot see it.
    private func gridFigure(_ grid: PowerInterestGrid) -> String {
        // As an image the drawing shows no tooltip, so it is drawn without them: lighter.
        let drawing = grid.svg(tooltips: false)
        let width = drawing.firstMatch(of: /<svg[^>]* width="([0-9.]+)"/).flatMap { Double($0.output.1) } ?? 1000
        let height = drawing.firstMatch(of: /<svg[^>]* height="([0-9.]+)"/).flatMap { Double($0.output.1) } ?? 1000
        let time = grid.time.description
        var caption = "Power–interest grid at \(time): influence as rated (up) against interest as rated (across)"
        if let from = grid.from { caption += ", with each actor's move since \(from.description)" }
        caption += ". Quadrants after Mendelow; marks in each side's colour, with a glyph of its stance (+ supports, − opposes, = neutral)."
        let size = "\(Self.number(width)) \(Self.number(height))"
        var html = "<figure class=\"stakeholder-grid\"><svg width=\"100%\" viewBox=\"0 0 \(size)\" role=\"img\" aria-label=\"\(MarkupText.html(caption))\" xmlns=\"http://www.w3.org/2000/svg\">"
        html += "<image href=\"data:image/svg+xml;base64,\(Data(drawing.utf8).base64EncodedString())\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\"/></svg>"
        html += "<figcaption>\(MarkupText.html(caption))</figcaption></figure>\n"
        html += "<ul class=\"quadrants\">\n"
        let quadrants: [(name: String, title: String, detail: String)] = [
            ("manage closely", "Manage closely", "high power, high interest"), ("keep satisfied", "Keep satisfied", "high power, low interest"),
            ("keep informed", "Keep informed", "low power, high interest"), ("monitor", "Monitor", "low power, low interest"),
        ]
        for quadrant in quadrants {
            let members = grid.marks.filter { grid.quadrant(x: $0.x, y: $0.y) == quadrant.name }
                .sorted { ($0.y, $0.x) > ($1.y, $1.x) }
            let names = members.isEmpty ? "no actor" : members.map(\.name).joined(separator: ", ")
            html += "<li><strong>\(quadrant.title)</strong> "
                + "(\(quadrant.detail)): \(MarkupText.html(names))</li>\n"
        }
        html += "</ul>\n"
        if !grid.unplaced.isEmpty {
            let sentence = "Not on the grid, with no interest or influence at \(time): \(Salience.names(grid.unplaced))."
            html += "<p class=\"hint\">\(MarkupText.html(sentence))</p>\n"
        }
        return html
    }

    // MARK: Perceived against structural power

    /// Perceived against structural power at each moment of the series: the ``Salience`` of
    /// ``perceivedRating`` against the report's measure, `nil` at a moment where it cannot be
    /// computed (the measure undefined); empty when the map records no influence or the
    /// measure is a label (communities), which has no order to compare.
    func perceivedPower() -> [Salience?] {
        guard measure.isAmount, (try? ActorScale.attribute(Self.perceivedRating).check(in: series.dataset)) != nil else { return [] }
        return series.tables.map { table in
            guard table.measures.contains(measure) else { return nil }
            return try? Salience(table, rating: Self.perceivedRating, measure: measure)
        }
    }

    /// The chart of ρ and τ-b by year, what changed between the first and last year
    /// compared, the latest year's sentences, and the figures as a table.
    private func perceivedFigure(_ perceived: [Salience?]) -> String {
        let rating = Self.perceivedRating, title = measure.title
        let years = series.moments.map(\.description)
        var html = "<h3>Perceived against structural power</h3>\n"
        html += "<p>How far informants' \(MarkupText.html(rating)) ratings put the actors in the order their ties do by \(MarkupText.html(title)), year by year: "
            + "the rank correlations of the two (1: the same order; 0: unrelated; −1: the reverse), over the actors on the map with a rating.</p>\n"
        let chart = LineChart(
            title: "Rank correlation of \(rating) (rated) with \(title), by year", xLabels: years,
            lines: [
                LineChart.Line(label: "Spearman's ρ", color: "#0072B2", values: perceived.map { $0?.spearmanRho }),
                LineChart.Line(label: "Kendall's τ-b", color: "#D55E00", values: perceived.map { $0?.kendallTau }),
            ],
            yRange: -1...1)
        html += chart.svg() + "\n"
        var sentences = changeSentences(perceived)
        if let latest = perceived.last(where: { ($0?.rows.count ?? 0) >= 2 }) ?? nil {
            sentences += latest.sentences
        }
        html += "<ul class=\"summary\">\n"
        for sentence in sentences { html += "<li>\(MarkupText.html(sentence))</li>\n" }
        html += "</ul>\n"
        html += "<table class=\"sortable perceived\"><caption>\(MarkupText.html(rating.prefix(1).uppercased() + rating.dropFirst())) (rated) against \(MarkupText.html(title)), by year</caption>\n"
        html += "<thead><tr><th>Year</th><th class=\"number\">Rated actors</th><th class=\"number\">Spearman's ρ</th><th class=\"number\">Kendall's τ-b</th></tr></thead>\n<tbody>\n"
        for (year, salience) in zip(years, perceived) {
            func cell(_ value: Double?) -> String {
                guard let value else { return "<td class=\"number\" data-value=\"\">–</td>" }
                return "<td class=\"number\" data-value=\"\(value)\">\(Salience.figure(value))</td>"
            }
            html += "<tr><td>\(MarkupText.html(year))</td><td class=\"number\">\(salience.map { String($0.rows.count) } ?? "–")</td>"
                + cell(salience?.spearmanRho) + cell(salience?.kendallTau) + "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// How ρ moved from the first year it is defined to the last, in a sentence that says
    /// "rose" or "fell" only when the two figures, as printed, differ; nothing with fewer
    /// than two such years.
    func changeSentences(_ perceived: [Salience?]) -> [String] {
        let defined = zip(series.moments, perceived).compactMap { moment, salience in
            salience?.spearmanRho.map { (moment: moment.description, rho: $0) }
        }
        guard let first = defined.first, let last = defined.last, defined.count >= 2 else { return [] }
        let before = Salience.figure(first.rho), after = Salience.figure(last.rho)
        let between = "Spearman's ρ between \(Self.perceivedRating) (rated) and \(measure.title)"
        if before == after {
            return ["\(between) was \(after) in both \(first.moment) and \(last.moment)."]
        }
        return ["From \(first.moment) to \(last.moment), \(between) \(last.rho > first.rho ? "rose" : "fell") from \(before) to \(after)."]
    }
}
