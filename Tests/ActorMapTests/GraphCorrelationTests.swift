import Foundation
import Testing
@testable import ActorMap

/// Seven actors a..g: collaboration in 2010 and in 2020, and MoUs and funding in 2020. The
/// same networks are written out by hand in `Fixtures/qap-sna.R`, whose output
/// (`Fixtures/qap-sna.txt`, R sna 2.7.1) gives the values below.
let qapMapText = """
    title: QAP
    actors:
      - {id: a, name: A, kind: federation}
      - {id: b, name: B, kind: federation}
      - {id: c, name: C, kind: federation}
      - {id: d, name: D, kind: federation}
      - {id: e, name: E, kind: federation}
      - {id: f, name: F, kind: federation}
      - {id: g, name: G, kind: federation}
    relationships:
      - {from: a, to: b, type: collaboration, since: 2010, until: 2010}
      - {from: a, to: c, type: collaboration, since: 2010, until: 2010}
      - {from: b, to: c, type: collaboration, since: 2010, until: 2010}
      - {from: c, to: d, type: collaboration, since: 2010, until: 2010}
      - {from: d, to: e, type: collaboration, since: 2010, until: 2010}
      - {from: e, to: f, type: collaboration, since: 2010, until: 2010}
      - {from: f, to: g, type: collaboration, since: 2010, until: 2010}
      - {from: a, to: g, type: collaboration, since: 2010, until: 2010}
      - {from: a, to: b, type: collaboration, since: 2020}
      - {from: b, to: c, type: collaboration, since: 2020}
      - {from: c, to: d, type: collaboration, since: 2020}
      - {from: d, to: e, type: collaboration, since: 2020}
      - {from: a, to: e, type: collaboration, since: 2020}
      - {from: b, to: f, type: collaboration, since: 2020}
      - {from: f, to: g, type: collaboration, since: 2020}
      - {from: c, to: g, type: collaboration, since: 2020}
      - {from: a, to: d, type: collaboration, since: 2020}
      - {from: a, to: b, type: mou, since: 2020}
      - {from: c, to: d, type: mou, since: 2020}
      - {from: e, to: f, type: mou, since: 2020}
      - {from: a, to: c, type: mou, since: 2020}
      - {from: b, to: g, type: mou, since: 2020}
      - {from: a, to: b, type: funding, since: 2020}
      - {from: a, to: c, type: funding, since: 2020}
      - {from: b, to: c, type: funding, since: 2020}
      - {from: d, to: a, type: funding, since: 2020}
      - {from: e, to: f, type: funding, since: 2020}
      - {from: g, to: f, type: funding, since: 2020}
      - {from: c, to: a, type: funding, since: 2020}
      - {from: b, to: d, type: funding, since: 2020}
    """

@Suite struct GraphCorrelationTests {
    let dataset: Dataset

    init() throws {
        dataset = try #require(check(qapMapText).dataset)
    }

    /// Four standard errors of a share estimated from `count` draws around the exact `p`:
    /// the honest tolerance for a Monte Carlo p-value.
    private func tolerance(_ p: Double, _ count: Int) -> Double {
        4 * (p * (1 - p) / Double(count)).squareRoot() + 1e-9
    }

    @Test(arguments: [ProjectionOptions.Direction.undirected, .directed])
    func twoYearsAsSnaComputesThem(direction: ProjectionOptions.Direction) throws {
        let options = ProjectionOptions(types: .only(["collaboration"]), direction: direction)
        let test = GraphCorrelation(
            from: Snapshot(dataset, at: .year(2010)), to: Snapshot(dataset, at: .year(2020)), options: options,
            permutations: 5000, seed: 7)
        #expect(test.actors == 7)
        // sna::gcor(collab2010, collab2020, mode = "graph" / "digraph", diag = FALSE).
        #expect(abs(try #require(test.correlation) - 0.31137618438976378) < 1e-12)
        // Exact p-values over all 5040 relabellings: 0.1984126984126984 and 0.95079365079365075.
        let greater = try #require(test.pGreaterOrEqual), less = try #require(test.pLessOrEqual)
        #expect(abs(greater - 0.1984126984126984) < tolerance(0.1984126984126984, 5000))
        #expect(abs(less - 0.95079365079365075) < tolerance(0.95079365079365075, 5000))
        #expect(test.permutations == 5000 && test.seed == 7)
    }

    @Test func twoKindsOfTieInOneYear() throws {
        // Do MoUs follow the money? sna::gcor(mou2020, funding2020, mode = "digraph").
        let snapshot = Snapshot(dataset, at: .year(2020))
        let mou = ProjectionOptions(types: .only(["mou"]), direction: .directed)
        let funding = ProjectionOptions(types: .only(["funding"]), direction: .directed)
        let test = GraphCorrelation(snapshot, mou, funding, permutations: 5000, seed: 1)
        #expect(abs(try #require(test.correlation) - 0.2982793795006522) < 1e-12)
        // Exact: 0.10634920634920635 and 0.98095238095238091. sna::qaptest's own 20000
        // draws give 0.10595 and 0.9031: it compares without a tolerance, so relabellings
        // that correlate exactly as much, up to rounding, fall on either side of it; here
        // they count as equal, as the exact enumeration does.
        #expect(abs(try #require(test.pGreaterOrEqual) - 0.10634920634920635) < tolerance(0.10634920634920635, 5000))
        #expect(abs(try #require(test.pLessOrEqual) - 0.98095238095238091) < tolerance(0.98095238095238091, 5000))
    }

    @Test func hammingDistanceAsSnaCountsIt() throws {
        // sna::hdist(collab2010, collab2020, mode = "graph"): 7 pairs tied in one year only
        // (a–c, e–f, a–g gone; a–e, b–f, c–g, a–d new); "digraph" counts each twice, 14.
        let shift = PowerShift(dataset, from: .year(2010), to: .year(2020))
        let collaboration = try #require(dataset.vocabulary.typeIndex(of: "collaboration"))
        let change = try #require(shift.tiesByType.first { $0.type == collaboration }).change
        #expect(change.hamming == 7)
        #expect(change.added.count == 4 && change.removed.count == 3)
    }

    @Test func theSameSeedGivesTheSameValues() throws {
        let options = ProjectionOptions(types: .only(["collaboration"]))
        let before = Snapshot(dataset, at: .year(2010)), after = Snapshot(dataset, at: .year(2020))
        let first = GraphCorrelation(from: before, to: after, options: options, permutations: 300, seed: 3)
        let again = GraphCorrelation(from: before, to: after, options: options, permutations: 300, seed: 3)
        #expect(first == again)
    }

    @Test func aNetworkWithoutTiesHasNoCorrelation() throws {
        // In 2010 there are no MoUs: the matrix is constant and Pearson's r undefined.
        let options = ProjectionOptions(types: .only(["mou"]))
        let test = GraphCorrelation(
            from: Snapshot(dataset, at: .year(2010)), to: Snapshot(dataset, at: .year(2020)), options: options,
            permutations: 100, seed: 0)
        #expect(test.correlation == nil && test.pGreaterOrEqual == nil)
        #expect(test.sentence.contains("undefined"))
    }

    @Test func onlyActorsOnTheMapAtBothMomentsCount() throws {
        let text = """
            title: Partly
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: federation}
              - {id: c, name: C, kind: federation}
              - {id: late, name: Late, kind: federation, since: 2015}
            relationships:
              - {from: a, to: b, type: collaboration, since: 2010}
              - {from: b, to: c, type: collaboration, since: 2010, until: 2012}
              - {from: a, to: late, type: collaboration, since: 2015}
            """
        let map = try #require(check(text).dataset)
        let test = GraphCorrelation(
            from: Snapshot(map, at: .year(2010)), to: Snapshot(map, at: .year(2020)), options: ProjectionOptions(),
            permutations: 10, seed: 0)
        // Over a, b, c: 2010 has a–b and b–c, 2020 a–b. Off-diagonal cells, each pair twice:
        // x = (1,1,0) and y = (1,0,0) per pair; r = (1/3 − 2/3·1/3) / √(2/9 · 2/9) = 0.5.
        #expect(test.actors == 3)
        #expect(abs(try #require(test.correlation) - 0.5) < 1e-12)
    }
}
