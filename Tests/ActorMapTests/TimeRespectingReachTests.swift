import Testing
@testable import ActorMap

/// Time-respecting paths on a map worked out by hand.
@Suite struct TimeRespectingReachTests {
    /// From a in 2010: a–b runs 2010–2011, so b is reached in 2010. b–c collaborated only in
    /// 2009, before b was reached, so that tie cannot carry anything; their MoU of 2012–2013
    /// can: c in 2012. c funded d in 2011 only, before c was reached: d is never reached.
    /// a–e starts in 2015: e in 2015. e–f and f–g both in 2016: two steps in one year, g in 2016.
    /// h funds a (directed) in 2010: reached only when direction is ignored.
    let text = """
        title: Reach
        actors:
          - {id: a, name: A, kind: donor}
          - {id: b, name: B, kind: support-ngo}
          - {id: c, name: C, kind: federation}
          - {id: d, name: D, kind: savings-group}
          - {id: e, name: E, kind: city-government}
          - {id: f, name: F, kind: federation}
          - {id: g, name: G, kind: federation}
          - {id: h, name: H, kind: donor}
        relationships:
          - {from: a, to: b, type: collaboration, since: 2010, until: 2011}
          - {from: b, to: c, type: collaboration, since: 2009, until: 2009}
          - {from: b, to: c, type: mou, since: 2012, until: 2013}
          - {from: c, to: d, type: funding, since: 2011, until: 2011}
          - {from: a, to: e, type: collaboration, since: 2015}
          - {from: e, to: f, type: collaboration, since: 2016}
          - {from: f, to: g, type: collaboration, since: 2016}
          - {from: h, to: a, type: funding, since: 2010}
        """

    @Test func earliestYearAndWhomFrom() throws {
        let dataset = try #require(check(text).dataset)
        let a = try #require(dataset.actorIndex(of: "a"))
        let reach = TimeRespectingReach(dataset, from: a, start: 2010, through: 2020, options: ProjectionOptions(direction: .directed))
        let found = reach.reached.map { (dataset.actors[$0.actor].id, $0.year, $0.via.map { dataset.actors[$0].id } ?? "-", $0.steps) }
        #expect(found.map(\.0) == ["a", "b", "c", "e", "f", "g"])
        #expect(found.map(\.1) == [2010, 2010, 2012, 2015, 2016, 2016])
        #expect(found.map(\.2) == ["-", "a", "b", "a", "e", "f"])
        #expect(found.map(\.3) == [0, 1, 2, 1, 2, 3])

        let undirected = TimeRespectingReach(dataset, from: a, start: 2010, through: 2020, options: ProjectionOptions())
        #expect(undirected.reached.contains { dataset.actors[$0.actor].id == "h" && $0.year == 2010 })
        #expect(!undirected.reached.contains { dataset.actors[$0.actor].id == "d" })
    }

    @Test func aLaterStartMissesEarlierTies() throws {
        let dataset = try #require(check(text).dataset)
        let a = try #require(dataset.actorIndex(of: "a"))
        // From 2012 the a–b tie is over: b, and c through it, are never reached.
        let reach = TimeRespectingReach(dataset, from: a, start: 2012, through: 2020, options: ProjectionOptions())
        #expect(reach.reached.map { dataset.actors[$0.actor].id } == ["a", "h", "e", "f", "g"])
    }

    /// The relationships each actor was reached by, by hand from the map above (dataset
    /// order: a–b 0, b–c 1, b–c MoU 2, c–d 3, a–e 4, e–f 5, f–g 6, h→a 7).
    @Test func eachActorKeepsTheTiesThatReachedIt() throws {
        let dataset = try #require(check(text).dataset)
        let a = try #require(dataset.actorIndex(of: "a"))
        let directed = TimeRespectingReach(dataset, from: a, start: 2010, through: 2020, options: ProjectionOptions(direction: .directed))
        let ties = Dictionary(uniqueKeysWithValues: directed.reached.map { (dataset.actors[$0.actor].id, $0.ties) })
        // The collaboration of 2009 could not carry anything to c; the MoU of 2012 did.
        #expect(ties == ["a": [], "b": [0], "c": [2], "e": [4], "f": [5], "g": [6]])
        // Without direction h is reached in 2010 over its funding of a, taken backwards.
        let undirected = TimeRespectingReach(dataset, from: a, start: 2010, through: 2020, options: ProjectionOptions())
        #expect(undirected.reached.first { dataset.actors[$0.actor].id == "h" }?.ties == [7])
    }

    /// Two ties of counted types between the same pair in the year: both carried it; a
    /// contention tie is not counted by the positive types, so it did not.
    @Test func everyCountedTieOfTheYearIsKept() throws {
        let dataset = try #require(check("""
            title: Two ties
            actors:
              - {id: a, name: A, kind: donor}
              - {id: b, name: B, kind: federation}
            relationships:
              - {from: a, to: b, type: funding, since: 2010}
              - {from: b, to: a, type: collaboration, since: 2010}
              - {from: a, to: b, type: contention, since: 2010}
            """).dataset)
        let reach = TimeRespectingReach(dataset, from: 0, start: 2010, through: 2011, options: ProjectionOptions())
        #expect(reach.reached.map(\.ties) == [[], [0, 1]])
    }
}
