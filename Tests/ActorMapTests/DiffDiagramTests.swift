import Foundation
import Testing
@testable import ActorMap

@Suite struct DiffDiagramTests {
    /// Between 2010 and 2012: contention between the federation and the city becomes an
    /// MoU; contention between the federation and a firm forms; the NGO's technical support
    /// ends; collaboration with the NGO is kept; funding runs both ways from 2012.
    let changing = """
        title: Changing
        actors:
          - {id: fed, name: Federation, kind: federation}
          - {id: city, name: City, kind: city-government}
          - {id: firm, name: Firm, kind: private-firm}
          - {id: ngo, name: NGO, kind: support-ngo}
        relationships:
          - {from: fed, to: city, type: contention, since: 2010, until: 2011}
          - {from: fed, to: city, type: mou, since: 2012}
          - {from: fed, to: firm, type: contention, since: 2012}
          - {from: ngo, to: fed, type: technical-support, until: 2010}
          - {from: ngo, to: fed, type: collaboration}
          - {from: ngo, to: city, type: funding, since: 2012}
          - {from: city, to: ngo, type: funding, since: 2012}
        """

    private func diff() throws -> DOTGraph {
        let report = check(changing)
        let dataset = try #require(report.dataset, "\(report.problems)")
        let shift = PowerShift(dataset, from: .year(2010), to: .year(2012))
        return DiffDiagram(shift, layout: PinnedLayout(positions: [:])).graph
    }

    private func nodeID(_ graph: DOTGraph, _ actor: String) throws -> String {
        try #require(graph.nodes.first { $0.attributes[.id] == .identifier("actor-\(actor)") }).id
    }

    private func edges(_ graph: DOTGraph, _ a: String, _ b: String) throws -> [DOTGraph.Edge] {
        let x = try nodeID(graph, a), y = try nodeID(graph, b)
        return graph.edges.filter { Set([$0.from, $0.to]) == Set([x, y]) }
    }

    /// An actor who entered has a value at the later year only: its tooltip said "pagerank
    /// change 0", a change that did not happen. Degrees by hand: in 2010 the federation has
    /// the city and the old partner (2), the city 1, the old partner 1; in 2012 the
    /// federation has the city and the agency (2), the city 1, the agency 1.
    @Test func tooltipsGiveBothYearsValuesAndNoChangeForWhoEnteredOrLeft() throws {
        let report = check("""
            title: Arrivals
            actors:
              - {id: fed, name: Federation, kind: federation}
              - {id: city, name: City, kind: city-government}
              - {id: agency, name: Agency, kind: national-agency, since: 2011}
              - {id: old, name: Old partner, kind: support-ngo, until: 2010}
            relationships:
              - {from: fed, to: city, type: mou}
              - {from: agency, to: fed, type: collaboration, since: 2011}
              - {from: old, to: fed, type: collaboration, until: 2010}
            """)
        let dataset = try #require(report.dataset, "\(report.problems)")
        let graph = DiffDiagram(PowerShift(dataset, from: .year(2010), to: .year(2012), measure: .degree), layout: PinnedLayout(positions: [:])).graph
        func tooltip(_ id: String) -> DOTValue? {
            graph.nodes.first { $0.attributes[.id] == .identifier("actor-\(id)") }?.attributes[.tooltip]
        }
        #expect(tooltip("agency") == .tooltip("Agency\nNational agency · State\nentered: degree 1 in 2012"))
        #expect(tooltip("old") == .tooltip("Old partner\nSupport NGO · Civil society and NGOs\nleft: degree 1 in 2010"))
        #expect(tooltip("city") == .tooltip("City\nCity government · State\ndegree 1 in 2010, 1 in 2012"))
        // They are white, as the unchanged are, and the legend says so.
        let agency = graph.nodes.first { $0.attributes[.id] == .identifier("actor-agency") }
        #expect(agency?.attributes[.fillcolor] == .color("#FFFFFF"))
        guard case .html(let label) = graph.attributes[.label] else {
            Issue.record("the diff's heading is not an HTML-like label")
            return
        }
        #expect(label.markup.contains(">unchanged, entered or left<"), "\(label.markup)")
    }

    @Test func aFormedContentionTieStaysContention() throws {
        let graph = try diff()
        let formed = try #require(try edges(graph, "fed", "firm").first)
        // The catalogue's contention: orange, dashed, bars at both ends; not the blue of a
        // cooperative tie.
        #expect(formed.attributes[.color] == .color("#D55E00"))
        #expect(formed.attributes[.style] == .identifier("dashed"))
        #expect(formed.attributes[.arrowhead] == .identifier("tee"))
        #expect(formed.attributes[.arrowtail] == .identifier("tee"))
        #expect(formed.attributes[.class] == .identifier("tie formed type-contention"))
    }

    @Test func changeIsShownByWidthAndStrengthNotByColour() throws {
        let graph = try diff()
        let kept = try #require(try edges(graph, "ngo", "fed").first { $0.attributes[.class] == .identifier("tie kept type-collaboration") })
        let dissolved = try #require(try edges(graph, "ngo", "fed").first { $0.attributes[.class] == .identifier("tie dissolved type-technical-support") })
        let formed = try #require(try edges(graph, "fed", "firm").first)
        guard case .number(let keptWidth) = kept.attributes[.penwidth], case .number(let formedWidth) = formed.attributes[.penwidth],
              case .number(let dissolvedWidth) = dissolved.attributes[.penwidth] else {
            Issue.record("pen widths missing")
            return
        }
        #expect(formedWidth >= 2 * keptWidth)
        #expect(dissolvedWidth <= keptWidth)
        // Both keep their type's colour; the dissolved one is that colour made faint.
        #expect(kept.attributes[.color] == .color("#56B4E9"))
        #expect(dissolved.attributes[.color] == .color("#CC79A7" + "55"))
        guard case .html(let legend) = graph.attributes[.label] else {
            Issue.record("the legend is not an HTML-like label")
            return
        }
        for key in ["formed since 2010", "dissolved by 2012", "kept: tied in 2010 and 2012", "changed type"] {
            #expect(legend.markup.contains(key), "\(key)")
        }
    }

    @Test func aRetypedPairIsOneEdgeMarkedWithTheChange() throws {
        let graph = try diff()
        let between = try edges(graph, "fed", "city")
        #expect(between.count == 1)
        let edge = try #require(between.first)
        #expect(edge.attributes[.class] == .identifier("tie retyped type-mou"))
        #expect(edge.attributes[.xlabel] == .text("Contention → Memorandum of understanding"))
        #expect(edge.attributes[.color] == .color("#0072B2"))
        #expect(edge.attributes[.style] == .identifier("bold"))
    }

    @Test func oneEdgePerPairAndTypeWhateverTheDirections() throws {
        let graph = try diff()
        let funding = try edges(graph, "ngo", "city")
        #expect(funding.count == 1)
        #expect(funding.first?.attributes[.dir] == .identifier("both"))
    }

    @Test func kindsKeepTheirShapesAndGroupsTheirColours() throws {
        let graph = try diff()
        let city = try #require(graph.nodes.first { $0.attributes[.id] == .identifier("actor-city") })
        #expect(city.attributes[.shape] == .identifier(Vocabulary.catalogue.kinds.first { $0.id == "city-government" }!.shape!))
        #expect(city.attributes[.color] == .color("#0072B2"))
        let ngo = try #require(graph.nodes.first { $0.attributes[.id] == .identifier("actor-ngo") })
        #expect(ngo.attributes[.shape] == .identifier("box"))
    }
}
