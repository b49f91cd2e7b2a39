import Foundation
import Testing

@Suite struct ReportCommandTests {
    @Test func pageHoldsEveryYearsMapAtStablePlacesAndLoadsNothing() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", changingMap)
        let output = folder.url.appendingPathComponent("report.html").path
        let result = try actormap("report", file, "-o", output, "--from", "2010")
        #expect(result.status == 0, "\(result.errors)")
        let page = try String(contentsOfFile: output, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        // One drawing for the three years, a button and a link to pick each.
        let figures = page.components(separatedBy: "<figure class=\"year\"").dropFirst()
        #expect(figures.count == 1)
        #expect(figures.first?.contains("<svg") == true)
        for (index, year) in ["2010", "2011", "2012"].enumerated() {
            #expect(page.contains("<label for=\"map-year-\(index)\">\(year)</label>"))
            #expect(page.contains("id=\"map-year-\(index)\" data-year=\"\(year)\""))
        }
        // The federation sits in one place every year: each way it is drawn has the same shape.
        let drawings = page.components(separatedBy: "data-actor=\"fed\"").dropFirst()
        #expect(!drawings.isEmpty)
        let shapes = Set(drawings.map { drawing in
            drawing.firstMatch(of: /<(ellipse|polygon|path)[^>]*>/).map { String($0.output.0).replacingOccurrences(of: #"fill="[^"]*""#, with: "", options: .regularExpression) }
        })
        #expect(shapes.count == 1 && shapes.first! != nil, "\(shapes)")
        #expect(page.contains("How power shifted, 2010 to 2012"))
        // Offline and hostile-safe: nothing fetched, the name stays text.
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http") && !page.contains("@import"))
        #expect(!page.contains("<b>&amp;"))
        #expect(page.contains("Donor &lt;b&gt;"))
    }

    @Test func stepAndMetricChooseTheYearsAndMeasure() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", changingMap)
        let output = folder.url.appendingPathComponent("report.html").path
        let result = try actormap("report", file, "-o", output, "--from", "2010", "--to", "2012", "--step", "2", "--metric", "betweenness", "--no-maps")
        #expect(result.status == 0, "\(result.errors)")
        let page = try String(contentsOfFile: output, encoding: .utf8)
        #expect(!page.contains("<figure class=\"year\""))
        #expect(page.contains("Betweenness"))
        #expect(result.errors.contains("2 years, 2010 to 2012"))
    }

    @Test func theLegendCountsNoOneYearAndItsCaptionIsText() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", changingMap)
        let output = folder.url.appendingPathComponent("report.html").path
        let result = try actormap("report", file, "-o", output, "--from", "2010")
        #expect(result.status == 0, "\(result.errors)")
        let page = try String(contentsOfFile: output, encoding: .utf8)
        let start = try #require(page.range(of: "<figure class=\"map-legend\">"))
        let end = try #require(page[start.upperBound...].range(of: "</figure>"))
        let legend = String(page[start.lowerBound..<end.upperBound])
        #expect(legend.contains("<svg") && legend.contains("<figcaption>"))
        // Every year's map is drawn in this one legend: no count of actors or ties in it.
        #expect(!legend.contains("actors ·") && !legend.contains("actors &#183;"), "\(legend)")
        #expect(legend.range(of: #"\d+ (actor|relationship)"#, options: .regularExpression) == nil, "\(legend)")
        // No bold rule in the stylesheet reaches the legend's caption: bare `figcaption`
        // selectors and `.map-legend` ones are regular weight.
        let styleStart = try #require(page.range(of: "<style>")), styleEnd = try #require(page.range(of: "</style>"))
        let style = String(page[styleStart.upperBound..<styleEnd.lowerBound])
        let rules = try Regex(#"([^{}]+)\{([^}]*)\}"#)
        for rule in style.matches(of: rules) {
            let selectors = String(rule.output[1].substring ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            let declarations = String(rule.output[2].substring ?? "")
            let bold = declarations.contains("font-weight:600") || declarations.contains("font-weight:bold") || declarations.contains("font-weight:700")
            for selector in selectors where selector == "figcaption" || selector.contains("map-legend") {
                #expect(!bold, "\(selector){\(declarations)}")
            }
        }
        // A year's caption stays a heading.
        #expect(style.contains("figure.year figcaption{font-weight:600}"))
    }

    /// The policy's hashes are those of the page's one style and one script, as Python's
    /// hashlib computes them: a browser runs nothing else, and runs these.
    @Test func thePolicyHashesThePagesOwnStyleAndScript() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("report.html").path
        let result = try actormap("report", "Examples/Datasets/harare.yaml", "-o", output, "--from", "2005", "--to", "2008")
        #expect(result.status == 0, "\(result.errors)")
        let check = """
            import base64, hashlib, re, sys
            page = open(sys.argv[1], encoding="utf-8").read()
            policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page).group(1)
            def source(text): return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
            styles = re.findall(r"<style>(.*?)</style>", page, re.S)
            scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
            print(len(styles), len(scripts), source(styles[0]) in policy, source(scripts[0]) in policy, "unsafe" in policy)
            """
        let python = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", check, output])
        #expect(python.output.trimmingCharacters(in: .whitespacesAndNewlines) == "1 1 True True False", "\(python.output) \(python.errors)")
    }

    @Test func aFailedWriteLeavesNoPartialFile() throws {
        let result = try actormap("report", "Examples/Datasets/harare.yaml", "-o", "/nonexistent-folder/report.html")
        #expect(result.status != 0)
        #expect(result.errors.contains("error: cannot write /nonexistent-folder/report.html: the folder /nonexistent-folder does not exist."))
    }
}

/// The report opened in a real browser: headless Chromium draws the map and the slider
/// changes the year shown. Runs wherever Chromium is installed and is reported as skipped
/// elsewhere; as root (CI), where scripts/test.sh installs it, a missing Chromium is a
/// failure, not a skip.
@Suite(.serialized) struct ReportBrowserTests {
    static let chromium: String? = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap { name in
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }.first

    @Test(.enabled(if: ReportBrowserTests.chromium != nil || getuid() == 0, "Chromium is not installed (chromium, chromium-browser or google-chrome on PATH)"))
    func theMapIsDrawnAndTheSliderChangesTheYear() throws {
        let chromium = try #require(Self.chromium, "Chromium is missing; scripts/test.sh installs it.")
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("report.html").path
        let result = try actormap("report", "Examples/Datasets/harare.yaml", "-o", output, "--from", "2000", "--to", "2015")
        #expect(result.status == 0, "\(result.errors)")
        let page = "file://\(output)"

        // Two years of the page, tall enough to show the map below the shift: the rows that
        // differ are the map, and each year's is drawn in colour there.
        let kept = packageRoot.appendingPathComponent(".build/report-screenshots")
        try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
        let screenshots = ["2000", "2015"].map { kept.appendingPathComponent("report-\($0).png").path }
        for (year, screenshot) in zip([2000, 2015], screenshots) {
            try? FileManager.default.removeItem(atPath: screenshot)
            try run(chromium, folder, ["--screenshot=\(screenshot)", "--window-size=1200,2400", "\(page)#year=\(year)"])
        }
        let pixels = try python(["scripts/png_pixels.py"] + screenshots)
        let counts = try #require(JSONSerialization.jsonObject(with: Data(pixels.utf8)) as? [String: Any], "\(pixels)")
        #expect(counts["width"] as? Int == 1200 && counts["height"] as? Int == 2400, "\(pixels)")
        let changed = try #require(counts["changed"] as? [Int], "the slider's year did not change the page: \(pixels)")
        #expect(changed[1] - changed[0] > 300, "\(pixels)")
        for year in ["first", "second"] {
            let coloured = (counts[year] as? [String: Int])?["coloured"] ?? 0
            #expect(coloured > 5000, "too few coloured pixels in the \(year) map: \(pixels)")
        }

        // The slider's year is the one shown: the last by default, the calendar year the link
        // asks for otherwise.
        for (fragment, index, year) in [("", 15, "2015"), ("#year=2000", 0, "2000"), ("#year=2007", 7, "2007")] {
            let dom = try run(chromium, folder, ["--dump-dom", page + fragment])
            let checked = dom.matches(of: /<input type="radio" class="year-choice" name="map-year" id="map-year-([0-9]+)" data-year="([0-9]+)"[^>]* checked="checked"/)
            #expect(checked.count == 1, "\(fragment)")
            #expect(checked.first.map { "\($0.output.1) \($0.output.2)" } == "\(index) \(year)", "\(fragment)")
            #expect(dom.contains("<output id=\"year-label\">\(year)</output>"), "\(fragment)")
        }
    }

    /// Runs headless Chromium with its own profile folder and gives what it printed.
    @discardableResult
    private func run(_ chromium: String, _ folder: borrowing TemporaryFolder, _ arguments: [String]) throws -> String {
        let profile = folder.url.appendingPathComponent("profile-\(UUID().uuidString)").path
        return try capture(chromium, ["--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--user-data-dir=\(profile)"] + arguments)
    }

    private func python(_ arguments: [String]) throws -> String {
        try capture("/usr/bin/env", ["python3"] + arguments)
    }

    private func capture(_ executable: String, _ arguments: [String]) throws -> String {
        try runProcess(URL(fileURLWithPath: executable), arguments).output
    }
}
