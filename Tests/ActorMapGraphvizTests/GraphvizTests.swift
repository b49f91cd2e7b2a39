import Foundation
import Testing
@testable import ActorMapGraphviz

@Suite struct GraphvizTests {
    @Test func rendersSVG() throws {
        let svg = try Graphviz.render("digraph { a -> b }", layout: "dot", format: "svg")
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }
}
