import Foundation
import Testing
@testable import ActorMap

/// A map whose evidence is worked out by hand: five relationships between a federation (a),
/// a city (b), an NGO (c) and a donor (d), seen in 2010 and 2015.
///
///     r0  a–b contention     2010        source s1 (one)       low
///     r1  a–b mou            2015        sources s1, s2        high
///     r2  a–c collaboration  2010–2015   sources s2, s3        high
///     r3  c–d collaboration  2015        source s3 (one)       medium
///     r4  b–c collaboration  2010–2015   source s2 (one)       (none recorded)
let evidenceMap = """
    title: Evidence map
    sources:
      - {id: s1, citation: "Council minutes", kind: document, date: 2010}
      - {id: s2, citation: "Federation report", kind: document}
      - {id: s3, citation: "Interview with an NGO officer", kind: interview, date: 2016-03, private: true}
    actors:
      - {id: a, name: Federation, kind: federation}
      - {id: b, name: City, kind: city-government}
      - {id: c, name: NGO, kind: support-ngo}
      - {id: d, name: Donor, kind: donor}
    relationships:
      - {from: a, to: b, type: contention, since: 2010, until: 2010, source: s1, confidence: low}
      - {from: a, to: b, type: mou, since: 2015, until: 2015, sources: [s1, s2], confidence: high}
      - {from: a, to: c, type: collaboration, since: 2010, until: 2015, sources: [s2, s3], confidence: high}
      - {from: c, to: d, type: collaboration, since: 2015, until: 2015, source: s3, confidence: medium}
      - {from: b, to: c, type: collaboration, since: 2010, until: 2015, source: s2}
    """

@Suite struct EvidenceDecodingTests {
    @Test func sourcesAndConfidenceAreRead() throws {
        let dataset = try #require(check(evidenceMap).dataset)
        #expect(dataset.relationships.map(\.sources) == [["s1"], ["s1", "s2"], ["s2", "s3"], ["s3"], ["s2"]])
        #expect(dataset.relationships.map(\.confidence) == [.low, .high, .high, .medium, nil])
        #expect(dataset.relationships[0].source == "s1")
        let interview = try #require(dataset.source("s3"))
        #expect(interview.kind == .interview && interview.isPrivate && interview.date == CalendarDate(year: 2016, month: 3))
        #expect(dataset.source("s1")?.isPrivate == false && dataset.source("s1")?.date == CalendarDate(year: 2010))
    }

    /// Each broken line, and the line, field and fix the problem must name (counted by hand
    /// in the text: the title is line 1, the first relationship line 12).
    @Test(arguments: [
        ("source: s1, confidence: low}", "source: s9, confidence: low}", 12, "relationships[0].source", "unknown source 's9'", "did you mean 's1'"),
        ("sources: [s1, s2]", "sources: [s1, s22]", 13, "relationships[1].sources[1]", "unknown source 's22'", "did you mean 's2'"),
        ("confidence: medium}", "confidence: meduim}", 15, "relationships[3].confidence", "'meduim' is not one of the words `confidence` takes: low, medium, high", "did you mean 'medium'?"),
        ("kind: interview", "kind: interveiw", 5, "sources[2].kind", "'interveiw' is not one of the words `kind` takes:", "did you mean 'interview'?"),
        ("sources: [s2, s3]", "source: s2, sources: [s2, s3]", 14, "relationships[2].sources", "gives both `source` and `sources`", "sources: [first, second]"),
        ("sources: [s1, s2]", "sources: []", 13, "relationships[1].sources", "`sources` is an empty list", "name at least one source"),
    ])
    func badEvidenceIsNamedWithItsLine(_ replaced: String, _ replacement: String, _ line: Int, _ path: String, _ message: String, _ fix: String) throws {
        let text = evidenceMap.replacingOccurrences(of: replaced, with: replacement)
        #expect(text != evidenceMap)
        let report = check(text)
        #expect(report.dataset == nil)
        let problem = try #require(report.errors.first { $0.path == path }, "\(report.problems)")
        #expect(problem.line == line && problem.file == "map.yaml")
        #expect(problem.message.contains(message), "\(problem.message)")
        #expect(problem.fix?.contains(fix) == true, "\(problem.fix ?? "")")
    }

    /// A single source is placed where the file wrote it: under `source`, as the one entry of
    /// a `sources` list, or as one word under `sources`; the column is that of the id.
    @Test(arguments: [
        ("sources: [s1, s2]", "sources: [s22]", "relationships[1].sources[0]"),
        ("sources: [s1, s2]", "sources: s22", "relationships[1].sources"),
        ("source: s3, confidence: medium", "source: s22, confidence: medium", "relationships[3].source"),
    ])
    func aSingleSourceIsPlacedWhereItWasWritten(_ replaced: String, _ replacement: String, _ path: String) throws {
        let text = evidenceMap.replacingOccurrences(of: replaced, with: replacement)
        #expect(text != evidenceMap)
        let report = check(text)
        let problem = try #require(report.errors.first, "\(report.problems)")
        #expect(report.errors.count == 1)
        #expect(problem.path == path && problem.message == "unknown source 's22'." && problem.fix == "did you mean 's2'?")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains(replacement) })
        // Columns count from 1; the map is ASCII, so characters and bytes agree.
        let column = lines[line].distance(from: lines[line].startIndex, to: lines[line].range(of: "s22")!.lowerBound) + 1
        #expect(problem.line == line + 1 && problem.column == column, "\(problem)")
    }

    @Test func aSourceCitedTwiceIsAWarning() throws {
        let report = check(evidenceMap.replacingOccurrences(of: "sources: [s1, s2]", with: "sources: [s1, s1]"))
        let warning = try #require(report.warnings.first, "\(report.problems)")
        #expect(warning.path == "relationships[1].sources[1]" && warning.line == 13 && warning.message.contains("cited twice"))
    }

    @Test func aTieWithoutSourceIsAWarningOnlyWhenStrict() throws {
        let text = evidenceMap.replacingOccurrences(of: ", source: s2}", with: "}")
        #expect(check(text).problems.isEmpty)
        var options = ReadingOptions()
        options.requiringSources = true
        let strict = DatasetReader(options: options).check(data: Data(text.utf8), syntax: .yaml, file: "map.yaml")
        #expect(strict.warnings.count == 1)
        let warning = try #require(strict.warnings.first)
        #expect(warning.path == "relationships[4]" && warning.line == 16 && warning.message == "this relationship cites no source.")
    }

    @Test func oneSourceIsWrittenBackAsTheShorthand() throws {
        let dataset = try #require(check(evidenceMap).dataset)
        let yaml = NativeDatasetWriter().text(dataset, syntax: .yaml)
        #expect(yaml.contains("source: s1, confidence: low"), "\(yaml)")
        #expect(yaml.contains("sources: [s1, s2], confidence: high"), "\(yaml)")
        #expect(!yaml.contains("sources: [s3]") && !yaml.contains("sources: [s2]}"))
        #expect(yaml.contains("private: true") && yaml.contains("kind: interview") && yaml.contains("date: 2016-03"))
        for syntax in [DatasetReader.Syntax.yaml, .json] {
            let text = NativeDatasetWriter().text(dataset, syntax: syntax)
            let again = try #require(DatasetReader().check(data: Data(text.utf8), syntax: syntax).dataset)
            #expect(again.relationships == dataset.relationships && again.sources == dataset.sources, "\(syntax)")
        }
    }

    @Test func interchangeFormatsKeepSeveralSourcesAndConfidence() throws {
        let dataset = try #require(check(evidenceMap).dataset)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evidence-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in [DatasetFormat.csv, .graphml, .gexf] {
            let target = folder.appendingPathComponent("map.\(format.rawValue)")
            for file in format.files(dataset, at: target) { try file.text.write(to: file.url, atomically: true, encoding: .utf8) }
            let report = DatasetReader().check(contentsOf: target)
            let again = try #require(report.dataset, "\(format): \(report.problems)")
            #expect(again.relationships.map(\.sources) == dataset.relationships.map(\.sources), "\(format)")
            #expect(again.relationships.map(\.confidence) == dataset.relationships.map(\.confidence), "\(format)")
        }
    }
}

@Suite struct EvidenceFilterTests {
    let dataset: Dataset

    init() throws { dataset = try #require(check(evidenceMap).dataset) }

    /// Counted by hand from the table above: of the positive types (mou, collaboration) there
    /// are r1–r4; contention (r0) is not measured.
    @Test func theEffectCountsTheRelationshipsOfTheTypesMeasured() {
        let medium = EvidenceFilter(minimumConfidence: .medium)
        // r4 records no confidence, so counts as low.
        #expect(medium.effect(on: dataset, types: .positive) == .init(minimumConfidence: "medium", minimumSources: 0, relationships: 4, removed: 1))
        // With every type, r0 (low) is measured and left out too.
        #expect(medium.effect(on: dataset, types: .all).removed == 2)
        let high = EvidenceFilter(minimumConfidence: .high)
        #expect(high.effect(on: dataset, types: .positive).removed == 2)
        let twoSources = EvidenceFilter(minimumSources: 2)
        // r3 and r4 cite one source each.
        #expect(twoSources.effect(on: dataset, types: .positive).removed == 2)
        #expect(EvidenceFilter(minimumConfidence: .low).effect(on: dataset, types: .all).removed == 0)
        #expect(!EvidenceFilter(minimumConfidence: .low).isActive)
        #expect(twoSources.effect(on: dataset, types: .positive).sentence
                == "--min-sources 2 left out 2 of the map's 4 relationships of the types measured, in every year.")
    }

    @Test func aSourceCitedTwiceCountsOnce() throws {
        let text = evidenceMap.replacingOccurrences(of: "source: s2}", with: "sources: [s2, s2]}")
        let doubled = try #require(check(text).dataset)
        #expect(EvidenceFilter(minimumSources: 2).effect(on: doubled, types: .positive).removed == 2)
    }

    /// Degree in 2015 over the positive ties: all four give a 2, b 2, c 3, d 1; with two
    /// sources only r1 (a–b) and r2 (a–c) stay: a 2, b 1, c 1, d 0.
    @Test func theProjectionLeavesOutWhatTheFilterTurnsAway() {
        let snapshot = Snapshot(dataset, at: .year(2015))
        let all = MetricsTable(snapshot, options: MetricOptions(), measures: [.degree], mapFigures: [])
        #expect(["a", "b", "c", "d"].map { all.value(.degree, of: $0) } == [2, 2, 3, 1])
        let options = MetricOptions(projection: ProjectionOptions(evidence: EvidenceFilter(minimumSources: 2)))
        let filtered = MetricsTable(snapshot, options: options, measures: [.degree], mapFigures: [])
        #expect(["a", "b", "c", "d"].map { filtered.value(.degree, of: $0) } == [2, 1, 1, 0])
    }

    /// Ties the filter turns away are not formed or dissolved either: with confidence medium
    /// and above, r0 (low) and r4 (none) go, so 2010 has only a–c; 2015 adds a–b mou and c–d.
    @Test func theShiftsTiesFollowTheFilter() {
        let options = MetricOptions(projection: ProjectionOptions(types: .all, evidence: EvidenceFilter(minimumConfidence: .medium)))
        let shift = PowerShift(dataset, from: .year(2010), to: .year(2015), measure: .degree, options: options)
        #expect(shift.ties.removed.isEmpty)
        #expect(shift.ties.added.count == 2 && shift.ties.persisted.count == 1)
        #expect(shift.transitions.isEmpty, "without r0 there is no contention to turn into an MoU")
    }

    @Test func privateSourcesAreWithheldButStillCount() throws {
        let withheld = dataset.withholdingPrivateSources()
        #expect(withheld.sources.map(\.id) == ["s1", "s2", "private-1"])
        let source = try #require(withheld.source("private-1"))
        #expect(source.citation == Dataset.withheldCitation && source.date == nil && source.url == nil && source.kind == .interview)
        #expect(withheld.relationships.map(\.sources) == [["s1"], ["s1", "s2"], ["s2", "private-1"], ["private-1"], ["s2"]])
        // The same figures: the filter counts a withheld source as it counted the source.
        for filter in [EvidenceFilter(minimumSources: 2), EvidenceFilter(minimumConfidence: .medium)] {
            #expect(filter.effect(on: withheld, types: .all) == filter.effect(on: dataset, types: .all))
        }
        // Withholding twice changes nothing, and a public id like the placeholder is left free.
        #expect(withheld.withholdingPrivateSources().sources == withheld.sources)
        let clash = try #require(check(evidenceMap.replacingOccurrences(of: "id: s1,", with: "id: private-1,")
            .replacingOccurrences(of: "source: s1", with: "source: private-1").replacingOccurrences(of: "[s1, s2]", with: "[private-1, s2]")).dataset)
        #expect(clash.withholdingPrivateSources().sources.map(\.id) == ["private-1", "s2", "private-2"])
    }

    /// Counted from the table above: r1 and r2 cite two sources, r0, r3 and r4 one; confidence
    /// high 2, medium 1, low 1, none 1. s2 is cited by r1, r2 and r4.
    @Test func theReportsSourcesSectionCountsTheEvidence() throws {
        let withheld = dataset.withholdingPrivateSources()
        let series = MetricSeries(withheld, moments: MetricSeries.moments(from: 2010, to: 2015))
        let shift = PowerShift(withheld, from: .year(2010), to: .year(2015), measure: .degree)
        let html = HTMLReport(series: series, shift: shift, measure: .degree).html()
        #expect(html.contains("Of the map&#39;s 5 relationships, 2 cite two or more sources and 3 cite one source. Confidence: high 2, medium 1, low 1, not recorded 1."), "\(html)")
        #expect(html.contains("<tr id=\"source-s2\"><td><code>s2</code></td><td>Federation report</td><td>document</td><td></td><td class=\"number\">3</td></tr>"))
        #expect(html.contains("<td>A private source (withheld)</td><td>interview</td><td></td><td class=\"number\">2</td>"))
        #expect(!html.contains("Interview with an NGO officer"))
    }

    @Test func tieSourcesMergeTheirRelationships() throws {
        let sources = TieSources(Snapshot(dataset, at: .year(2015)))
        let a = try #require(dataset.actorIndex(of: "a")), b = try #require(dataset.actorIndex(of: "b"))
        let mou = try #require(dataset.vocabulary.typeIndex(of: "mou"))
        #expect(sources.sources(of: TieKey(type: mou, from: a, to: b)) == ["s1", "s2"])
        #expect(sources.sources(between: b, and: a) == ["s1", "s2"])
        let early = TieSources(Snapshot(dataset, at: .year(2010)))
        #expect(early.sources(between: a, and: b) == ["s1"])
    }
}
