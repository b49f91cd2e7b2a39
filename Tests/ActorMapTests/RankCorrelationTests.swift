import Foundation
import Testing
@testable import ActorMap

@Suite struct RankCorrelationTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var name: String
        var x: [Double]
        var y: [Double]
        var kendall_tau: Double
        var spearman_rho: Double
        var testDescription: String { name }
    }

    /// From `Fixtures/rank-correlation-reference.py` (scipy's kendalltau and spearmanr).
    static let cases: [Case] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/rank-correlation-reference", withExtension: "json"),
              let data = try? Data(contentsOf: url)
        else { return [] }
        struct File: Decodable { var cases: [Case] }
        return (try? JSONDecoder().decode(File.self, from: data).cases) ?? []
    }()

    @Test func referenceCasesLoad() { #expect(Self.cases.count == 8) }

    @Test(arguments: cases)
    func matchesScipy(_ reference: Case) throws {
        let tau = try #require(RankCorrelation.kendallTau(reference.x, reference.y))
        let rho = try #require(RankCorrelation.spearmanRho(reference.x, reference.y))
        #expect(abs(tau - reference.kendall_tau) < 1e-12, "tau \(tau) vs \(reference.kendall_tau)")
        #expect(abs(rho - reference.spearman_rho) < 1e-12, "rho \(rho) vs \(reference.spearman_rho)")
    }

    @Test func tauBByHand() throws {
        // x = 1 1 2, y = 1 2 3: pairs (1,2) tied in x only, (1,3) and (2,3) concordant.
        // τb = (2 − 0) / √((2 + 0 + 1)(2 + 0 + 0)) = 2 / √6.
        let tau = try #require(RankCorrelation.kendallTau([1, 1, 2], [1, 2, 3]))
        #expect(abs(tau - 2 / 6.0.squareRoot()) < 1e-15)
    }

    @Test func averageRanksShareTies() {
        #expect(RankCorrelation.averageRanks([0.5, 0.1, 0.5, 0.9]) == [2.5, 1, 2.5, 4])
    }

    @Test func undefinedForConstantOrTinyRankings() {
        #expect(RankCorrelation.kendallTau([1, 1, 1], [1, 2, 3]) == nil)
        #expect(RankCorrelation.spearmanRho([1, 2, 3], [4, 4, 4]) == nil)
        #expect(RankCorrelation.kendallTau([1], [1]) == nil)
        #expect(RankCorrelation.spearmanRho([], []) == nil)
    }
}
