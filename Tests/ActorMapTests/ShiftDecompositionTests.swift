import Testing
@testable import ActorMap

/// The Shapley decomposition of a shift, on maps small enough to work out by hand.
@Suite struct ShiftDecompositionTests {
    @Test func shapleyValuesOfSmallGames() {
        // Two players, v(∅) = 0, v({0}) = 1, v({1}) = 2, v({0, 1}) = 4:
        // φ₀ = ½(1 − 0) + ½(4 − 2) = 1.5, φ₁ = ½(2 − 0) + ½(4 − 1) = 2.5.
        #expect(ShiftDecomposition.shapleyValues([0, 1, 2, 4], players: 2) == [1.5, 2.5])
        // Three-player majority game, v(S) = 1 when |S| ≥ 2: symmetric players share it, 1/3 each.
        let majority = (0..<8).map { Double($0.nonzeroBitCount >= 2 ? 1 : 0) }
        for value in ShiftDecomposition.shapleyValues(majority, players: 3) { #expect(abs(value - 1.0 / 3.0) < 1e-15) }
        // A player whose arrival never changes anything (player 2) gets exactly 0.
        let dummy = (0..<8).map { Double(($0 & 1) * 3 + ($0 & 2)) }
        let values = ShiftDecomposition.shapleyValues(dummy, players: 3)
        #expect(abs(values[0] - 3) < 1e-12 && abs(values[1] - 2) < 1e-12 && values[2] == 0)
    }

    /// `shiftMapText` between 2010 and 2015, in degree over cooperative ties (contention does
    /// not count). The NGO left, the agency entered; fed–ngo dissolved; agency–fed and
    /// agency–city formed; fed–city turned from contention to an MoU (retyped); donor→fed
    /// persisted with its weight.
    @Test func degreeOfTheShiftMapByHand() throws {
        let dataset = try #require(check(shiftMapText).dataset)
        let shift = PowerShift(dataset, from: .year(2010), to: .year(2015), measure: .degree)
        let decomposition = ShiftDecomposition(shift)
        #expect(decomposition.sizes == [.actorsEntered: 1, .actorsLeft: 1, .tiesFormed: 2, .tiesDissolved: 1,
                                        .tiesRetyped: 1, .weightsChanged: 0])
        #expect(decomposition.mapsMeasured == 32, "the five components that hold anything")
        func parts(_ id: String) throws -> [ShiftComponent: Double] {
            let actor = try #require(dataset.actorIndex(of: id))
            return try #require(decomposition.actors[actor])
        }
        // Shapley weights such as 1/30 are not exact in binary: equal to 10⁻¹².
        func same(_ found: [ShiftComponent: Double], _ expected: [ShiftComponent: Double]) -> Bool {
            Set(found.keys) == Set(expected.keys) && expected.allSatisfy { abs(found[$0.key]! - $0.value) < 1e-12 }
        }
        // Federation, 2 → 3: the donor's tie stays (1). The MoU with the city counts once
        // retyped: +1 from retyping alone. The NGO's tie counts only while neither the NGO
        // has left nor the tie dissolved: −1 shared equally, −½ each. The agency's tie counts
        // only once the agency entered and the tie formed: +1 shared, +½ each.
        #expect(same(try parts("fed"), [.actorsEntered: 0.5, .actorsLeft: -0.5, .tiesFormed: 0.5, .tiesDissolved: -0.5,
                                         .tiesRetyped: 1, .weightsChanged: 0]))
        // City, 0 → 2: +1 retyped, +½ entered, +½ formed.
        #expect(same(try parts("city"), [.actorsEntered: 0.5, .actorsLeft: 0, .tiesFormed: 0.5, .tiesDissolved: 0,
                                          .tiesRetyped: 1, .weightsChanged: 0]))
        // Donor, 1 → 1: nothing.
        #expect(try parts("donor").values.allSatisfy { $0 == 0 })
        // Actors on the map at one moment only have no change to decompose.
        #expect(decomposition.actors[try #require(dataset.actorIndex(of: "agency"))] == nil)
    }

    @Test(arguments: [Measure.pagerank, .betweenness, .closeness, .eigenvector])
    func contributionsAddUpToEveryChange(measure: Measure) throws {
        let dataset = try #require(check(shiftMapText).dataset)
        let shift = PowerShift(dataset, from: .year(2010), to: .year(2015), measure: measure)
        let decomposition = ShiftDecomposition(shift)
        for actor in shift.actors {
            guard let change = actor.change, let parts = decomposition.actors[actor.actor] else { continue }
            #expect(abs(parts.values.reduce(0, +) - change) < 1e-12, "\(dataset.actors[actor.actor].id)")
        }
        var groupsChecked = 0
        for share in shift.groupShares {
            guard let change = share.shift, let parts = decomposition.groups[share.group] else { continue }
            #expect(abs(parts.values.reduce(0, +) - change) < 1e-12)
            groupsChecked += 1
        }
        if measure == .betweenness {
            // With the NGO gone and nothing new applied, only donor–fed is left: betweenness
            // sums to 0 there, shares are undefined on that map, so groups are not decomposed.
            #expect(groupsChecked == 0 && decomposition.groups.isEmpty)
        } else {
            #expect(groupsChecked == shift.groupShares.count)
        }
    }

    /// A tie whose weight changes, and a funding tie that forms.
    let weightsMap = """
        title: Weights
        actors:
          - {id: a, name: A, kind: federation}
          - {id: b, name: B, kind: city-government}
          - {id: c, name: C, kind: donor}
        relationships:
          - {from: a, to: b, type: mou, since: 2008, until: 2012, weight: 1}
          - {from: a, to: b, type: mou, since: 2013, weight: 3}
          - {from: c, to: a, type: funding, since: 2014}
        """

    @Test func weightsCountOnlyWhereTheMeasureReadsThem() throws {
        let dataset = try #require(check(weightsMap).dataset)
        let a = try #require(dataset.actorIndex(of: "a")), b = try #require(dataset.actorIndex(of: "b"))
        // Strength on the weighted projection: a 1 → 4, +2 from the MoU's weight (1 → 3), +1
        // from the funding tie; b 1 → 3, all from the weight.
        let weighted = MetricOptions(projection: ProjectionOptions(weighted: true))
        let strength = ShiftDecomposition(PowerShift(dataset, from: .year(2010), to: .year(2015), measure: .strength, options: weighted))
        #expect(strength.sizes[.weightsChanged] == 1 && strength.sizes[.tiesRetyped] == 0)
        #expect(strength.actors[a]?[.weightsChanged] == 2 && strength.actors[a]?[.tiesFormed] == 1)
        #expect(strength.actors[b]?[.weightsChanged] == 2 && strength.actors[b]?[.tiesFormed] == 0)
        // Degree ignores weights: the changed weight is a component that does nothing, and gets 0.
        let shift = PowerShift(dataset, from: .year(2010), to: .year(2015), measure: .degree)
        let degree = ShiftDecomposition(shift)
        #expect(degree.actors[a]?[.weightsChanged] == 0 && degree.actors[a]?[.tiesFormed] == 1)
        let sentences = degree.summary(of: shift)
        #expect(!sentences.isEmpty)
        #expect(!sentences.joined().contains("weights"), "a component that changed nothing is not named: \(sentences)")
        #expect(sentences.contains("The degree of A rose 1 (1 → 2), all from ties formed."), "\(sentences)")
        // Degrees (1, 1, 0) → (2, 1, 1): the state's share 1/2 → 1/4, the funders' 0 → 1/4,
        // the community's 1/2 → 1/2 (not a change, so no sentence).
        #expect(sentences.contains("State's share of degree fell 25.0 points, all from ties formed."), "\(sentences)")
        #expect(sentences.contains("Donors and funders' share of degree rose 25.0 points, all from ties formed."), "\(sentences)")
        #expect(!sentences.joined().contains("Organised communities"))
    }

    @Test func sentencesNameTheActorsThatEntered() throws {
        let dataset = try #require(check(shiftMapText).dataset)
        var shift = PowerShift(dataset, from: .year(2010), to: .year(2015), measure: .degree)
        shift.decomposition = ShiftDecomposition(shift)
        let sentences = try #require(shift.decomposition).summary(of: shift)
        // The state's share of degree: 0 of 4 in 2010, 4 of 8 in 2015.
        let state = try #require(sentences.first)
        #expect(state.hasPrefix("State's share of degree rose 50.0 points: "), "\(sentences)")
        #expect(state.contains("from actors that entered (Agency)"))
        // The report carries the contributions beside each change.
        let json = try ShiftReport(shift).json(provenance: Provenance(inputs: [String](), arguments: []))
        #expect(json.contains("\"contributions\""))
        #expect(json.contains("\"ties_retyped\" : 1,"))
        #expect(json.contains("\"maps_measured\" : 32"))
    }
}
