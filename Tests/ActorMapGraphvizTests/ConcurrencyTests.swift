import ActorMap
import Foundation
import Testing
@testable import ActorMapGraphviz

/// Graphviz crashes when two threads call it at once; the lock makes that impossible.
@Suite struct ConcurrencyTests {
    @Test func fiftyRendersFromConcurrentTasks() async throws {
        let maps = try (0..<5).map { try randomMap(actors: 30, seed: UInt64($0)) }
        let engines: [LayoutEngine] = [.dot, .neato, .sfdp, .fdp, .circo]
        let formats: [ImageFormat] = [.svg, .png]
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<50 {
                let map = maps[index % maps.count]
                let options = DiagramOptions(layout: engines[index % engines.count])
                let format = formats[index % formats.count]
                group.addTask {
                    try Graphviz.render(try Diagram(Snapshot(map), options: options), format: format).count
                }
            }
            // A render that fails in between must not leave Graphviz's error state behind.
            group.addTask {
                (try? Graphviz.render("digraph {", layout: "dot", format: "svg"))?.count ?? 1
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sizes.count == 51)
        #expect(sizes.allSatisfy { $0 > 0 })
    }
}
