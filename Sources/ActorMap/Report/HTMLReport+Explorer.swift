import Foundation

/// The explorer's parts of the page: its controls, the actor profile, the comparison of two
/// chosen years, the data its script reads and the page's Content-Security-Policy.
///
/// The controls and their ids are a contract for tests and for people who embed the page:
/// `#search`, `#year` (calendar years), `#play`, `#depth`, `#measure`, `#zoom-in`,
/// `#zoom-out`, `#zoom-fit`, filter checkboxes with `data-filter-group`, `data-filter-kind`
/// or `data-filter-type`, the panel `#profile` with the actor's name in
/// `[data-field="name"]`, and `g#viewport`, whose `transform` pans and zooms the map.
extension HTMLReport {
    /// The calendar year of each moment of the series; a moment that is not a year (a
    /// window, a date) counts by its position from the first.
    var calendarYears: [Int] {
        series.moments.enumerated().map { position, moment in
            if case .year(let year) = moment { return year }
            return position
        }
    }

    /// What the explorer's script reads: see ``ExplorerData``.
    var explorerData: ExplorerData {
        ExplorerData(series, years: calendarYears, measure: measure, live: liveEvents)
    }

    /// The toolbar above the map, shown only with script: the year slider and play button,
    /// search, steps from the selected actor, the measure, zoom and the filters.
    func explorerControls() -> String {
        let dataset = series.dataset
        let vocabulary = dataset.vocabulary
        let years = calendarYears
        let first = years.first ?? 0, last = years.last ?? 0
        let step = years.count > 1 ? max(1, years[1] - years[0]) : 1
        var html = "<div class=\"explorer-bar\" role=\"toolbar\" aria-label=\"Explore the map\">\n"
        html += "<div class=\"slider\"><button type=\"button\" id=\"play\" aria-pressed=\"false\" aria-label=\"Play the years one after another\">▶ Play</button>"
        html += "<label for=\"year\">Year <output id=\"year-label\">\(last)</output></label>"
        html += "<input type=\"range\" id=\"year\" min=\"\(first)\" max=\"\(last)\" value=\"\(last)\" step=\"\(step)\" aria-label=\"Year shown\"/></div>\n"
        html += "<div class=\"tools\">"
        html += "<input type=\"search\" id=\"search\" placeholder=\"Search actors by name or id\" aria-label=\"Search actors by name or id\" autocomplete=\"off\"/>"
        html += "<label for=\"depth\">Show</label><select id=\"depth\" aria-label=\"Show the actors within this many steps of the selected actor\">"
        html += "<option value=\"0\">every actor</option><option value=\"1\">1 step from the selected</option><option value=\"2\">2 steps from the selected</option><option value=\"3\">3 steps from the selected</option></select>"
        html += "<label for=\"measure\">Measure</label><select id=\"measure\" aria-label=\"Measure of power in profiles and comparisons\">"
        for choice in ExplorerData.measures(for: measure) {
            html += "<option value=\"\(choice.name)\"\(choice == measure ? " selected=\"selected\"" : "")>\(MarkupText.html(choice.title))</option>"
        }
        html += "</select>"
        html += "<span class=\"zoom\"><button type=\"button\" id=\"zoom-out\" aria-label=\"Zoom out\">−</button><button type=\"button\" id=\"zoom-in\" aria-label=\"Zoom in\">+</button>"
        html += "<button type=\"button\" id=\"zoom-fit\" aria-label=\"Fit the whole map in view\">Fit</button></span></div>\n"
        html += "<details class=\"filters\"><summary>Filters: sides, kinds of actor, kinds of tie</summary><div class=\"filter-sets\">\n"
        html += "<fieldset><legend>Sides</legend>"
        for group in Set(dataset.actorGroupIndices).sorted() {
            let id = MarkupText.html(vocabulary.groups[group].id)
            html += "<label><input type=\"checkbox\" data-filter-group=\"\(id)\" checked=\"checked\"/>\(swatch(vocabulary.groups[group]))\(MarkupText.html(vocabulary.groups[group].label))</label>"
        }
        html += "</fieldset>\n<fieldset><legend>Kinds of actor</legend>"
        for kind in Set(dataset.actorKindIndices).sorted() {
            html += "<label><input type=\"checkbox\" data-filter-kind=\"\(MarkupText.html(vocabulary.kinds[kind].id))\" checked=\"checked\"/>\(MarkupText.html(vocabulary.kinds[kind].label))</label>"
        }
        html += "</fieldset>\n<fieldset><legend>Kinds of tie</legend>"
        let styles = zip(vocabulary.relationshipTypes, RelationshipStyle.colors(of: vocabulary)).map(RelationshipStyle.init)
        for type in Set(dataset.relationshipEnds.map(\.type)).sorted() {
            html += "<label><input type=\"checkbox\" data-filter-type=\"\(MarkupText.html(vocabulary.relationshipTypes[type].id))\" checked=\"checked\"/>\(lineKey(styles[type]))\(MarkupText.html(vocabulary.relationshipTypes[type].label))</label>"
        }
        html += "</fieldset>\n</div></details>\n<p id=\"explorer-status\" class=\"status\" aria-live=\"polite\"></p>\n</div>\n"
        return html
    }

    /// A short line drawn as a relationship type's ties are.
    func lineKey(_ style: RelationshipStyle) -> String {
        let dash = style.style == "dashed" ? "6 4" : style.style == "dotted" ? "2 3" : "none"
        return "<svg class=\"line-key\" viewBox=\"0 0 28 10\" aria-hidden=\"true\"><line x1=\"1\" y1=\"5\" x2=\"27\" y2=\"5\" stroke=\"\(HTMLText.safeColor(style.color))\" stroke-width=\"3\" stroke-dasharray=\"\(dash)\"/></svg>"
    }

    /// The actor profile, empty and hidden until the script fills it with text.
    func profilePanel() -> String {
        """
        <aside id="profile" hidden="hidden" tabindex="-1" role="region" aria-label="Actor profile">
        <button type="button" class="close" aria-label="Close the profile">×</button>
        <h3 data-field="name"></h3>
        <dl class="facts"><dt>Id</dt><dd data-field="id"></dd><dt>Kind</dt><dd data-field="kind"></dd><dt>Side</dt><dd data-field="group"></dd><dt>Active</dt><dd data-field="period"></dd></dl>
        <dl class="facts" data-field="attributes"></dl>
        <h4>Power in <span data-field="year"></span></h4>
        <p data-field="rank"></p>
        <svg class="sparkline" data-field="sparkline" viewBox="0 0 240 48" role="img" aria-label="The measure over the years"></svg>
        <p data-field="roles"></p>
        <h4>Ties in <span data-field="year"></span></h4>
        <div data-field="ties"></div>
        </aside>

        """
    }

    /// The comparison of two years the reader chooses, computed by the script from the
    /// embedded figures as ``PowerShift`` computes it; without script the page's shift
    /// section compares the first and last years.
    func compareSection() -> String {
        let years = calendarYears
        func options(selected: Int?) -> String {
            years.map { "<option value=\"\($0)\"\($0 == selected ? " selected=\"selected\"" : "")>\($0)</option>" }.joined()
        }
        return """
            <section id="compare" class="explorer-only" aria-labelledby="compare-title">
            <h2 id="compare-title">Compare two years</h2>
            <p class="compare-choice"><label for="shift-from">From</label><select id="shift-from">\(options(selected: years.first))</select>
            <label for="shift-to">to</label><select id="shift-to">\(options(selected: years.last))</select>
            <span class="hint">in the measure chosen above the map</span></p>
            <div id="shift-output" aria-live="polite"></div>
            </section>

            """
    }

    /// The page's policy: nothing from the network, and only the page's own style and
    /// scripts (by their SHA-256 hashes: the explorer's and the stakeholder grids'), plus
    /// its own origin's event stream when ``liveEvents`` is set.
    func contentSecurityPolicy(style: String) -> String {
        var policy = "default-src 'none'; script-src '\(Self.sourceHash(Self.script))' '\(Self.sourceHash(Self.stakeholderScript))'; style-src '\(Self.sourceHash(style))'; img-src data:; base-uri 'none'; form-action 'none'"
        if liveEvents != nil { policy += "; connect-src 'self'" }
        return policy
    }

    /// A CSP hash source of an inline script or style: `sha256-` and the base64 digest.
    static func sourceHash(_ text: String) -> String {
        "sha256-" + Data(SHA256Digest.digest(Data(text.utf8))).base64EncodedString()
    }
}
