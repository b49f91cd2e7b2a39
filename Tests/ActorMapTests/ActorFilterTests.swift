import Foundation
import Testing
@testable import ActorMap

/// `--where` on the stakeholder map at 2012, worked out by hand: fed's influence is 6, the
/// county's the median of wanjiru's 3 and otieno's 4 (3.5), the NGO's 7, the donor has none;
/// stances supports, opposes, neutral and none. The ties then are fed–county, fed–ngo,
/// ngo–donor and county–donor.
@Suite struct ActorFilterTests {
    func dataset() throws -> Dataset { try #require(check(stakeholderMap).dataset) }

    func kept(_ expressions: String..., at year: Int = 2012) throws -> (ids: [String], outcome: ActorFilterOutcome?) {
        let dataset = try dataset()
        let filter = try ActorFilter(parsing: expressions, for: dataset)
        let snapshot = Snapshot(dataset, at: .year(year)).keeping(filter)
        return (snapshot.actors.map(\.id), snapshot.filtering)
    }

    @Test func aNumberCondition() throws {
        // 6 and 7 are at least 5; 3.5 is not; the donor has no influence.
        let (ids, outcome) = try kept("influence>=5")
        #expect(ids == ["fed", "ngo"])
        #expect(outcome?.actorsBefore == 4)
        #expect(outcome?.actorsRemoved == 2)
        // Of the four ties only fed–ngo joins two kept actors.
        #expect(outcome?.tiesBefore == 4)
        #expect(outcome?.tiesRemoved == 3)
        #expect(outcome?.sentence == "--where influence>=5 removed 2 of 4 actors and 3 of 4 ties")
    }

    @Test func theValueIsReadAtEachMoment() throws {
        // In 2007 fed's influence was 3 and the county's the median of 3, 8 and 5: 5.
        #expect(try kept("influence>=5", at: 2007).ids == ["county", "ngo"])
    }

    @Test func aCommaMeansOr() throws {
        #expect(try kept("stance=opposes,supports").ids == ["fed", "county"])
        #expect(try kept("stance=opposes,influence>6").ids == ["county", "ngo"])
    }

    @Test func repeatingMeansAnd() throws {
        // The county is of the state and 3.5 is at least 3.
        #expect(try kept("group=state", "influence>=3").ids == ["county"])
        #expect(try kept("group=state", "influence>=4").ids == [])
    }

    @Test func anActorWithoutAValueMatchesNothing() throws {
        // The donor has no stance, so != does not keep it either.
        #expect(try kept("stance!=opposes").ids == ["fed", "ngo"])
        #expect(try kept("influence<5").ids == ["county"])
    }

    @Test func fieldsOfEveryMap() throws {
        #expect(try kept("kind=donor,support-ngo").ids == ["ngo", "donor"])
        #expect(try kept("id!=fed").ids == ["county", "ngo", "donor"])
        #expect(try kept("country=Kenya").ids == ["fed"])
    }

    @Test func measuresRunOnWhatTheFilterKeeps() throws {
        let dataset = try dataset()
        let options = MetricOptions(projection: ProjectionOptions(actorFilter: try ActorFilter(parsing: ["influence>=5"], for: dataset)))
        let table = MetricsTable(Snapshot(dataset, at: .year(2012)), options: options, measures: [.degree], mapFigures: [])
        // Two actors and the one tie between them: each has degree 1.
        #expect(table.projection.nodeCount == 2)
        #expect(table.value(.degree, of: "fed") == 1)
        #expect(table.value(.degree, of: "ngo") == 1)
        #expect(table.value(.degree, of: "county") == nil)
        #expect(table.filterNote == "--where influence>=5 removed 2 of 4 actors and 3 of 4 ties at 2012.")
        #expect(MetricsReport(table).notes.contains(table.filterNote!))
    }

    struct Refused: CustomTestStringConvertible, Sendable {
        var expression: String
        var says: String
        var testDescription: String { expression }
    }

    static let refused: [Refused] = [
        Refused(expression: "influense>=5", says: "'influense' is not a field or attribute of this map; did you mean 'influence'?"),
        Refused(expression: "stance=oposes", says: "'oposes' is not a stance of this map; did you mean 'opposes'?"),
        Refused(expression: "group=stat", says: "did you mean 'state'?"),
        Refused(expression: "stance>2", says: "> compares numbers, and 'stance' is not a number"),
        Refused(expression: "influence>=high", says: ">= compares numbers, and 'high' is not one"),
        Refused(expression: "influence=high", says: "'influence' is a number, and 'high' is not one"),
        Refused(expression: "influence", says: "'influence' is not a condition"),
        Refused(expression: "influence=>5", says: "'=>' is not an operator"),
        Refused(expression: ">=5", says: "needs a field before >= and a value after it"),
    ]

    @Test(arguments: refused) func badExpressionsSayWhyAndHowToFix(_ refused: Refused) throws {
        let dataset = try dataset()
        #expect {
            _ = try ActorFilter(parsing: [refused.expression], for: dataset)
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("--where '\(refused.expression)': ") && text.contains(refused.says)
        }
    }
}
