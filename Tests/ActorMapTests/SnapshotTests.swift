import Testing
@testable import ActorMap

@Suite struct SnapshotTests {
    let map: Dataset

    init() throws {
        map = try #require(check("""
            title: Snapshots
            actors:
              - {id: fed, name: Federation, kind: federation, since: 2000}
              - {id: county, name: County, kind: county-government, since: 2005, until: 2020}
              - {id: donor, name: Donor, kind: donor}
              - {id: ngo, name: NGO, kind: support-ngo, since: 2018-07}
            relationships:
              - {from: fed, to: county, type: contention, since: 2005, until: 2010}
              - {from: fed, to: county, type: mou, since: 2012}
              - {from: donor, to: fed, type: funding, since: 2008, until: 2015}
              - {from: ngo, to: fed, type: technical-support, since: 2018-07-01, until: 2019-02}
              - {from: donor, to: county, type: funding, since: 2003, until: 2025}
            """).dataset)
    }

    private func ids(_ snapshot: Snapshot) -> [String] { snapshot.actors.map(\.id) }
    private func types(_ snapshot: Snapshot) -> [String] { snapshot.relationships.map(\.type) }

    @Test func aYearHoldsWhatIsActiveThatYearIsolatesIncluded() {
        let snapshot = Snapshot(map, at: .year(2001))
        #expect(ids(snapshot) == ["fed", "donor"])
        #expect(snapshot.relationships.isEmpty)
    }

    @Test func periodsIncludeTheirFirstAndLastYear() {
        #expect(types(Snapshot(map, at: .year(2004))) == [])
        #expect(types(Snapshot(map, at: .year(2005))) == ["contention", "funding"])
        #expect(types(Snapshot(map, at: .year(2010))) == ["contention", "funding", "funding"])
        #expect(types(Snapshot(map, at: .year(2011))) == ["funding", "funding"])
        #expect(types(Snapshot(map, at: .year(2015))) == ["mou", "funding", "funding"])
        #expect(types(Snapshot(map, at: .year(2016))) == ["mou", "funding"])
    }

    @Test func aTieNeedsBothActorsActive() {
        // The county ends in 2020, so its open MoU and its funding to 2025 leave the map with it.
        let snapshot = Snapshot(map, at: .year(2021))
        #expect(ids(snapshot) == ["fed", "donor", "ngo"])
        #expect(snapshot.relationships.isEmpty)
    }

    @Test func datesInsideAYear() throws {
        #expect(ids(Snapshot(map, at: .date(try #require(CalendarDate(parsing: "2018-06-30"))))) == ["fed", "county", "donor"])
        let july = Snapshot(map, at: .date(try #require(CalendarDate(parsing: "2018-07-01"))))
        #expect(ids(july) == ["fed", "county", "donor", "ngo"])
        #expect(types(july) == ["mou", "technical-support", "funding"])
        #expect(types(Snapshot(map, at: .date(try #require(CalendarDate(parsing: "2019-03"))))) == ["mou", "funding"])
        #expect(types(Snapshot(map, at: .year(2019))) == ["mou", "technical-support", "funding"])
    }

    @Test func aWindowCountsWhatIsActiveInAnyOfItsYears() {
        let window = Snapshot(map, at: .window(2009...2012))
        #expect(types(window) == ["contention", "mou", "funding", "funding"])
        #expect(ids(window) == ["fed", "county", "donor"])
        #expect(types(Snapshot(map, at: .window(2011...2011))) == types(Snapshot(map, at: .year(2011))))
    }

    @Test func allTimeIsTheUnion() {
        let all = Snapshot(map)
        #expect(all.actors.count == 4)
        #expect(all.relationships.count == 5)
    }

    @Test func positionsFollowTheSnapshot() {
        let snapshot = Snapshot(map, at: .year(2001))
        #expect(snapshot.position(of: "fed") == 0)
        #expect(snapshot.position(of: "donor") == 1)
        #expect(snapshot.position(of: "county") == nil)
        #expect(snapshot.position(of: "nobody") == nil)
    }

    @Test func anEmptyYear() {
        let snapshot = Snapshot(map, at: .year(1990))
        #expect(ids(snapshot) == ["donor"])
        let projection = snapshot.projection()
        #expect(projection.nodeCount == 1)
        #expect(projection.tieCount == 0)
    }
}
