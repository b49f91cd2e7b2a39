// Load a map, measure who brokers in one year, compare two years and draw the map.
// snippet.hide
// `swift build` builds every snippet; scripts/test.sh runs this one from the package
// folder (`swift run GettingStarted`), so the code the documentation shows is known to work.
// snippet.show
import ActorMap
import ActorMapGraphviz
import Foundation

// snippet.load
// Reading checks the whole map; a map with errors throws a DatasetError listing them all.
let url = URL(fileURLWithPath: "Examples/Datasets/nairobi-mukuru.yaml")
let dataset = try DatasetReader().read(contentsOf: url)
// snippet.end

// snippet.measure
// The map as it stood in 2020, with only betweenness computed: its three main brokers.
let snapshot = Snapshot(dataset, at: .year(2020))
let table = MetricsTable(snapshot, measures: [.betweenness])
for row in table.ranked(by: .betweenness).prefix(3) {
    print(row.actor.name, row[.betweenness] ?? .nan)
}
// One actor's value, by its id.
print(table.value(.betweenness, of: "muungano") ?? .nan)
// snippet.end

// snippet.compare
// How PageRank moved between 2012 and 2020, in sentences.
let shift = PowerShift(
    dataset, from: .year(2012), to: .year(2020),
    measure: .pagerank, measures: PowerShift.measures(for: .pagerank))
for sentence in shift.summary(limit: 3) {
    print(sentence)
}
// snippet.end

// snippet.render
// The 2020 map drawn by Graphviz, written whole or not at all.
let diagram = try Diagram(snapshot)
let svg = try Graphviz.render(diagram, format: .svg)
let folder = FileManager.default.temporaryDirectory
let path = folder.appendingPathComponent("nairobi-mukuru-2020.svg").path
try OutputFile.write(svg, to: path)
print("Wrote \(path)")
// snippet.end
