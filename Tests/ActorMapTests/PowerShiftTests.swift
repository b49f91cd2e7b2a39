import Testing
@testable import ActorMap

/// A map whose shift between 2010 and 2015 is worked out by hand.
///
/// 2010: fed–city contention, donor→fed funding, ngo–fed collaboration.
/// 2015: fed–city MoU, donor→fed funding, agency–fed and agency–city collaboration; the NGO
/// has gone and the agency has arrived.
@Suite struct PowerShiftTests {
    let dataset: Dataset
    let shift: PowerShift

    init() throws {
        dataset = try #require(check(shiftMapText).dataset)
        shift = PowerShift(dataset, from: .year(2010), to: .year(2015), measure: .degree)
    }

    private func row(_ id: String) throws -> PowerShift.ActorShift {
        try #require(shift.actors.first { dataset.actors[$0.actor].id == id })
    }

    @Test func actorsValuesAndRanks() throws {
        // Degree over positive ties. 2010: fed 2, city 0 (contention does not count), donor 1,
        // ngo 1. 2015: fed 3, city 2, donor 1, agency 2. Tied actors share the best rank.
        let fed = try row("fed"), city = try row("city"), donor = try row("donor")
        #expect((fed.before, fed.after, fed.rankBefore, fed.rankAfter, fed.rankChange) == (2, 3, 1, 1, 0))
        #expect((city.before, city.after, city.change, city.rankBefore, city.rankAfter, city.rankChange) == (0, 2, 2, 4, 2, 2))
        #expect((donor.rankBefore, donor.rankAfter, donor.rankChange) == (2, 4, -2))
        let ngo = try row("ngo"), agency = try row("agency")
        #expect(ngo.after == nil && ngo.rankAfter == nil && ngo.change == nil)
        #expect(agency.before == nil && agency.rankAfter == 2)
        #expect(shift.entered.map { dataset.actors[$0].id } == ["agency"])
        #expect(shift.exited.map { dataset.actors[$0].id } == ["ngo"])
    }

    @Test func tiesCountEverySignAndType() throws {
        // Added: MoU fed–city, collaboration fed–agency and city–agency. Removed: contention
        // fed–city, collaboration fed–ngo. Persisted: funding donor→fed.
        #expect(shift.ties.added.count == 3)
        #expect(shift.ties.removed.count == 2)
        #expect(shift.ties.persisted.count == 1)
        #expect(shift.ties.jaccard == 1.0 / 6.0)
        #expect(shift.ties.hamming == 5)
        #expect(shift.isUnstable)
        let collaboration = try #require(dataset.vocabulary.typeIndex(of: "collaboration"))
        let byType = try #require(shift.tiesByType.first { $0.type == collaboration }).change
        #expect((byType.added.count, byType.removed.count, byType.persisted.count, byType.jaccard) == (2, 1, 0, 0))
    }

    @Test func rankCorrelationOverActorsPresentAtBoth() throws {
        // fed, city, donor: (2, 0, 1) → (3, 2, 1). Two concordant pairs, one discordant:
        // τ = 1/3. Ranks (3, 1, 2) and (3, 2, 1) differ by 0, 1, 1: ρ = 1 − 6·2/(3·8) = 0.5.
        #expect(abs(try #require(shift.kendallTau) - 1.0 / 3.0) < 1e-12)
        #expect(abs(try #require(shift.spearmanRho) - 0.5) < 1e-12)
    }

    @Test func groupSharesAndTheirShift() throws {
        func share(_ id: String) throws -> PowerShift.GroupShare {
            let group = try #require(dataset.vocabulary.groupIndex(of: id))
            return try #require(shift.groupShares.first { $0.group == group })
        }
        // 2010 degrees sum to 4, 2015 to 8.
        #expect(try share("community").before == 0.5)
        #expect(try share("community").after == 0.375)
        #expect(try share("state").before == 0)
        #expect(try share("state").after == 0.5)
        #expect(try share("state").shift == 0.5)
        #expect(try share("civil-society").after == 0, "a side that left the map holds no share")
        #expect(try share("funder").after == 0.125)
    }

    @Test func concentrationByGini() throws {
        // 2010 degrees 2, 0, 1, 1: Σ|xᵢ − xⱼ| over ordered pairs = 12, n = 4, mean 1: G = 12 / 32.
        #expect(shift.concentrationBefore.gini == 0.375)
    }

    @Test func contentionThatBecameAnMoU() throws {
        #expect(shift.transitions.count == 1)
        let transition = try #require(shift.transitions.first)
        #expect(dataset.actors[transition.actors.0].id == "fed")
        #expect(dataset.actors[transition.actors.1].id == "city")
        #expect(transition.before.map { dataset.vocabulary.relationshipTypes[$0].id } == ["contention"])
        #expect(transition.after.map { dataset.vocabulary.relationshipTypes[$0].id } == ["mou"])
    }

    @Test func brokerageChanges() throws {
        // 2010: fed links donor (funders) and ngo (civil society): liaison, once each way.
        // 2015: fed links donor with city and with agency (city–agency are tied): 4.
        let fed = try #require(shift.brokerageChanges.first { dataset.actors[$0.actor].id == "fed" })
        #expect(fed.before == BrokerageCounts(liaison: 2))
        #expect(fed.after == BrokerageCounts(liaison: 4))
    }

    @Test func summarySaysTheLargestMovements() {
        let summary = shift.summary()
        // City 0 → 2 is the largest change, then the federation's 2 → 3; the agency shares
        // 2nd place in 2015. The donor kept its one tie: its rank fell from 2nd to 4th only
        // because others rose, so it is not a movement.
        // The maps share one tie in six, which qualifies everything after it.
        #expect(summary.first == "The two moments share few ties (Jaccard 0.17, below 0.3), so read this as a new arrangement of actors, not gradual change.")
        #expect(summary[1] == "City rose from 4th to joint 2nd in degree (0 → 2).")
        #expect(summary[2] == "The degree of Federation rose from 2 to 3; it is still 1st.")
        #expect(!summary.contains { $0.contains("Donor") })
        #expect(summary.contains("The tie between Federation and City changed from contention to memorandum of understanding."))
        #expect(summary.contains("1 actor entered the map: Agency."))
        #expect(summary.contains("3 ties formed, 2 dissolved and 1 persisted (Jaccard 0.17)."))
        #expect(summary.contains("The two moments share few ties (Jaccard 0.17, below 0.3), so read this as a new arrangement of actors, not gradual change."))
    }

    /// Between 2015 and 2016 nothing changed: the four ties of 2015 (MoU, funding and the
    /// agency's two collaborations) all last. The sentence about ties says so and starts
    /// with a capital, not "no ties formed, 0 dissolved".
    @Test func aSentenceAboutUnchangedTiesReadsAsOne() {
        let same = PowerShift(dataset, from: .year(2015), to: .year(2016), measure: .degree).summary()
        #expect(same.contains("No tie formed or dissolved; 4 ties persisted (Jaccard 1.00)."), "\(same)")
        #expect(!same.contains { $0.first?.isLowercase == true }, "\(same)")
        // Moments where ties did change: every sentence still starts with a capital.
        let sentences = [PowerShift(dataset, from: .year(2012), to: .year(2013), measure: .degree).summary(limit: 20),
                         PowerShift(dataset, from: .year(2013), to: .year(2014), measure: .degree).summary(limit: 20)]
        for summary in sentences {
            #expect(!summary.contains { $0.first?.isLowercase == true }, "\(summary)")
        }
    }

    @Test func boundaryYearsAndWindows() {
        // 2012 is the NGO's and the contention's last year; 2013 the MoU's first.
        let edge = PowerShift(dataset, from: .year(2012), to: .year(2013), measure: .degree)
        #expect(edge.exited.map { dataset.actors[$0].id } == ["ngo"])
        #expect(edge.transitions.count == 1)
        // Windows: a tie counts when active in any year, so 2010–2013 holds both contention and MoU.
        let windows = PowerShift(dataset, from: .window(2010...2013), to: .window(2014...2015), measure: .degree)
        #expect(windows.transitions.first?.before.count == 2)
        #expect(windows.ties.removed.count == 2)
    }

    @Test func aNewLeaderIsTheHeadline() throws {
        let dataset = try #require(check("""
            title: Leader
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: city-government}
              - {id: c, name: C, kind: donor}
              - {id: d, name: D, kind: donor, since: 2001}
            relationships:
              - {from: a, to: b, type: collaboration}
              - {from: a, to: c, type: collaboration, until: 2000}
              - {from: b, to: c, type: collaboration, since: 2001}
              - {from: b, to: d, type: collaboration, since: 2001}
            """).dataset)
        // Degrees 2000: A 2, B 1, C 1. 2001: B 3, A 1, C 1, D 1.
        let summary = PowerShift(dataset, from: .year(2000), to: .year(2001), measure: .degree).summary()
        #expect(summary[1] == "B now ranks 1st in degree (up from joint 2nd).", "after the few-shared-ties caution (Jaccard 0.25)")
        #expect(summary.contains("A fell from 1st to joint 2nd in degree (2 → 1)."))
        #expect(!summary.contains { $0.hasPrefix("C ") || $0.contains("of C ") }, "C kept its one tie")
        #expect(!summary.contains { $0.hasPrefix("B rose") }, "the headline is not repeated")
    }

    /// 2000: A has degree 4 (C, D, E, I), B 3 (F, G, H). 2001: A's ties and B–H have ended,
    /// so A has 0 and B 2. B leads although its own degree fell, and the headline says so.
    @Test func aLeaderByOthersFallingIsNotARise() throws {
        let dataset = try #require(check("""
            title: Fallen
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: federation}
              - {id: c, name: C, kind: federation}
              - {id: d, name: D, kind: federation}
              - {id: e, name: E, kind: federation}
              - {id: f, name: F, kind: federation}
              - {id: g, name: G, kind: federation}
              - {id: h, name: H, kind: federation}
              - {id: i, name: I, kind: federation}
            relationships:
              - {from: a, to: c, type: collaboration, until: 2000}
              - {from: a, to: d, type: collaboration, until: 2000}
              - {from: a, to: e, type: collaboration, until: 2000}
              - {from: a, to: i, type: collaboration, until: 2000}
              - {from: b, to: f, type: collaboration}
              - {from: b, to: g, type: collaboration}
              - {from: b, to: h, type: collaboration, until: 2000}
            """).dataset)
        let summary = PowerShift(dataset, from: .year(2000), to: .year(2001), measure: .degree).summary()
        #expect(summary.contains("B now ranks 1st in degree (up from 2nd), though its degree fell from 3 to 2."), "\(summary)")
        #expect(summary.contains("A fell from 1st to joint 4th in degree (4 → 0)."))
    }
}

/// An actor whose own value did not change has not moved, whatever its rank did.
@Suite struct TiesAreNotMovementsTests {
    /// 2000: A–B and C–D. 2001: A–B, B–C, C–D, B–D. Degrees 2000: A 1, B 1, C 1, D 1, E 0.
    /// 2001: A 1, B 3, C 2, D 2, E 0. A stays at 1 (rank joint 1st → 4th) and E at 0
    /// (rank 5th → 5th): neither moved.
    let shift: PowerShift

    init() throws {
        let dataset = try #require(check("""
            title: Still
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: city-government}
              - {id: c, name: C, kind: donor}
              - {id: d, name: D, kind: support-ngo}
              - {id: e, name: E, kind: national-agency}
            relationships:
              - {from: a, to: b, type: collaboration}
              - {from: c, to: d, type: collaboration}
              - {from: b, to: c, type: collaboration, since: 2001}
              - {from: b, to: d, type: collaboration, since: 2001}
            """).dataset)
        shift = PowerShift(dataset, from: .year(2000), to: .year(2001), measure: .degree)
    }

    private func row(_ name: String) throws -> PowerShift.ActorShift {
        try #require(shift.actors.first { shift.before.snapshot.dataset.actors[$0.actor].name == name })
    }

    @Test func stillActorsHaveNotMoved() throws {
        let a = try row("A"), e = try row("E"), b = try row("B")
        #expect((a.before, a.after, a.rankBefore, a.rankAfter) == (1, 1, 1, 4))
        #expect(a.rankChange == -3 && !a.hasMoved)
        #expect((e.before, e.after, e.rankBefore, e.rankAfter) == (0, 0, 5, 5) && !e.hasMoved)
        #expect(b.hasMoved)
        #expect(a.isTiedBefore && !a.isTiedAfter)
        #expect(shift.actors.filter(\.isTiedAfter).count == 2, "C and D share 2nd")
    }

    @Test func summaryNeverMentionsAStillActor() {
        let summary = shift.summary()
        // B was 1st with A, C and D, and is now 1st alone: not a new leader, but the largest rise.
        #expect(summary.first == "The degree of B rose from 1 to 3; it is now 1st, having been joint 1st.")
        // C's value rose while its rank fell: the sentence says both, never "C fell".
        #expect(!summary.contains { $0.hasPrefix("C fell") })
        // C and D made the very same move (1 → 2, joint 1st → joint 2nd): one sentence names both.
        #expect(summary.contains("The degree of C and D each rose from 1 to 2, yet they fell from joint 1st to joint 2nd as others moved more."))
        #expect(!summary.contains { $0.contains("of A ") || $0.hasPrefix("A ") || $0.contains("of E ") || $0.hasPrefix("E ") })
    }

    @Test func sentencesRankMovementsByTheSizeOfTheChange() throws {
        // B +2 first; then C and D, +1 each, together.
        let summary = shift.summary()
        #expect(summary.firstIndex { $0.hasPrefix("The degree of B ") } == 0)
        #expect(summary.firstIndex { $0.hasPrefix("The degree of C and D ") } == 1)
        #expect(summary.filter { $0.contains("of D ") }.isEmpty, "D is not named again on its own")
    }
}

@Suite struct RankingTests {
    @Test func equalFiguresShareARank() {
        // 0.1 + 0.2 is 0.30000000000000004 in binary: the same figure as 0.3.
        #expect(Ranking.competition([0.1 + 0.2, 0.3, 0.2, nil, .nan]) == [1, 1, 3, nil, nil])
        #expect(Ranking.competition([0, 1e-15, 0]) == [1, 1, 1], "within 1e-12 of zero is zero")
        #expect(Ranking.competition([1, 1 + 2e-9, 1 + 4e-9]) == [3, 2, 1], "a relative 2e-9 apart is a real difference")
        // A run each less than 1e-9 from the next does not chain into one tie.
        let step = 0.6e-9
        #expect(Ranking.competition([1, 1 - step, 1 - 2 * step]) == [1, 1, 3])
    }

    @Test func sameIsRelative() {
        #expect(Ranking.same(1e6, 1e6 + 1e-4))
        #expect(!Ranking.same(1e-6, 1.1e-6))
        #expect(Ranking.same(0, 0) && Ranking.same(-0.0, 0))
    }
}
