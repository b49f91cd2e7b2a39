import Foundation
import Testing

@Suite struct DiffCommandTests {
    @Test func marksFormedDissolvedRetypedTiesAndEnteredAndExitedActors() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", changingMap)
        let output = folder.url.appendingPathComponent("diff.dot").path
        let result = try actormap("diff", file, "--from", "2010", "--to", "2012", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let dot = try String(contentsOfFile: output, encoding: .utf8)
        #expect(dot.contains("layout=nop2"))
        // Contention between the federation and the city became an MoU: one edge, marked.
        #expect(dot.contains("class=\"tie retyped type-mou\""))
        #expect(dot.contains("xlabel=\"Contention → Memorandum of understanding\""))
        #expect(!dot.contains("tie dissolved type-contention"))
        #expect(dot.contains("class=\"tie dissolved type-technical-support\""))
        #expect(dot.contains("class=\"tie formed type-collaboration\""))
        #expect(dot.contains("entered\", color") && dot.contains("peripheries=2"))
        #expect(dot.contains("exited\", color") && dot.contains("style=\"filled,dashed\""))
        #expect(dot.contains("Fill: change in PageRank") && dot.contains("Change: width and strength"))
        // The hostile name is escaped for Graphviz's labels: quotes escaped, & as an entity.
        #expect(dot.contains(#"label="Donor <b>&amp;amp;\n\"Co\"""#))

        let svg = folder.url.appendingPathComponent("diff.svg").path
        #expect(try actormap("diff", file, "--from", "2010", "--to", "2012", "-o", svg).status == 0)
        let drawing = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(!drawing.contains("<b>"))
        #expect(drawing.contains("id=\"actor&#45;fed\""))
    }
}
