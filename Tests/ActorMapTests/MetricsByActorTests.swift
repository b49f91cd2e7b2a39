import Testing
@testable import ActorMap

/// A table read by actor id: a federation brokers between one of its savings groups and a
/// county; a donor has no ties.
///
///     Zulu Savings Group (federation) — Broker Federation (federation) — Alpha County (county)
///     Delta Donor (donor), alone
@Suite struct MetricsByActorTests {
    let snapshot: Snapshot

    init() throws {
        let dataset = try #require(check("""
            title: By actor
            actors:
              - {id: zulu, name: Zulu Savings Group, kind: federation}
              - {id: broker, name: Broker Federation, kind: federation}
              - {id: alpha, name: Alpha County, kind: county-government}
              - {id: delta, name: Delta Donor, kind: donor}
            relationships:
              - {from: zulu, to: broker, type: collaboration}
              - {from: broker, to: alpha, type: mou}
            """).dataset)
        snapshot = Snapshot(dataset)
    }

    @Test func valuesByActorID() {
        let table = MetricsTable(snapshot, measures: [.betweenness, .degree])
        // The broker lies on the one path between the other two tied actors: 1 of the
        // (4 − 1)(4 − 2) / 2 = 3 pairs, networkx's normalisation.
        #expect(abs(table.value(.betweenness, of: "broker")! - 1.0 / 3) < 1e-15)
        #expect(table.value(.betweenness, of: "delta") == 0)
        #expect(table.value(.degree, of: "broker") == 2)
        #expect(table.value(.degree, of: "nobody") == nil)
        // Not asked for, so not computed.
        #expect(table.value(.pagerank, of: "broker") == nil)
    }

    @Test func rowsAndRanking() {
        let table = MetricsTable(snapshot, measures: [.betweenness])
        #expect(table.rows.map(\.actor.id) == ["zulu", "broker", "alpha", "delta"])
        #expect(table.rows.map(\.node) == [0, 1, 2, 3])
        // Highest first, then the three at 0 by name, not by dataset order.
        #expect(table.ranked(by: .betweenness).map(\.actor.name) == [
            "Broker Federation", "Alpha County", "Delta Donor", "Zulu Savings Group",
        ])
        let alpha = table.row(of: "alpha")
        #expect(alpha?.node == 2 && alpha?.datasetIndex == 2 && alpha?[.betweenness] == 0)
        #expect(table.node(of: "alpha") == 2)
        #expect(table.actor(node: 1).name == "Broker Federation")
        #expect(table.row(of: "nobody") == nil)
    }

    @Test func brokerageIsATypedValue() {
        let table = MetricsTable(snapshot, measures: Set(BrokerageRole.allCases.map(\.measure)))
        // Zulu → Broker → Alpha carries the federation's tie out to the county (representative);
        // Alpha → Broker → Zulu brings the county's in (gatekeeper). sna counts both ways.
        let broker = table.row(of: "broker")?.brokerage
        #expect(broker == BrokerageCounts(representative: 1, gatekeeper: 1))
        #expect(broker?.total == 2)
        #expect(broker?[.gatekeeper] == 1 && broker?[.liaison] == 0)
        #expect(table.row(of: "zulu")?.brokerage == .zero)
        // A table without the roles has no counts to give.
        #expect(MetricsTable(snapshot, measures: [.degree]).row(of: "broker")?.brokerage == nil)
        #expect(BrokerageRole.allCases.map(\.measure) == [.coordinator, .itinerant, .representative, .gatekeeper, .liaison])
        #expect(Measure.liaison.brokerageRole == .liaison && Measure.degree.brokerageRole == nil)
    }

    @Test func mapFiguresKeepWhyTheyAreUndefined() {
        let table = MetricsTable(snapshot, measures: [.closeness])
        #expect(table.graph.reciprocity == nil)
        #expect(table.graph.undefined[.reciprocity]?.reason == "the projection is undirected, where every tie runs both ways.")
        // Delta Donor has no ties, so igraph's closeness of it is 0 / 0.
        #expect(table.graph.closenessCentralization == nil)
        #expect(table.graph.undefined[.closenessCentralization]?.reason.hasPrefix("1 actor has no ties") == true)
        #expect(table.graph.undefined[.closenessCentralization]?.figure == .closenessCentralization)
        // Betweenness was not asked for: its centralisation is not computed, not undefined.
        #expect(table.graph.betweennessCentralization == nil && table.graph.undefined[.betweennessCentralization] == nil)

        let conflict = MetricsTable(
            snapshot, options: MetricOptions(projection: ProjectionOptions(types: .negative)), measures: [.community])
        #expect(conflict.graph.modularity == nil)
        #expect(conflict.graph.undefined[.modularity] == UndefinedMeasure(
            MapFigure.modularity, reason: "the map has no ties, so no share of ties can fall inside communities"))
        #expect(conflict.graph.undefined[.eiIndex]?.reason == "the map has no ties, so none runs within or across sides.")
        #expect(conflict.graph.undefined[.balance] != nil)
    }

    @Test func undefinedMeasuresCarryTheirMeasure() {
        let katz = UndefinedMeasure(.katz, reason: "α is too large.")
        #expect(katz.measure == .katz && katz.figure == nil && katz.subject == .measure(.katz))
        #expect(katz.description == "katz is undefined: α is too large.")
        #expect(katz.said(of: .authority) == UndefinedMeasure(.authority, reason: "α is too large."))
        let modularity = UndefinedMeasure(MapFigure.modularity, reason: "no ties.")
        #expect(modularity.name == "modularity" && modularity.measure == nil)
    }
}
