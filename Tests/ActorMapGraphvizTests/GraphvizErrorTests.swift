import Foundation
import Testing
@testable import ActorMapGraphviz

@Suite struct GraphvizErrorTests {
    @Test func unknownEngineListsTheInstalledOnes() throws {
        #expect {
            try Graphviz.render("digraph { a -> b }", layout: "spring", format: "svg")
        } throws: { error in
            guard case .unknownLayout("spring", let available) = error as? GraphvizError else { return false }
            return ["circo", "dot", "fdp", "neato", "sfdp", "twopi"].allSatisfy(available.contains)
        }
        let message = String(describing: GraphvizError.unknownLayout("spring", available: ["dot", "neato"]))
        #expect(message == "unknown layout engine 'spring'; Graphviz here has dot, neato.")
    }

    @Test func unknownFormatListsTheInstalledOnes() throws {
        #expect {
            try Graphviz.render("digraph { a -> b }", layout: "dot", format: "docx")
        } throws: { error in
            guard case .unknownFormat("docx", let available) = error as? GraphvizError else { return false }
            return ["pdf", "png", "svg"].allSatisfy(available.contains)
        }
    }

    @Test func unreadableDOTCarriesGraphvizsMessageAndTheNextRenderWorks() throws {
        #expect {
            try Graphviz.render("digraph { a -> ", layout: "dot", format: "svg")
        } throws: { error in
            guard case .unreadable(let message) = error as? GraphvizError else { return false }
            return message.contains("syntax error")
        }
        let svg = try Graphviz.render("digraph { a -> b }", layout: "dot", format: "svg")
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test func anErrorGraphvizWouldDrawAroundIsAFailure() throws {
        // Graphviz draws a malformed HTML-like label as the graph's name and carries on.
        #expect {
            try Graphviz.render("digraph { label=<<B>unclosed>; a }", layout: "dot", format: "svg")
        } throws: { error in
            guard case .layoutFailed("dot", let message) = error as? GraphvizError else { return false }
            return message.contains("in label of graph")
        }
    }

    @Test func knowsItsVersionAndPlugins() throws {
        #expect(try Graphviz.version.first?.isNumber == true)
        #expect(try Graphviz.layouts.contains("sfdp"))
        #expect(try Graphviz.formats.contains("png"))
    }
}
