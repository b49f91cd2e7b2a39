import Testing
@testable import ActorMap

@Suite struct TieChangeTests {
    /// 2010: fed–city contention, donor→fed funding, fed–ngo collaboration.
    /// 2015: fed–city MoU (the contention became an MoU), donor→fed funding, city→fed funding
    ///       (a second direction), ngo gone; fed–ngo collaboration ended with it.
    /// 2020: fed–city collaboration (the type changes a second time).
    let dataset: Dataset

    init() throws {
        dataset = try #require(check("""
            title: Change
            actors:
              - {id: fed, name: Federation, kind: federation}
              - {id: city, name: City, kind: city-government}
              - {id: donor, name: Donor, kind: donor}
              - {id: ngo, name: NGO, kind: support-ngo, until: 2012}
            relationships:
              - {from: city, to: fed, type: contention, since: 2008, until: 2012}
              - {from: fed, to: city, type: mou, since: 2013, until: 2017}
              - {from: fed, to: city, type: collaboration, since: 2018}
              - {from: donor, to: fed, type: funding, since: 2009, until: 2016}
              - {from: donor, to: fed, type: funding, since: 2014, until: 2015, weight: 2}
              - {from: city, to: fed, type: funding, since: 2015}
              - {from: ngo, to: fed, type: collaboration, since: 2005}
            """).dataset)
    }

    private func ids(_ keys: [TieKey]) -> [String] {
        keys.map { "\(dataset.vocabulary.relationshipTypes[$0.type].id):\(dataset.actors[$0.from].id)-\(dataset.actors[$0.to].id)" }
    }

    @Test func countsAddedRemovedAndPersistedTies() {
        let change = TieChange(from: Snapshot(dataset, at: .year(2010)), to: Snapshot(dataset, at: .year(2015)))
        // Undirected ties are keyed with the lower actor index first: fed (0) before city (1).
        #expect(ids(change.added) == ["mou:fed-city", "funding:city-fed"])
        #expect(ids(change.removed) == ["contention:fed-city", "collaboration:fed-ngo"])
        // The two donor funding relationships active in 2015 are one tie.
        #expect(ids(change.persisted) == ["funding:donor-fed"])
        #expect(change.hamming == 4)
        #expect(change.jaccard == 1.0 / 5.0)
    }

    @Test func restrictsToOneType() throws {
        let change = TieChange(from: Snapshot(dataset, at: .year(2010)), to: Snapshot(dataset, at: .year(2015)))
        let funding = change.restricted(toType: try #require(dataset.vocabulary.typeIndex(of: "funding")))
        #expect(funding.added.count == 1)
        #expect(funding.removed.isEmpty)
        #expect(funding.persisted.count == 1)
        #expect(funding.jaccard == 0.5)
    }

    @Test func identicalYearsShareEveryTie() {
        let change = TieChange(from: Snapshot(dataset, at: .year(2010)), to: Snapshot(dataset, at: .year(2011)))
        #expect(change.hamming == 0)
        #expect(change.jaccard == 1)
    }

    @Test func emptyYearsHaveNoJaccard() {
        let change = TieChange(from: Snapshot(dataset, at: .year(1990)), to: Snapshot(dataset, at: .year(1991)))
        #expect(change.jaccard == nil)
        #expect(change.unionCount == 0)
    }

    @Test func transitionsFollowTheTypeOfEachPair() throws {
        let types = dataset.vocabulary
        func index(_ id: String) throws -> Int { try #require(types.typeIndex(of: id)) }
        let first = TieTransition.between(Snapshot(dataset, at: .year(2010)), Snapshot(dataset, at: .year(2015)))
        #expect(first == [TieTransition(actors: (0, 1), before: [try index("contention")], after: [try index("mou"), try index("funding")].sorted())])
        let second = TieTransition.between(Snapshot(dataset, at: .year(2015)), Snapshot(dataset, at: .year(2020)))
        #expect(second == [TieTransition(actors: (0, 1), before: [try index("mou"), try index("funding")].sorted(), after: [try index("collaboration"), try index("funding")].sorted())])
        // The donor's funding went on unchanged, so it is no transition.
        #expect(!second.contains { $0.actors == (0, 2) })
        // Across both changes at once: contention became collaboration plus funding.
        let whole = TieTransition.between(Snapshot(dataset, at: .year(2010)), Snapshot(dataset, at: .year(2020)))
        #expect(whole.map(\.before) == [[try index("contention")]])
    }
}
