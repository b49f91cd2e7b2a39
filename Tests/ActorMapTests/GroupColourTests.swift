import Foundation
import Testing
@testable import ActorMap

/// A group has one colour on every picture: a map of any year, the diff, the report's
/// swatches and its chart lines.
@Suite struct GroupColourTests {
    /// Three groups without colours of their own; the brokers alone are active in 2000.
    let map = """
        title: Colours
        groups:
          - {id: residents, label: Residents}
          - {id: officials, label: Officials}
          - {id: brokers, label: Brokers}
        kinds:
          - {id: resident, label: Resident, group: residents}
          - {id: official, label: Official, group: officials}
          - {id: broker, label: Broker, group: brokers}
        actors:
          - {id: r, name: R, kind: resident, since: 2001}
          - {id: o, name: O, kind: official, since: 2001}
          - {id: b, name: B, kind: broker}
          - {id: b2, name: B2, kind: broker}
        relationships:
          - {from: b, to: b2, type: collaboration}
          - {from: r, to: b, type: collaboration, since: 2001}
          - {from: o, to: b, type: mou, since: 2001}
        """

    @Test func oneHexPerGroupInMapsDiffAndReport() throws {
        let dataset = try #require(check(map).dataset)
        func fill(_ actor: String, _ year: Int) throws -> DOTValue? {
            let graph = try Diagram(Snapshot(dataset, at: .year(year))).graph
            return graph.nodes.first { $0.attributes[.id] == .identifier("actor-\(actor)") }?.attributes[.fillcolor]
        }
        let brokers = try #require(try fill("b", 2001))
        // Alone on the map in 2000, the brokers keep the colour they have beside the others.
        #expect(try fill("b", 2000) == brokers)
        guard case .color(let hex) = brokers else {
            Issue.record("the brokers' fill is \(brokers), not a colour")
            return
        }
        let others = [try fill("r", 2001), try fill("o", 2001)]
        #expect(!others.contains(brokers), "each group its own colour")

        let shift = PowerShift(dataset, from: .year(2000), to: .year(2001))
        let diff = DiffDiagram(shift, layout: PinnedLayout(positions: [:])).graph
        #expect(diff.nodes.first { $0.attributes[.id] == .identifier("actor-b") }?.attributes[.color] == brokers)

        let series = MetricSeries(dataset, moments: MetricSeries.moments(from: 2000, to: 2001))
        let page = HTMLReport(series: series, shift: shift, measure: .pagerank).html()
        let swatch = try #require(page.firstMatch(of: /<i class="swatch (g[0-9]+)"><\/i>Brokers/)).output.1
        #expect(page.contains(".\(swatch){background:\(hex)}"))
        #expect(page.contains("stroke=\"\(hex)\""))
    }

    @Test func theReportsTypeKeyUsesTheMapsLineColours() throws {
        // Advocacy is the catalogue's yellow, which the maps darken to show on white; a
        // type without a colour takes the palette's most distinct one on the maps.
        let dataset = try #require(check("""
            title: Types
            relationship_types:
              - {id: lease, label: Lease, directed: true, sign: 1}
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: city-government}
            relationships:
              - {from: a, to: b, type: advocacy}
              - {from: b, to: a, type: lease}
            """).dataset)
        let series = MetricSeries(dataset, moments: [.allTime])
        let shift = PowerShift(before: series.tables[0], after: series.tables[0], measure: .pagerank)
        let page = HTMLReport(series: series, shift: shift, measure: .pagerank).html()
        let edges = try Diagram(Snapshot(dataset, at: .allTime)).graph.edges
        for edge in edges {
            guard case .color(let hex) = edge.attributes[.color] else { continue }
            #expect(page.contains("stroke=\"\(hex)\""), "\(hex)")
        }
        #expect(!page.contains("stroke=\"#F0E442\""))
    }
}
