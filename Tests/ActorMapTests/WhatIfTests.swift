import Foundation
import Testing
@testable import ActorMap

/// `WhatIf` against networkx on the reduced graph: `Fixtures/whatif/whatif-reference.py`
/// measures `whatif-map.yaml` in 2018 with the removed actors and ties taken out.
@Suite struct WhatIfTests {
    struct Figures: Decodable {
        var components: Int
        var density: Double
        var fragmentation: Double
        var reach: Double
        var group_shares: [String: Double]
    }

    struct Case: Decodable, CustomTestStringConvertible {
        var name: String
        var remove: [String]
        var ties: [[String]]
        var direction: String
        var measure: String
        var before: Figures
        var after: Figures
        var values_before: [String: Double]
        var values_after: [String: Double]
        var cut_off: [String: [String]]
        var testDescription: String { name }
    }

    struct File: Decodable {
        var year: Int
        var counted_types: [String]
        var cases: [Case]
    }

    static let reference: File? = {
        guard let url = Bundle.module.url(forResource: "Fixtures/whatif/whatif-reference", withExtension: "json"),
              let data = try? Data(contentsOf: url)
        else { return nil }
        return try? JSONDecoder().decode(File.self, from: data)
    }()

    static var cases: [Case] { reference?.cases ?? [] }

    static func dataset() throws -> Dataset {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/whatif/whatif-map", withExtension: "yaml"))
        return try #require(DatasetReader().check(contentsOf: url).dataset)
    }

    /// The comparison a case asks for, made by the library.
    static func whatIf(_ reference: Case) throws -> WhatIf {
        let dataset = try dataset()
        let file = try #require(Self.reference)
        let snapshot = Snapshot(dataset, at: .year(file.year))
        let projection = ProjectionOptions(
            types: .only(Set(file.counted_types)), direction: reference.direction == "directed" ? .directed : .undirected)
        let actors = try WhatIf.actors(reference.remove, in: snapshot)
        let ties = try reference.ties.flatMap { tie in
            try WhatIf.relationships(from: tie[0], to: tie[1], type: tie[2], in: snapshot, counted: projection.types)
        }
        return WhatIf(
            snapshot, removingActors: Set(actors), relationships: Set(ties), measure: try #require(Measure(rawValue: reference.measure)),
            options: MetricOptions(projection: projection))
    }

    @Test func referenceLoads() { #expect(Self.cases.count == 5) }

    @Test(arguments: cases)
    func matchesNetworkxOnTheReducedGraph(_ reference: Case) throws {
        let whatIf = try Self.whatIf(reference)
        let dataset = whatIf.shift.before.snapshot.dataset
        let measure = whatIf.measure
        #expect(Set(whatIf.remaining.map { dataset.actors[$0.actor].id }) == Set(reference.values_after.keys))
        for (id, expected) in reference.values_after {
            let value = try #require(whatIf.shift.after.value(measure, of: id), "\(id)")
            #expect(abs(value - expected) < 1e-9, "\(id) after: \(value) vs networkx \(expected)")
        }
        for (id, expected) in reference.values_before {
            let value = try #require(whatIf.shift.before.value(measure, of: id), "\(id)")
            #expect(abs(value - expected) < 1e-9, "\(id) before: \(value) vs networkx \(expected)")
        }
        for (figures, expected) in [(whatIf.before, reference.before), (whatIf.after, reference.after)] {
            #expect(figures.components == expected.components)
            #expect(abs(figures.density - expected.density) < 1e-12)
            #expect(abs(try #require(figures.fragmentation) - expected.fragmentation) < 1e-12)
            #expect(abs(try #require(figures.reach) - expected.reach) < 1e-12)
            let shares = try #require(figures.groupShares)
            for (group, share) in expected.group_shares {
                let index = try #require(dataset.vocabulary.groupIndex(of: group))
                #expect(abs((shares[index] ?? 0) - share) < 1e-9, "\(group) share")
            }
        }
        let cutOff = Dictionary(uniqueKeysWithValues: whatIf.cutOff.map { cut in
            (dataset.vocabulary.groups[cut.group].id, cut.actors.map { dataset.actors[$0].id }.sorted())
        })
        #expect(cutOff == reference.cut_off)
    }

    @Test func ranksCountEveryActorBeforeAndOnlyTheRestAfter() throws {
        let whatIf = try Self.whatIf(try #require(Self.cases.first { $0.name == "county" }))
        let dataset = whatIf.shift.before.snapshot.dataset
        let row = try #require(whatIf.remaining.first { dataset.actors[$0.actor].id == "fed" })
        let before = try #require(Self.cases.first { $0.name == "county" }).values_before
        let after = try #require(Self.cases.first { $0.name == "county" }).values_after
        // Competition ranks from networkx's values: 1 + the number of actors strictly above.
        #expect(row.rankBefore == 1 + before.values.filter { $0 > before["fed"]! + 1e-12 }.count)
        #expect(row.rankAfter == 1 + after.values.filter { $0 > after["fed"]! + 1e-12 }.count)
        #expect(!whatIf.remaining.contains { dataset.actors[$0.actor].id == "county" })
    }

    @Test func sentencesSayWhoLosesTheirWayAndOnlyWhatChanged() throws {
        let county = try Self.whatIf(try #require(Self.cases.first { $0.name == "county" })).summary(limit: 20)
        #expect(county.contains("Without County, Federation, Savings groups, Support NGO, Donor and 1 more have no path to any actor in State."),
                "\(county)")
        // The group the most actors lose their way to comes first; at most three such sentences.
        #expect(county.first == "Without County, Federation, Savings groups, Support NGO, Donor and 1 more have no path to any actor in State.")
        #expect(county.filter { $0.contains("no path") }.count == 3)
        #expect(county.contains("Without County, Housing agency and Water utility have no path to any actor in Organised communities."), "\(county)")
        #expect(county.contains("Without County, the map falls apart from 2 components to 4 (an actor with no tie is a component of its own)."))

        // Taking away the MoU leaves every actor connected as before (the county keeps the
        // NGO's funding): no one is cut off, and the components are not mentioned.
        let mou = try Self.whatIf(try #require(Self.cases.first { $0.name == "mou-tie" }))
        let sentences = mou.summary(limit: 20)
        #expect(mou.cutOff.isEmpty)
        #expect(!sentences.contains { $0.contains("no path") || $0.contains("component") }, "\(sentences)")
        #expect(sentences.first?.hasPrefix("The share of pairs") == false)
        #expect(mou.removalPhrase == "the memorandum of understanding tie between Federation and County")
    }

    @Test func anActorWithoutTiesChangesOnlyTheCounts() throws {
        let dataset = try Self.dataset()
        let snapshot = Snapshot(dataset, at: .year(2018))
        let whatIf = WhatIf(snapshot, removingActors: Set(try WhatIf.actors(["loner"], in: snapshot)))
        // PageRank moves (the teleport is shared among fewer actors), but who reaches whom cannot.
        #expect(whatIf.cutOff.isEmpty)
        #expect(whatIf.after.components == whatIf.before.components - 1)
        #expect(whatIf.after.ties == whatIf.before.ties)
    }

    @Test func removingLeavesTheRestOfTheSnapshotAlone() throws {
        let dataset = try Self.dataset()
        let snapshot = Snapshot(dataset, at: .year(2018))
        let county = try #require(dataset.actorIndex(of: "county"))
        let reduced = snapshot.removing(actors: [county])
        #expect(reduced.actorIndices == snapshot.actorIndices.filter { $0 != county })
        #expect(reduced.position(ofActorAt: county) == nil)
        for (position, actor) in reduced.actorIndices.enumerated() { #expect(reduced.position(ofActorAt: actor) == position) }
        let touching = snapshot.relationshipIndices.filter {
            dataset.relationshipEnds[$0].from == county || dataset.relationshipEnds[$0].to == county
        }
        #expect(!touching.isEmpty)
        #expect(reduced.relationshipIndices == snapshot.relationshipIndices.filter { !touching.contains($0) })
    }

    @Test func refusesWhatIsNotOnTheMap() throws {
        let snapshot = Snapshot(try Self.dataset(), at: .year(2018))
        #expect(throws: WhatIfError.self) { try WhatIf.actors(["countty"], in: snapshot) }
        do {
            _ = try WhatIf.actors(["countty"], in: snapshot)
        } catch {
            #expect(error.message.contains("did you mean 'county'?"))
        }
        do {
            _ = try WhatIf.actors(["late"], in: snapshot)
            Issue.record("an actor from 2019 is not on the map of 2018")
        } catch {
            #expect(error.message.contains("not on the map in 2018"))
        }
        do {
            _ = try WhatIf.relationships(from: "fed", to: "county", type: "funding", in: snapshot)
            Issue.record("the federation does not fund the county")
        } catch {
            #expect(error.message.contains("their ties then are fed:county:mou"), "\(error.message)")
        }
        do {
            _ = try WhatIf.relationships(from: "fed", to: "agency", type: "contention", in: snapshot, counted: .positive)
            Issue.record("contention is not counted by the positive types")
        } catch {
            #expect(error.message.contains("not among the types measured"))
        }
        // A funding tie has a direction: only from the funder.
        #expect(try WhatIf.relationships(from: "donor", to: "ngo", type: "funding", in: snapshot).count == 1)
        #expect(throws: WhatIfError.self) { try WhatIf.relationships(from: "ngo", to: "donor", type: "funding", in: snapshot) }
        // An MoU has none: either way round.
        #expect(try WhatIf.relationships(from: "county", to: "fed", type: "mou", in: snapshot).count == 1)
    }
}
