import Testing
@testable import ActorMap

/// The robustness of the shift of ``evidenceMap`` from 2010 to 2015 in degree, worked out by
/// hand.
///
/// Degree over the positive ties (contention does not count). 2010: r2 a–c, r4 b–c, so a 1,
/// b 1, c 2, d 0 (total 4). 2015: r1 a–b, r2, r3 c–d, r4, so a 2, b 2, c 3, d 1 (total 8).
/// Every actor rose by 1, so all four are top movers (five are listed at most). Group shares:
/// community 25% → 25% and state 25% → 25% (no change, no finding), civil society
/// 50% → 37.5% (fell), funders 0% → 12.5% (rose). The pair a–b turned from contention (r0) to
/// an MoU (r1). Eleven findings: 4 top movers, 4 movements, 2 shares, 1 transition.
///
/// The ties on the map citing one source are r0 (s1), r3 (s3) and r4 (s2). r0 is of low
/// confidence and r4 records none, so the two go together in the low-confidence test.
/// - Without r0: degrees do not change (contention does not count), but in 2010 a and b have
///   no tie, so the transition is gone.
/// - Without r3: 2015 is a 2, b 2, c 2, d 0 (total 6). c and d no longer move, so they leave
///   the top movers and their rises are gone; funders' share stays 0%; civil society falls
///   to 33.3%, still a fall.
/// - Without r4: 2010 is a 1, b 0, c 1, d 0 (total 2), 2015 a 2, b 1, c 2, d 1 (total 6):
///   every actor still rises, civil society still falls (50% → 33.3%), funders still rise
///   (0% → 16.7%), the transition stays. Nothing changes.
/// - Without r0 and r4 together: the measures are those without r4, so only the transition
///   goes (with r0).
@Suite struct ShiftRobustnessTests {
    let dataset: Dataset
    let robustness: ShiftRobustness

    init() throws {
        dataset = try #require(check(evidenceMap).dataset)
        let shift = PowerShift(dataset, from: .year(2010), to: .year(2015), measure: .degree)
        robustness = ShiftRobustness(shift)
    }

    private func finding(_ kind: ShiftRobustness.Finding.Kind, _ subjects: [String]) throws -> ShiftRobustness.Finding {
        try #require(robustness.findings.first { $0.kind == kind && $0.subjects == subjects })
    }

    @Test func whatWasTried() {
        #expect(robustness.singleSourceTies == 3 && robustness.triedSingleSourceTies == 3)
        #expect(robustness.lowConfidenceTies == 2 && !robustness.isLimitedToFindings)
        #expect(robustness.tiesAtEitherMoment == 5)
        #expect(robustness.findings.count == 11)
        #expect(robustness.fragile.count == 6)
    }

    @Test func removingTheCNDTieUnsettlesTheNGOAndTheDonor() throws {
        for kind in [ShiftRobustness.Finding.Kind.topMover, .movement] {
            for actor in ["c", "d"] {
                let changed = try finding(kind, [actor])
                #expect(changed.restsOn.map(\.relationship) == [3], "\(kind) \(actor)")
                #expect(changed.restsOn.first?.source == "s3")
            }
            for actor in ["a", "b"] { #expect(try finding(kind, [actor]).restsOn.isEmpty, "\(kind) \(actor)") }
        }
        #expect(try finding(.groupShare, ["funder"]).restsOn.map(\.relationship) == [3])
        #expect(try finding(.groupShare, ["civil-society"]).restsOn.isEmpty)
        #expect(robustness.findings.contains { $0.kind == .groupShare && $0.subjects == ["community"] } == false)
    }

    @Test func theTransitionRestsOnTheContentionTie() throws {
        let transition = try finding(.transition, ["a", "b"])
        #expect(transition.statement == "The ties between Federation and City changed from contention to mou.")
        #expect(transition.restsOn.map(\.relationship) == [0, nil])
        #expect(transition.restsOn[0].description(in: dataset) == "one source: s1 (Federation – City, contention 2010)")
        #expect(transition.restsOn[1].lowConfidenceCount == 2)
    }

    @Test func theReportMarksWhatRestsOnOneSource() throws {
        var report = ShiftReport(PowerShift(dataset, from: .year(2010), to: .year(2015), measure: .degree))
        report.robustness = robustness
        let text = report.text()
        #expect(text.contains("ROBUSTNESS"))
        #expect(text.contains("6 of the 11 findings change"))
        #expect(text.contains("The degree of NGO rose (2 → 3). It rests on one source: s3 (NGO – Donor, collaboration 2015)."), "\(text)")
        let json = try report.json(provenance: Provenance(inputs: [], arguments: []))
        #expect(json.contains("\"rests_on\"") && json.contains("\"low_confidence_ties\" : 2"))
    }

    /// A star of 2,001 single-source ties, more than ``ShiftRobustness/tieLimit``: the hub h is
    /// tied to leaves l0…l1000 in 2010 and to l1000…l2000 in 2015. In degree every leaf but
    /// l1000 moves by 1 (l0…l999 fall, l1001…l2000 rise) and the hub stays at 1,001, so the
    /// top five movers are the first five leaves in the map's order, l0…l4, and only the
    /// five ties touching them are tried.
    @Test func aBigMapTriesOnlyTheTiesTouchingTheFindings() throws {
        let leaves = 2_001
        let actors = [Actor(id: "h", name: "Hub", kind: "federation")]
            + (0..<leaves).map { Actor(id: "l\($0)", name: "Leaf \($0)", kind: "savings-group") }
        let year2010 = Period(since: CalendarDate(year: 2010), until: CalendarDate(year: 2010))
        let year2015 = Period(since: CalendarDate(year: 2015), until: CalendarDate(year: 2015))
        let relationships = (0..<leaves).map { leaf in
            Relationship(from: "h", to: "l\(leaf)", type: "collaboration", period: leaf <= 1_000 ? year2010 : year2015,
                         source: "s", confidence: .medium)
        }
        // l1000 is tied in both years: its 2010 tie above, and one more in 2015.
        let both = relationships + [Relationship(from: "h", to: "l1000", type: "collaboration", period: year2015, sources: ["s", "t"], confidence: .high)]
        let dataset = try Dataset(title: "Star", sources: [Source(id: "s", citation: "S"), Source(id: "t", citation: "T")],
                                  actors: actors, relationships: both)
        let robustness = ShiftRobustness(PowerShift(dataset, from: .year(2010), to: .year(2015), measure: .degree))
        #expect(robustness.isLimitedToFindings)
        #expect(robustness.tiesAtEitherMoment == 2_002 && robustness.singleSourceTies == 2_001)
        #expect(robustness.triedSingleSourceTies == 5)
        #expect(robustness.findings.filter { $0.kind == .topMover }.map(\.subjects) == [["l0"], ["l1"], ["l2"], ["l3"], ["l4"]])
        // Without h–l0, l0 no longer moves.
        let fall = try #require(robustness.findings.first { $0.kind == .movement && $0.subjects == ["l0"] })
        #expect(fall.restsOn.map(\.relationship) == [0])
        #expect(robustness.scopeSentence.contains("the map has 2002 ties at the two moments, more than 2000, so the other 1996 single-source ties were not tried"))
    }
}
