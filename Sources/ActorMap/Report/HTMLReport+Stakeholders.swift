import Foundation

extension HTMLReport {
    /// The rating the report compares with its measure of structural power: the height of
    /// Net-Map's influence towers.
    public static let perceivedRating = "influence"

    /// The section on stakeholders, for a map whose actors carry Net-Map ratings: the
    /// power–interest grid (``PowerInterestGrid``) of the latest year measured in which some
    /// actor has both interest and influence, with each actor's move since the earliest such
    /// year when any moved; and perceived against structural power over the years: per year
    /// Spearman's ρ and Kendall's τ-b between ``perceivedRating`` and the report's measure
    /// (``Salience``), as a chart and a table, with sentences on the most under- and
    /// over-rated actors of the latest year compared.
    ///
    /// Each part is there only when the map records what it needs, and the section only when
    /// a part is: a map without ratings gets no empty chart.
    ///
    /// - Returns: The section's HTML, every text from the dataset escaped; empty when the map
    ///   records neither interest and influence nor an influence to compare.
    /// - Complexity: One grid, or two, of the latest year, and one ``Salience`` per year
    ///   measured: O(*t*·*n* log *n*) for *t* years and *n* actors.
    func stakeholderSection() -> String {
        let grid = stakeholderGrid()
        let perceived = perceivedPower()
        let compared = perceived.contains { $0?.spearmanRho != nil || $0?.kendallTau != nil }
        guard grid != nil || compared else { return "" }
        var html = "<section id=\"stakeholders\">\n<h2>Stakeholders: power, interest and perceived influence</h2>\n"
        if let grid { html += gridFigure(grid) }
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

    /// The grid of the latest year measured with an actor placed on both axes (interest
    /// across, influence up), with moves from the earliest such year when some actor moved;
    /// `nil` when the map records no interest or no influence, or no year places an actor.
    func stakeholderGrid() -> PowerInterestGrid? {
        let dataset = series.dataset
        for rating in ["interest", "influence"] {
            guard (try? ActorScale.attribute(rating).check(in: dataset)) != nil else { return nil }
        }
        func grid(_ time: TimeSelection, from: TimeSelection? = nil) -> PowerInterestGrid? {
            try? PowerInterestGrid(dataset, at: time, from: from, options: series.options)
        }
        let moments = series.moments
        var latest: (index: Int, grid: PowerInterestGrid)?
        for index in moments.indices.reversed() {
            if let found = grid(moments[index]), !found.marks.isEmpty {
                latest = (index, found)
                break
            }
        }
        guard let latest else { return nil }
        guard let earliest = moments.indices.prefix(latest.index).first(where: { grid(moments[$0])?.marks.isEmpty == false }),
              let moves = grid(moments[latest.index], from: moments[earliest]), moves.marks.contains(where: \.moved)
        else { return latest.grid }
        return moves
    }

    /// The grid as a figure: the drawing as an image (its own style stays inside it, apart
    /// from the page's), and the quadrants' members as text, for readers who cannot see it.
    private func gridFigure(_ grid: PowerInterestGrid) -> String {
        let drawing = grid.svg()
        let width = drawing.firstMatch(of: /<svg[^>]* width="([0-9.]+)"/).flatMap { Double($0.output.1) } ?? 1000
        let height = drawing.firstMatch(of: /<svg[^>]* height="([0-9.]+)"/).flatMap { Double($0.output.1) } ?? 1000
        let time = grid.time.description
        var caption = "Power–interest grid at \(time): influence as rated (up) against interest as rated (across)"
        if let from = grid.from { caption += ", with each actor's move since \(from.description)" }
        caption += ". Quadrants after Mendelow; marks in each side's colour, with a glyph of its stance (+ supports, − opposes, = neutral)."
        let size = "\(Self.number(width)) \(Self.number(height))"
        var html = "<h3>Power and interest, \(MarkupText.html(time))</h3>\n"
        html += "<figure class=\"stakeholder-grid\"><svg width=\"100%\" viewBox=\"0 0 \(size)\" role=\"img\" aria-label=\"\(MarkupText.html(caption))\" xmlns=\"http://www.w3.org/2000/svg\">"
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
