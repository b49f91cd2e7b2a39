import Foundation
import Testing
@testable import ActorMap

@Suite struct MapFigureTests {
    @Test func everyFigureOfTheMapIsExplained() throws {
        let dataset = try #require(check(smallMap).dataset)
        let table = MetricsTable(Snapshot(dataset, at: .year(2012)))
        let names = table.graph.figures.map(\.name)
        #expect(names.count == 14)
        for name in names {
            let figure = MapFigure(rawValue: name)
            #expect(figure != nil, "\(name) has no explanation")
            #expect((figure?.explanation.count ?? 0) > 40)
        }
    }

    @Test func eachCentralisationSaysOfWhichMeasure() {
        #expect(MapFigure.degreeCentralization.explanation.contains("centralisation of degree"))
        #expect(MapFigure.betweennessCentralization.explanation.contains("centralisation of betweenness"))
        #expect(MapFigure.closenessCentralization.explanation.contains("centralisation of closeness"))
        #expect(MapFigure.centralization.explanation.contains("centralisation of the measure compared"))
    }
}
