import Foundation
import Testing
@testable import ActorMap

private typealias Graphs = StructureTestGraphs

/// networkx's modularity of given partitions of the reference cases, from
/// `Fixtures/structure-reference.py`.
struct ModularityReference: Decodable, Sendable {
    struct Partition: Decodable, Sendable {
        var name: String
        var labels: [Int]
        var modularity: [String: Double?]
    }

    var name: String
    var partitions: [Partition]

    static let all: [ModularityReference] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/structure-reference", withExtension: "json"),
              let data = try? Data(contentsOf: url)
        else { return [] }
        struct File: Decodable { var cases: [ModularityReference] }
        return (try? JSONDecoder().decode(File.self, from: data).cases) ?? []
    }()
}

@Suite struct CommunityTests {
    @Test func modularityReferenceIsPresent() {
        #expect(ModularityReference.all.count == ReferenceCases.all.count)
    }

    @Test(arguments: ModularityReference.all)
    func modularityMatchesNetworkx(_ reference: ModularityReference) throws {
        let graph = try #require(ReferenceCases.named(reference.name)).projected()
        for partition in reference.partitions {
            for (resolution, expected) in partition.modularity {
                let label = "\(reference.name) \(partition.name) γ=\(resolution)"
                guard let expected else {
                    #expect(throws: UndefinedMeasure.self, "\(label)") {
                        try graph.modularity(of: partition.labels, resolution: Double(resolution)!)
                    }
                    continue
                }
                let actual = try graph.modularity(of: partition.labels, resolution: Double(resolution)!)
                #expect(abs(actual - expected) <= 1e-9, "\(label): \(actual), expected \(expected)")
            }
        }
    }

    /// Louvain should do about as well as networkx's own on every reference case.
    @Test(arguments: ModularityReference.all)
    func louvainReachesNetworkxModularity(_ reference: ModularityReference) throws {
        let graph = try #require(ReferenceCases.named(reference.name)).projected()
        let networkx = try #require(
            reference.partitions.first(where: { $0.name == "louvain" })?.modularity["1.0"] ?? nil,
            "structure-reference.py gives networkx's Louvain modularity for every case")
        let communities = graph.louvainCommunities()
        #expect(try graph.modularity(of: communities) >= networkx - 0.02, "\(reference.name)")
    }

    @Test func modularityOfSmallGraphs() throws {
        // Two triangles joined by one edge, split into the triangles: 2 · (3/7 − (7/14)²).
        let twoTriangles = Graphs.undirected(6, [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)])
        #expect(abs(try twoTriangles.modularity(of: [0, 0, 0, 1, 1, 1]) - (6.0 / 7 - 0.5)) < 1e-12)
        // Labels are arbitrary integers.
        #expect(abs(try twoTriangles.modularity(of: [9, 9, 9, -4, -4, -4]) - (6.0 / 7 - 0.5)) < 1e-12)
        // One community holding everything has modularity 0 at resolution 1.
        #expect(abs(try twoTriangles.modularity(of: [Int](repeating: 0, count: 6))) < 1e-12)
        #expect(throws: UndefinedMeasure.self) { try Graphs.undirected(3, []).modularity(of: [0, 1, 2]) }
        #expect(throws: UndefinedMeasure.self) { try Graphs.undirected(0, []).modularity(of: []) }
    }

    @Test func louvainOnKarateClub() throws {
        let karate = try #require(ReferenceCases.named("karate_unweighted")).projected()
        for seed: UInt64 in [0, 1, 2, 42] {
            let communities = karate.louvainCommunities(seed: seed)
            #expect(try karate.modularity(of: communities) >= 0.41, "seed \(seed)")
        }
    }

    @Test func louvainRecoversPlantedGroups() {
        let graph = Graphs.plantedPartition(groupCount: 4, groupSize: 30, inside: 0.4, across: 0.02, seed: 7)
        let planted = (0..<120).map { $0 / 30 }
        #expect(graph.louvainCommunities(seed: 3) == planted)
    }

    @Test func louvainOnDirectedMaps() throws {
        // Two directed 3-cycles joined by one arc.
        let graph = Graphs.directed(6, [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)])
        #expect(graph.louvainCommunities() == [0, 0, 0, 1, 1, 1])
    }

    @Test func louvainIsDeterministicAndLabelsBySmallestNode() {
        let graph = Graphs.plantedPartition(groupCount: 6, groupSize: 20, inside: 0.3, across: 0.05, seed: 11)
        let first = graph.louvainCommunities(seed: 5)
        #expect(graph.louvainCommunities(seed: 5) == first)
        #expect(first[0] == 0)
        var next = 0
        for label in first where label >= next {
            #expect(label == next, "labels must appear in order of their smallest node")
            next += 1
        }
    }

    @Test func louvainOnEdgeCases() {
        #expect(Graphs.undirected(0, []).louvainCommunities() == [])
        #expect(Graphs.undirected(1, []).louvainCommunities() == [0])
        #expect(Graphs.undirected(3, []).louvainCommunities() == [0, 1, 2])
        // Isolates keep their own community.
        #expect(Graphs.undirected(4, [(0, 1)]).louvainCommunities() == [0, 0, 1, 2])
        // A resolution near 0 rewards merging everything into one community.
        let twoTriangles = Graphs.undirected(6, [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)])
        #expect(twoTriangles.louvainCommunities() == [0, 0, 0, 1, 1, 1])
        #expect(Set(twoTriangles.louvainCommunities(resolution: 0.01)).count == 1)
    }
}
