import ActorMap
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ActorMapGraphviz

@Suite struct RenderingTests {
    let map = """
        title: Rendering map
        actors:
          - {id: muungano, name: Muungano wa Wanavijiji, kind: federation}
          - {id: nairobi-county, name: Nairobi City County, kind: county-government}
          - {id: sdi, name: Slum Dwellers International, kind: international-network}
          - {id: idrc, name: IDRC, kind: donor}
        relationships:
          - {from: muungano, to: nairobi-county, type: contention, until: 2016}
          - {from: muungano, to: nairobi-county, type: mou, since: 2017}
          - {from: idrc, to: muungano, type: funding, amount: 100000, currency: USD}
          - {from: muungano, to: sdi, type: membership}
        """

    private func svg(_ options: DiagramOptions = DiagramOptions()) throws -> XMLDocument {
        let diagram = try Diagram(Snapshot(try dataset(map)), options: options)
        return try svgDocument(try Graphviz.render(diagram, format: .svg))
    }

    @Test func svgHasOneGroupPerActorWithItsTooltip() throws {
        let document = try svg()
        let groups = try document.elements("//*[local-name()='g'][starts-with(@id, 'actor-')]")
        #expect(groups.compactMap { $0.value(of: "id") }.sorted()
                == ["actor-idrc", "actor-muungano", "actor-nairobi-county", "actor-sdi"])
        let muungano = try #require(groups.first { $0.value(of: "id") == "actor-muungano" })
        #expect(muungano.value(of: "class") == "node actor kind-federation group-community")
        let tooltip = try muungano.elements(".//*[local-name()='a']").first?.value(of: "xlink:title")
        #expect(tooltip == "Muungano wa Wanavijiji\nFederation of the urban poor · Organised communities")
        let text = try muungano.elements(".//*[local-name()='text']").compactMap(\.stringValue)
        #expect(text == ["Muungano wa", "Wanavijiji"])
    }

    @Test func svgEdgesCarryTheirTypeAsAClass() throws {
        let edges = try svg().elements("//*[local-name()='g'][contains(concat(' ', @class, ' '), ' edge ')]")
        #expect(edges.compactMap { $0.value(of: "class") }.sorted() == [
            "edge relationship type-contention", "edge relationship type-funding",
            "edge relationship type-membership", "edge relationship type-mou",
        ])
        #expect(edges.compactMap { $0.value(of: "id") }.sorted()
                == ["relationship-0", "relationship-1", "relationship-2", "relationship-3"])
    }

    @Test func legendAndTitleAreTextInTheSVG() throws {
        let text = try svg().elements("//*[local-name()='text']").compactMap(\.stringValue)
        #expect(text.contains("Rendering map · all time"))
        #expect(text.contains("Memorandum of understanding"))
        #expect(text.contains("Organised communities"))
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineDrawsEveryActor(_ engine: LayoutEngine) throws {
        let groups = try svg(DiagramOptions(layout: engine)).elements("//*[local-name()='g'][starts-with(@id, 'actor-')]")
        #expect(groups.count == 4)
    }

    @Test func pngAndPDFHaveTheirSignatures() throws {
        let diagram = try Diagram(Snapshot(try dataset(map)))
        let png = try Graphviz.render(diagram, format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let pdf = try Graphviz.render(diagram, format: .pdf)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: pdf.suffix(8), as: UTF8.self).contains("%%EOF"))
    }

    @Test func aThousandActorsWithSfdp() throws {
        let snapshot = Snapshot(try randomMap(actors: 1000, seed: 7))
        let diagram = try Diagram(snapshot, options: DiagramOptions(layout: .sfdp, labels: .top(20)))
        let document = try svgDocument(try Graphviz.render(diagram, format: .svg))
        #expect(try document.elements("//*[local-name()='g'][starts-with(@id, 'actor-')]").count == 1000)
        #expect(try document.elements("//*[local-name()='g'][starts-with(@id, 'relationship-')]").count == 2000)
    }
}
