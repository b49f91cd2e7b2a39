import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ActorMap

@Suite struct HTMLReportTests {
    static let hostile = "<script>alert(1)</script>"

    let dataset: Dataset

    init() throws {
        dataset = try #require(check("""
            title: "\(Self.hostile) & \\"]; x -> y ["
            description: "<img src=x onerror=alert(2)>"
            sources:
              - {id: s1, citation: "<b>bold</b> citation", url: "javascript:alert(3)"}
              - {id: s2, citation: Plain, url: "https://example.org/a?b=1&c=2"}
            groups:
              - {id: state, label: "<i>State</i>", color: "#123456"}
            actors:
              - {id: a, name: "\(Self.hostile)", kind: federation, since: 2000}
              - {id: b, name: "\\"]; x -> y [", kind: city-government, since: 2000}
              - {id: c, name: "ชุมชน & Valparaíso", kind: donor, since: 2001}
            relationships:
              - {from: a, to: b, type: contention, since: 2000, until: 2001}
              - {from: a, to: b, type: mou, since: 2002}
              - {from: c, to: a, type: funding, since: 2001}
            """).dataset)
    }

    private func report(diagrams: [String] = []) -> String {
        let moments = MetricSeries.moments(from: 2000, to: 2003)
        let series = MetricSeries(dataset, moments: moments)
        let shift = PowerShift(before: series.tables.first!, after: series.tables.last!, measure: .pagerank)
        return HTMLReport(series: series, shift: shift, measure: .pagerank, diagrams: diagrams).html()
    }

    @Test func userTextStaysText() {
        let html = report()
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>bold"))
        #expect(!html.contains("<i>State"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;]; x -&gt; y ["))
        #expect(html.contains("ชุมชน &amp; Valparaíso"))
        #expect(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">"))
        // The one script is ActorMap's own.
        #expect(html.components(separatedBy: "<script>").count == 2)
    }

    @Test func loadsNothingFromTheNetwork() {
        let html = report()
        for pattern in ["src=\"http", "<link", "@import", "url(", "src='http"] {
            #expect(!html.contains(pattern), "\(pattern)")
        }
    }

    @Test func isWellFormed() throws {
        // The page is HTML5, written so that an XML parser reads it too (void elements closed
        // or absent), which checks that every element is closed and every text escaped.
        let html = report(diagrams: Array(repeating: "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><g id=\"actor-a\"/></svg>", count: 4))
        // The script is HTML's raw text, not XML's: it is checked by the browser test.
        let withoutScript = html.replacingOccurrences(of: #"<script>[\s\S]*?</script>"#, with: "", options: .regularExpression)
        let xml = withoutScript.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
            .replacingOccurrences(of: #"<meta ([^>]*[^/])>"#, with: "<meta $1/>", options: .regularExpression)
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
    }

    @Test func everyYearHasItsMapAndTable() {
        let html = report(diagrams: (0..<4).map { "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><title>year \($0)</title></svg>" })
        // Drawings that share no frame are each kept whole, shown in their own year.
        #expect(html.components(separatedBy: "<figure class=\"year\"").count == 2)
        for index in 0..<4 {
            #expect(html.contains("<svg data-y=\"\(index)\" xmlns=\"http://www.w3.org/2000/svg\"><title>year \(index)</title></svg>"))
            #expect(html.contains("<input type=\"radio\" class=\"year-choice\" name=\"map-year\" id=\"map-year-\(index)\" data-year=\"\(2000 + index)\""))
            #expect(html.contains("<label for=\"map-year-\(index)\">\(2000 + index)</label>"))
            #expect(html.contains("<th class=\"number\">\(2000 + index)</th>"), "a column of the year in the table by year")
        }
        #expect(html.contains("id=\"map-year-3\" data-year=\"2003\" aria-label=\"2003\" checked=\"checked\"/>"), "the last year is shown")
        #expect(!html.contains("<?xml"), "SVG declarations are stripped before inlining")
        #expect(html.contains("<input type=\"range\" id=\"year\" min=\"2000\" max=\"2003\" value=\"2003\" step=\"1\""), "the slider counts calendar years")
    }

    /// The ids, attributes and fields that tests and pages embedding the explorer rely on.
    @Test func theExplorersContractIsInThePage() throws {
        let html = report(diagrams: (0..<4).map { _ in "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200pt\" height=\"100pt\" viewBox=\"0 0 200 100\"><g id=\"graph0\" class=\"graph\"><g id=\"actor-a\" class=\"node\"><ellipse/></g><g id=\"relationship-0\" class=\"edge\"><path/></g></g></svg>" })
        for id in ["search", "year", "play", "depth", "measure", "zoom-in", "zoom-out", "zoom-fit", "profile", "live-problems", "map-canvas"] {
            #expect(html.components(separatedBy: "id=\"\(id)\"").count == 2, "one element #\(id)")
        }
        #expect(html.contains("<g id=\"viewport\">"))
        #expect(html.contains("<h3 data-field=\"name\"></h3>"))
        #expect(html.contains("<aside id=\"profile\" hidden=\"hidden\""))
        #expect(html.contains("data-filter-group=\"state\" checked=\"checked\""))
        for kind in ["federation", "city-government", "donor"] { #expect(html.contains("data-filter-kind=\"\(kind)\""), "\(kind)") }
        for type in ["contention", "mou", "funding"] { #expect(html.contains("data-filter-type=\"\(type)\""), "\(type)") }
        #expect(html.contains("<g data-actor=\"a\" class=\"node\">"))
        #expect(html.contains("<g data-tie=\"a b contention\" data-rel=\"0\" class=\"edge\">"))
        // A frame is a group of the canvas, in Graphviz's points: the canvas is the frame's
        // size, and the page holds one drawing of the map.
        #expect(html.contains("<svg id=\"map-canvas\" class=\"size-0\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 200 100\""))
        #expect(html.contains("<g id=\"viewport\">\n<g class=\"frame\" data-size=\"200 100\"><g class=\"graph\">\n"))
        #expect(html.contains(".size-0{width:clamp(200px,100%,267px);max-width:none;height:auto}"), "200 points are 267 pixels, never shrunk below three quarters")
        for control in ["search", "depth", "measure", "zoom-in", "zoom-out", "zoom-fit", "play", "year"] {
            let tag = try #require(html.firstMatch(of: try Regex("<[a-z]+ [^>]*id=\"\(control)\"[^>]*>")))
            #expect(String(html[tag.range]).contains("aria-label=\""), "#\(control) is labelled")
        }
    }

    /// A strict policy: nothing from anywhere, the page's own style and script by their
    /// hashes, no inline style or handler attribute (which the policy would block).
    @Test func theContentSecurityPolicyIsStrict() throws {
        var report = HTMLReport(series: MetricSeries(dataset, moments: MetricSeries.moments(from: 2000, to: 2003)),
                                shift: PowerShift(dataset, from: .year(2000), to: .year(2003)), measure: .pagerank,
                                diagrams: (0..<4).map { _ in "<svg width=\"10pt\" height=\"10pt\"><g id=\"graph0\"><g id=\"actor-a\"/></g></svg>" })
        let html = report.html()
        let meta = try #require(html.firstMatch(of: /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/))
        let policy = String(meta.output.1)
        #expect(policy.hasPrefix("default-src 'none'; script-src 'sha256-"))
        #expect(policy.contains("; style-src 'sha256-"))
        #expect(!policy.contains("unsafe") && !policy.contains("connect-src") && !policy.contains("http"))
        #expect(html.range(of: "Content-Security-Policy")!.lowerBound < html.range(of: "<style>")!.lowerBound, "the policy comes before what it governs")
        #expect(!html.contains(" style=\""), "no style attribute")
        let markup = html.replacingOccurrences(of: #"<script[^>]*>[\s\S]*?</script>"#, with: "", options: .regularExpression)
        #expect(markup.firstMatch(of: /<[^>]*\son[a-z]+=/) == nil, "no handler attribute")
        #expect(html.components(separatedBy: "<style>").count == 2, "one style element, the one hashed")

        report.liveEvents = "/events?map=a%20b"
        let live = report.html()
        #expect(live.contains("; connect-src 'self'\">"))
        #expect(live.contains("\"live\":\"/events?map=a%20b\""))
    }

    /// The data the script reads is JSON that no name can break out of: `<`, `>`, `&`, U+2028
    /// and U+2029 are escapes, and it reads back as the names written.
    @Test func theEmbeddedDataCannotCloseItsScript() throws {
        let name = "</script><!--<script>\u{2028}x\u{2029}&amp;"
        let hostile = try #require(check("""
            title: t
            actors:
              - {id: a, name: "\(name.replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029"))", kind: federation, since: 2000}
              - {id: b, name: B, kind: donor, since: 2000}
            relationships:
              - {from: b, to: a, type: funding, since: 2000, note: "</SCRIPT >"}
            """).dataset)
        let series = MetricSeries(hostile, moments: MetricSeries.moments(from: 2000, to: 2001))
        let html = HTMLReport(series: series, shift: PowerShift(before: series.tables[0], after: series.tables[1], measure: .pagerank), measure: .pagerank).html()
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"explorer-data\">"))
        let end = try #require(html[start.upperBound...].range(of: "</script>"))
        let json = String(html[start.upperBound..<end.lowerBound])
        for character in ["<", ">", "&", "\u{2028}", "\u{2029}"] { #expect(!json.contains(character), "\(character)") }
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let actors = try #require(data["actors"] as? [[String: Any]])
        // Line and paragraph separators are shown by their code, as everywhere in the page.
        #expect(actors.first?["name"] as? String == "</script><!--<script>\\u{2028}x\\u{2029}&amp;")
        let ties = try #require(data["ties"] as? [String: Any])
        #expect(ties["note"] as? [String: String] == ["0": "</SCRIPT >"], "the first tie's note, by its position")
        #expect(data["years"] as? [Int] == [2000, 2001])
    }

    /// By hand: each character that could end a script becomes its `\u` escape.
    @Test func scriptJSONEscapesWhatCouldEndAScript() {
        #expect(MarkupText.scriptJSON(#"{"a":"</script>&\#u{2028}\#u{2029}é"}"#) == #"{"a":"\u003c/script\u003e\u0026\u2028\u2029é"}"#)
    }

    /// Without script one table says each actor's value and rank in the chosen measure, a
    /// column a year. By hand, counting positive ties: in 2002 a has two (the MoU with b,
    /// the funding from c), b and c one each, so a is 1st and b and c share 2nd; in 2000 the
    /// only tie is a contention, so a and b, with none, share 1st, and c is not yet on the map.
    @Test func theTableByYearRanksByTheChosenMeasure() throws {
        let series = MetricSeries(dataset, moments: MetricSeries.moments(from: 2000, to: 2003))
        let shift = PowerShift(before: series.tables.first!, after: series.tables.last!, measure: .degree)
        let html = HTMLReport(series: series, shift: shift, measure: .degree).html()
        let start = try #require(html.range(of: "<table class=\"sortable by-year\">"))
        let end = try #require(html[start.upperBound...].range(of: "</table>"))
        var cells: [String: [String]] = [:]
        for row in html[start.upperBound..<end.lowerBound].matches(of: /<tr><td>([^<]*)<\/td><td><i class="swatch[^"]*"><\/i>[^<]*<\/td>(.*)<\/tr>/) {
            cells[String(row.output.1)] = row.output.2.matches(of: /<td>([^<]*)(?:<i>([^<]*)<\/i>)?<\/td>/).map {
                $0.output.2.map { "\($0)" } ?? "absent"
            }
        }
        let (a, b, c) = ("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;]; x -&gt; y [", "ชุมชน &amp; Valparaíso")
        #expect(cells[a]?[2] == "1" && cells[b]?[2] == "2 tied" && cells[c]?[2] == "2 tied", "\(cells)")
        #expect(cells[a]?[0] == "1 tied" && cells[b]?[0] == "1 tied" && cells[c]?[0] == "absent", "\(cells)")
        #expect(cells.values.allSatisfy { $0.count == 4 }, "a cell for each year")
        // The values: degrees 2, 1, 1 in 2002.
        #expect(html[start.upperBound..<end.lowerBound].contains("<td>2 <i>1</i></td>"))
        #expect(html.contains("<th>Actors on the map</th><td></td><td>2</td><td>3</td><td>3</td><td>3</td>"))
    }

    @Test func withoutDiagramsThereIsNoMapSection() {
        let html = report()
        #expect(!html.contains("id=\"maps\""))
        #expect(html.contains("id=\"charts\""))
    }

    @Test func theShiftAndTheMeaningOfMeasures() {
        let html = report()
        #expect(html.contains("How power shifted, 2000 to 2003"))
        #expect(html.contains("Contention → Memorandum of understanding"))
        #expect(html.contains("<dt>pagerank</dt>"))
        #expect(html.contains(MarkupText.html(Measure.bonacich.explanation)))
    }

    /// The page prints the Gini of PageRank, two centralisations (its chart), Jaccard and
    /// two rank correlations (its shift): each is explained where the measures are.
    @Test func everyFigureThePagePrintsIsExplained() {
        let html = report()
        for (printed, figure) in [("Gini of PageRank", MapFigure.pagerankGini), ("Degree centralisation", .degreeCentralization),
                                  ("Betweenness centralisation", .betweennessCentralization), ("Jaccard", .jaccard),
                                  ("Kendall τ-b", .kendallTau), ("Spearman ρ", .spearmanRho)] {
            #expect(html.contains(printed), "\(printed) is on the page")
            #expect(html.contains("<dt>\(figure.name)</dt><dd>\(MarkupText.html(figure.explanation))</dd>"), "\(figure.name)")
        }
    }

    @Test func escapingAndSafeValues() {
        #expect(MarkupText.html("a<b>&\"'\u{0007}c") == #"a&lt;b&gt;&amp;&quot;&#39;\u{7}c"#)
        #expect(MarkupText.html("rlo\u{202E}x c1\u{9B} del\u{7F} \u{FFFE}\u{FFFF}\u{10FFFF}") == #"rlo\u{202E}x c1\u{9B} del\u{7F} \u{FFFE}\u{FFFF}\u{10FFFF}"#)
        #expect(MarkupText.html("tab\tline\nreturn\r \u{200F}ok\u{FFFD}") == "tab\tline\nreturn\r \u{200F}ok\u{FFFD}", "layout and the marks right-to-left text needs stay")
        #expect(HTMLText.safeURL("javascript:alert(1)") == nil)
        #expect(HTMLText.safeURL("data:text/html,x") == nil)
        #expect(HTMLText.safeURL("https://a.org/\u{1B}[2J") == nil)
        #expect(HTMLText.safeURL("https://a.org/\u{202E}fdp.exe") == nil)
        #expect(HTMLText.safeURL("https://a.org/x\" onclick=\"y") == nil)
        #expect(HTMLText.safeURL(" https://a.org/?q=1&r=2 ") == "https://a.org/?q=1&amp;r=2")
        #expect(HTMLText.safeColor("#12345g") == "#999999")
        #expect(HTMLText.safeColor("red;background:url(x)") == "#999999")
        #expect(HTMLText.safeColor("#0072B2") == "#0072B2")
    }

    @Test func lineChartsDrawEveryLineAndLeaveGaps() {
        let chart = LineChart(title: "Share <of> power", xLabels: ["2000", "2001", "2002"], lines: [
            .init(label: "State", color: "#0072B2", values: [0.2, nil, 0.4]),
            .init(label: "<b>", color: "javascript:x", values: [0.1, 0.2, 0.3]),
        ], yRange: 0...1, formatsAsPercent: true).svg()
        #expect(chart.hasPrefix("<svg"))
        #expect(chart.contains("Share &lt;of&gt; power"))
        #expect(chart.components(separatedBy: "<polyline").count == 2, "the gap leaves the first line without a segment of two points")
        #expect(chart.contains("stroke=\"#999999\""), "a colour that is not #rrggbb falls back")
        #expect(chart.contains("&lt;b&gt;"))
        #expect(XMLParser(data: Data(chart.utf8)).parse())
    }
}
