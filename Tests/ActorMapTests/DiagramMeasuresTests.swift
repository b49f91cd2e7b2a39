import Testing
@testable import ActorMap

/// The figures a drawing shows from a table of measures: tooltips, sizes, community fills.
@Suite struct DiagramMeasuresTests {
    let map = """
        title: Measured
        actors:
          - {id: fed, name: Federation, kind: federation}
          - {id: city, name: City, kind: city-government}
          - {id: ngo, name: NGO, kind: support-ngo}
        relationships:
          - {from: fed, to: city, type: mou}
          - {from: ngo, to: fed, type: technical-support}
        """

    @Test func aSmallMapIsMeasuredForItsTooltipsAndWhatElseIsAsked() throws {
        let snapshot = Snapshot(try #require(check(map).dataset))
        #expect(DiagramOptions.measuresShown(in: snapshot, size: nil, communities: false) == [.degree, .betweenness, .pagerank])
        #expect(DiagramOptions.measuresShown(in: snapshot, size: .constraint, communities: true)
                == [.degree, .betweenness, .pagerank, .constraint, .community])
    }

    @Test func aLargeMapIsMeasuredOnlyWhenAsked() throws {
        // One actor more than the limit, none of them tied.
        let actors = (0...DiagramOptions.measuredTooltipLimit).map { "  - {id: a\($0), name: A\($0), kind: federation}" }
        let large = Snapshot(try #require(check("title: Large\nactors:\n" + actors.joined(separator: "\n") + "\n").dataset))
        #expect(large.actorIndices.count == 2001)
        #expect(DiagramOptions.measuresShown(in: large, size: nil, communities: false).isEmpty)
        #expect(DiagramOptions.measuresShown(in: large, size: nil, communities: true) == [.degree, .betweenness, .pagerank, .community])
    }

    @Test func theTableSetsTooltipsSizeAndCommunities() throws {
        let snapshot = Snapshot(try #require(check(map).dataset))
        let table = MetricsTable(snapshot, measures: DiagramOptions.measuresShown(in: snapshot, size: .constraint, communities: true))
        var options = DiagramOptions()
        try options.show(table, size: .constraint, communities: true)
        // The three tooltip figures, then the size's own.
        #expect(options.figures.map(\.name) == ["degree", "betweenness", "pagerank", "constraint"])
        #expect(options.size?.name == "constraint")
        // The federation is tied to both others (degree 2), each of them to it alone.
        #expect(options.figures[0].values == [2, 1, 1])
        guard case .community(let communities) = options.coloring else {
            Issue.record("expected a fill by community, got \(options.coloring)")
            return
        }
        #expect(communities.count == 3)

        var plain = DiagramOptions()
        try plain.show(table, size: nil, communities: false)
        #expect(plain.figures.map(\.name) == ["degree", "betweenness", "pagerank"])
        #expect(plain.size == nil && plain.coloring == .group)
    }
}
