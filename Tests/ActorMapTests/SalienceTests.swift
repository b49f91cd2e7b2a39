import Foundation
import Testing
@testable import ActorMap

/// Perceived against structural power, on a map worked out by hand and on the Net-Map
/// example against scipy and networkx (`Fixtures/salience-reference.py`).
@Suite struct SalienceTests {
    /// Five rated actors a–e and an unrated f. Ties (collaboration, undirected): a–b, a–c,
    /// a–d, b–c, e–f, so degrees are a 3, b 2, c 2, d 1, e 1, f 1.
    static let handMap = map(["a": "2", "b": "5", "c": "2", "d": "4.0", "e": "1"])

    /// The hand map with these ratings of influence (f stays unrated).
    static func map(_ ratings: [String: String]) -> String {
        let kinds = ["a": "federation", "b": "city-government", "c": "support-ngo", "d": "donor", "e": "researcher"]
        let actors = ["a", "b", "c", "d", "e"].map { id in
            "  - {id: \(id), name: Actor \(id.uppercased()), kind: \(kinds[id]!), attributes: {influence: \(ratings[id]!)}}"
        }
        return (["title: Hand-worked salience", "actors:"] + actors + [
            "  - {id: f, name: Actor F, kind: researcher}",
            "relationships:",
            "  - {from: a, to: b, type: collaboration, since: 2010}",
            "  - {from: a, to: c, type: collaboration, since: 2010}",
            "  - {from: a, to: d, type: collaboration, since: 2010}",
            "  - {from: b, to: c, type: collaboration, since: 2010}",
            "  - {from: e, to: f, type: collaboration, since: 2010}",
        ]).joined(separator: "\n")
    }

    static func salience(_ text: String = handMap, measure: Measure = .degree, rating: String = "influence") throws -> Salience {
        let dataset = try #require(check(text).dataset)
        let table = MetricsTable(Snapshot(dataset, at: .year(2012)), measures: [measure], mapFigures: [])
        return try Salience(table, rating: rating, measure: measure)
    }

    @Test func ranksAndGapsByHand() throws {
        let salience = try Self.salience()
        // Ratings a 2, b 5, c 2, d 4, e 1: ranks (1 highest, ties share the best) b 1, d 2,
        // a 3, c 3, e 5. Degrees a 3, b 2, c 2, d 1, e 1: ranks a 1, b 2, c 2, d 4, e 4.
        // Gap = rating rank − degree rank: a +2, b −1, c +1, d −2, e +1.
        let rows = Dictionary(uniqueKeysWithValues: salience.rows.map { ($0.id, $0) })
        #expect(rows.count == 5)
        let expected: [String: (Int, Int, Int)] = ["a": (3, 1, 2), "b": (1, 2, -1), "c": (3, 2, 1), "d": (2, 4, -2), "e": (5, 4, 1)]
        for (id, (ratingRank, measureRank, gap)) in expected {
            let row = try #require(rows[id])
            #expect((row.ratingRank, row.measureRank, row.gap) == (ratingRank, measureRank, gap), "\(id)")
        }
        #expect(rows["d"]?.rating == 4)
        // Ordered by rating rank, then measure rank (a before c, both 3rd by rating), then name.
        #expect(salience.rows.map(\.id) == ["b", "d", "a", "c", "e"])
        #expect(salience.unrated.map(\.id) == ["f"])
        #expect(salience.unmeasured.isEmpty)
    }

    @Test func correlationsByHandAndScipy() throws {
        let salience = try Self.salience()
        // Spearman: average ranks x = (2.5, 5, 2.5, 4, 1), y = (5, 3.5, 3.5, 1.5, 1.5), both of
        // mean 3; Σdxdy = 1.25, Σdx² = 9.5, Σdy² = 9; ρ = 1.25 / √85.5.
        // Kendall: concordant a–e, b–d, b–e, c–e (4); discordant a–b, a–d, c–d (3); tied in
        // rating only a–c (1); in degree only b–c, d–e (2); τ-b = 1 / √(8·9) = 1/√72.
        let rho = try #require(salience.spearmanRho), tau = try #require(salience.kendallTau)
        #expect(abs(rho - 1.25 / 85.5.squareRoot()) < 1e-12)
        #expect(abs(tau - 1 / 72.0.squareRoot()) < 1e-12)
        let hand = try #require(Self.reference.first { $0.name == "hand" })
        #expect(abs(rho - hand.spearman_rho) < 1e-12)
        #expect(abs(tau - hand.kendall_tau) < 1e-12)
    }

    @Test func sentencesNameTheExtremes() throws {
        let sentences = try Self.salience().sentences
        #expect(sentences.contains("Most under-rated, by 2 places: Actor A (joint 3rd by influence, 1st by degree)."))
        #expect(sentences.contains("Most over-rated, by 2 places: Actor D (2nd by influence, joint 4th by degree)."))
        #expect(sentences.contains { $0.hasPrefix("1 actor on the map has no influence rating and is left out: Actor F") })
        #expect(sentences.contains { $0.contains("Spearman's ρ is 0.14 and Kendall's τ-b 0.12") })
    }

    @Test func noMostWhenRanksAgree() throws {
        // Ratings a 9, b 7, c 7, d 3, e 3 rank as degrees do (1, 2, 2, 4, 4): every gap is 0.
        let text = Self.map(["a": "9", "b": "7", "c": "7", "d": "3", "e": "3"])
        let salience = try Self.salience(text)
        #expect(salience.rows.allSatisfy { $0.gap == 0 }, "\(salience.rows)")
        let sentences = salience.sentences
        #expect(sentences.contains("Every actor holds the same rank by influence as by degree."))
        #expect(!sentences.contains { $0.contains("Most") || $0.contains("under-rated") || $0.contains("over-rated") })
        #expect(salience.extremes(underRated: true).isEmpty && salience.extremes(underRated: false).isEmpty)
    }

    @Test func onlyOneOnASideIsNotMost() throws {
        // Two actors, swapped: one under-rated, one over-rated, nobody else to be "most" beside.
        let text = """
            title: Two
            actors:
              - {id: a, name: A, kind: federation, attributes: {influence: 1}}
              - {id: b, name: B, kind: federation, attributes: {influence: 2}}
              - {id: c, name: C, kind: federation}
            relationships:
              - {from: a, to: c, type: collaboration, since: 2010}
            """
        let sentences = try Self.salience(text).sentences
        #expect(sentences.contains("Only one actor is ranked lower by influence than by degree, by 1 place: A (2nd by influence, 1st by degree)."))
        #expect(!sentences.contains { $0.contains("Most") })
    }

    @Test func undefinedCorrelationsSayWhy() throws {
        let text = Self.map(["a": "3", "b": "3", "c": "3", "d": "3", "e": "3"])
        let salience = try Self.salience(text)
        #expect(salience.spearmanRho == nil && salience.kendallTau == nil)
        #expect(salience.sentences.contains("Spearman's ρ and Kendall's τ-b are undefined: every ranked actor has the same influence."))
    }

    @Test func anUndefinedValueIsLeftOutAndSaidSo() throws {
        // Burt's constraint of an isolate is undefined: the rated isolate g is left out of
        // the ranks, as unmeasured, and the others are ranked among themselves.
        let withIsolate = Self.handMap.replacingOccurrences(
            of: "  - {id: f, name: Actor F, kind: researcher}",
            with: "  - {id: f, name: Actor F, kind: researcher}\n  - {id: g, name: Actor G, kind: donor, attributes: {influence: 7}}")
        let salience = try Self.salience(withIsolate, measure: .constraint)
        #expect(salience.unmeasured.map(\.id) == ["g"])
        #expect(salience.rows.count == 5 && !salience.rows.contains { $0.id == "g" })
        #expect(salience.rows.map(\.ratingRank).sorted() == [1, 2, 3, 3, 5], "g, rated highest, takes no rank")
        #expect(salience.sentences.contains("1 rated actor has no Burt's constraint value at 2012 and is left out: Actor G."))
    }

    @Test func unknownAttributeSuggestsTheNearest() throws {
        #expect(throws: SalienceError.unknownAttribute("influnce", suggestion: "influence", known: ["influence"])) {
            try Self.salience(rating: "influnce")
        }
        let message = SalienceError.unknownAttribute("influnce", suggestion: "influence", known: ["influence"]).description
        #expect(message.contains("Did you mean 'influence'?"))
    }

    @Test func textRatingIsNotANumber() throws {
        // `influence` is declared a number, so validation refuses text there; a free-form
        // attribute may hold text, which salience then refuses by actor.
        let declared = Self.map(["a": "2", "b": "high", "c": "2", "d": "4", "e": "1"])
        #expect(check(declared).errors.map(\.path) == ["actors[1].attributes.influence"])
        let text = declared.replacingOccurrences(of: "influence:", with: "standing:")
        #expect(throws: SalienceError.notANumber(attribute: "standing", actorID: "b", value: "high")) {
            try Self.salience(text, rating: "standing")
        }
    }

    // MARK: The Net-Map example against scipy and networkx

    struct Reference: Decodable, Sendable {
        var name: String
        var year: Int?
        var ids: [String]
        var rating: [Double]
        var measure: [Double]
        var spearman_rho: Double
        var kendall_tau: Double
    }

    static let reference: [Reference] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/salience-reference", withExtension: "json"),
              let data = try? Data(contentsOf: url)
        else { return [] }
        struct File: Decodable { var cases: [Reference] }
        return (try? JSONDecoder().decode(File.self, from: data).cases) ?? []
    }()

    @Test func referenceLoads() { #expect(Self.reference.count == 3) }

    @Test(arguments: [2019, 2010])
    func exampleMatchesScipyAndNetworkx(year: Int) throws {
        let reference = try #require(Self.reference.first { $0.year == year })
        let file = ExampleDatasets.folder.appendingPathComponent("lilongwe-netmap.yaml")
        let dataset = try DatasetReader().read(contentsOf: file)
        let table = MetricsTable(Snapshot(dataset, at: .year(year)), measures: [.pagerank], mapFigures: [])
        let salience = try Salience(table, rating: "influence", measure: .pagerank)
        #expect(Set(salience.rows.map(\.id)) == Set(reference.ids))
        for (index, id) in reference.ids.enumerated() {
            let row = try #require(salience.rows.first { $0.id == id })
            #expect(row.rating == reference.rating[index])
            #expect(abs(row.measure - reference.measure[index]) < 1e-9, "\(id): \(row.measure) vs networkx \(reference.measure[index])")
        }
        #expect(abs(try #require(salience.spearmanRho) - reference.spearman_rho) < 1e-9)
        #expect(abs(try #require(salience.kendallTau) - reference.kendall_tau) < 1e-9)
    }
}
