import Foundation
import Testing
@testable import ActorMapGraphviz

/// One type for every output format, whether ActorMap names it or only Graphviz has it.
@Suite struct ImageFormatTests {
    @Test func theFormatsGraphvizHasAreTyped() throws {
        let formats = try Graphviz.formats
        #expect(ImageFormat.drawings.allSatisfy(formats.contains))
        #expect(formats == formats.sorted())
        // A format ActorMap has no name for is drawn all the same when Graphviz has it.
        let plain = try Graphviz.render("digraph { a -> b }", layout: "dot", format: ImageFormat(rawValue: "plain"))
        #expect(String(decoding: plain, as: UTF8.self).hasPrefix("graph "))
    }

    @Test func aFormatIsWrittenAsItsName() throws {
        #expect(String(decoding: try JSONEncoder().encode(ImageFormat.png), as: UTF8.self) == "\"png\"")
        #expect(try JSONDecoder().decode(ImageFormat.self, from: Data("\"pdf\"".utf8)) == .pdf)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ImageFormat.self, from: Data("7".utf8)) }
        // The errors that name formats, as the layout process sends them back.
        let error = GraphvizError.unknownFormat("docx", available: [.pdf, .svg])
        #expect(try JSONDecoder().decode(GraphvizError.self, from: JSONEncoder().encode(error)) == error)
        #expect(error.description == "unknown output format 'docx'; Graphviz here writes pdf, svg.")
    }
}
