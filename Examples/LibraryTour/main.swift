// The whole job with the ActorMap library: load a map, find who brokers in one year,
// say how power shifted between two years, and draw the map.
//
//     swift run LibraryTour [map.yaml] [drawing.svg]

import ActorMap
import ActorMapGraphviz
import Foundation

let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../Datasets/nairobi-mukuru.yaml").standardized.path
let arguments = CommandLine.arguments.dropFirst()
let mapPath = arguments.first ?? bundled
let svgPath = arguments.dropFirst().first ?? FileManager.default.temporaryDirectory.appendingPathComponent("library-tour.svg").path

do {
    // Reading checks the whole file; a map with errors throws them all at once.
    let dataset = try DatasetReader().read(contentsOf: URL(fileURLWithPath: mapPath))
    print(dataset.title)

    // Who stands between the others in 2015: the top three by betweenness, by name.
    let table = MetricsTable(Snapshot(dataset, at: .year(2015)), measures: [.betweenness])
    for row in table.ranked(by: .betweenness).prefix(3) {
        print("  \(row.actor.name): betweenness \(String(format: "%.3f", row[.betweenness] ?? 0))")
    }

    // How PageRank moved from 2010 to 2020, in the shift's own first sentence.
    let shift = PowerShift(dataset, from: .year(2010), to: .year(2020), measures: PowerShift.measures(for: .pagerank))
    print(shift.summary(limit: 1).first ?? "Nothing moved between 2010 and 2020.")

    // The 2020 map, drawn by Graphviz in process.
    let diagram = try Diagram(Snapshot(dataset, at: .year(2020)))
    try OutputFile.write(try Graphviz.render(diagram, format: .svg), to: svgPath)
    print("Drew the 2020 map in \(svgPath).")
} catch {
    FileHandle.standardError.write(Data("LibraryTour: \(error)\n".utf8))
    exit(1)
}
