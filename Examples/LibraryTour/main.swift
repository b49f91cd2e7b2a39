// A tour of the ActorMap library: load a map, take snapshots, and look at who is
// connected to whom, year by year.
//
//     swift run LibraryTour [Examples/Datasets/nairobi-mukuru.yaml]

import ActorMap
import Foundation

let path = CommandLine.arguments.dropFirst().first ?? "Examples/Datasets/nairobi-mukuru.yaml"

// Reading checks the whole file; a map with errors throws them all at once.
let dataset: Dataset
do {
    dataset = try DatasetReader().read(contentsOf: URL(fileURLWithPath: path))
} catch {
    for problem in error.problems { print(problem) }
    exit(1)
}
print(dataset.title)
guard let span = dataset.yearSpan else {
    print("The map has no dates.")
    exit(0)
}

// One snapshot per year, each reduced to the graph of cooperative ties.
for year in stride(from: span.lowerBound, through: span.upperBound, by: max(1, span.count / 6)) {
    let snapshot = Snapshot(dataset, at: .year(year))
    let graph = snapshot.projection(ProjectionOptions(types: .positive, direction: .undirected))
    let best = (0..<graph.nodeCount).max { graph.outDegree(of: $0) < graph.outDegree(of: $1) }
    let leader = best.map { "\(dataset.actors[graph.actorIndices[$0]].name) (\(graph.outDegree(of: $0)) partners)" } ?? "nobody"
    print("\(year): \(snapshot.actorIndices.count) actors, \(graph.tieCount) cooperative ties; most connected: \(leader)")
}
