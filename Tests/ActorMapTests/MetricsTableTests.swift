import Testing
@testable import ActorMap

/// The whole table, as `actormap metrics` computes it, against the reference values: the
/// measures tested one by one elsewhere must also come out right when computed together.
@Suite struct MetricsTableTests {
    @Test(arguments: ReferenceCases.all)
    func everyColumnMatchesTheReference(_ reference: ReferenceCase) throws {
        let table = MetricsTable(try reference.snapshot(), options: MetricOptions(
            projection: reference.projectionOptions, bonacichBeta: reference.beta))
        var compared = 0
        for measure in Measure.allCases {
            guard let expected = reference.expectedActorValues(measure.name) else { continue }
            compared += 1
            if let column = table.columns[measure] {
                expectClose(column, expected, "\(reference.name) \(measure.name)")
            } else {
                #expect(expected.allSatisfy { $0 == nil }, "\(reference.name): \(measure.name) undefined (\(table.undefined[measure]?.reason ?? "")) but the reference has values")
            }
        }
        #expect(compared >= 24, "the reference holds almost every column")

        let graph = Dictionary(uniqueKeysWithValues: table.graph.figures.map { ($0.name, $0.value) })
        for (name, expected) in reference.expected.graph {
            guard let measured = graph[name] else { continue }
            if let expected {
                let value = try #require(measured, "\(reference.name) \(name) undefined, expected \(expected)")
                #expect(abs(value - expected) <= 1e-6 * max(1, abs(expected)), "\(reference.name) \(name): \(value), expected \(expected)")
            } else {
                #expect(measured == nil || measured!.isNaN, "\(reference.name) \(name): \(measured!), expected undefined")
            }
        }
    }

    @Test func undefinedMeasuresSayWhy() throws {
        let karate = try #require(ReferenceCases.named("karate_weighted"))
        let table = MetricsTable(try karate.snapshot(), options: MetricOptions(projection: karate.projectionOptions))
        let katz = try #require(table.undefined[.katz])
        #expect(katz.reason.contains("λmax"))
        #expect(table.columns[.katz] == nil)
        #expect(table.value(.katz, node: 0) == nil)
    }

    @Test func theDefaultBetaIsHalfTheReciprocalOfTheLargestEigenvalue() throws {
        // A triangle has λmax = 2, so β = 0.25.
        let triangle = Projection(
            nodeCount: 3,
            arcs: [.init(from: 0, to: 1), .init(from: 1, to: 0), .init(from: 1, to: 2), .init(from: 2, to: 1), .init(from: 0, to: 2), .init(from: 2, to: 0)],
            directed: false, weighted: false)
        #expect(triangle.defaultBonacichBeta == 0.25)
        let chain = Projection(nodeCount: 3, arcs: [.init(from: 0, to: 1), .init(from: 1, to: 2)], directed: true, weighted: false)
        #expect(chain.defaultBonacichBeta == 1, "without cycles every β is defined")
    }

    @Test func groupSharesOfPageRankSumToOne() throws {
        let kite = try #require(ReferenceCases.named("krackhardt_kite"))
        let table = MetricsTable(try kite.snapshot(), options: MetricOptions(projection: kite.projectionOptions))
        let shares = try #require(table.groupShares(of: .pagerank))
        #expect(abs(shares.values.reduce(0, +) - 1) < 1e-12)
        #expect(table.groupShares(of: .katz) != nil)
        // On the path a–b–c with β = −0.9, (I + 0.9A)x = A1 gives b = −0.2/0.62 < 0: b's ties
        // are to a and c, who have no one else, yet the negative β makes that cost b power.
        let path = try #require(check("""
            title: Path
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: city-government}
              - {id: c, name: C, kind: donor}
            relationships:
              - {from: a, to: b, type: collaboration}
              - {from: b, to: c, type: collaboration}
            """).dataset)
        let negative = MetricsTable(Snapshot(path), options: MetricOptions(bonacichBeta: -0.9))
        #expect(try #require(negative.value(.bonacich, node: 1)) < 0)
        #expect(negative.groupShares(of: .bonacich) == nil, "shares of a measure with negative values mean nothing")
    }

    @Test func kindsCanBeTheSides() throws {
        let dataset = try #require(check("""
            title: Sides
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: community-group}
              - {id: c, name: C, kind: federation}
            relationships:
              - {from: a, to: b, type: collaboration}
              - {from: b, to: c, type: collaboration}
            """).dataset)
        // By group all three are organised communities: B coordinates twice (both directions).
        let byGroup = MetricsTable(Snapshot(dataset))
        #expect(byGroup.columns[.coordinator] == [0, 2, 0])
        #expect(byGroup.graph.eiIndex == -1)
        // By kind, B is a community group between two federations: itinerant.
        let byKind = MetricsTable(Snapshot(dataset), options: MetricOptions(sides: .kind))
        #expect(byKind.columns[.coordinator] == [0, 0, 0])
        #expect(byKind.columns[.itinerant] == [0, 2, 0])
        #expect(byKind.graph.eiIndex == 1)
    }
}
