import Foundation
import Testing
@testable import ActorMap

@Suite struct DiagramTests {
    /// A federation in contention with a city, which later signs an MoU; a donor funding
    /// the federation.
    let tiny = """
        title: Tiny map
        actors:
          - {id: fed, name: Federation, kind: federation}
          - {id: city, name: City Council, kind: city-government, since: 2001}
          - {id: donor, name: Donor, kind: donor}
        relationships:
          - {from: fed, to: city, type: contention, since: 2001, until: 2003}
          - {from: fed, to: city, type: mou, since: 2004, weight: 2}
          - {from: donor, to: fed, type: funding, amount: 5000, currency: USD}
        """

    private func dataset(_ text: String) throws -> Dataset {
        let report = check(text)
        return try #require(report.dataset, "\(report.problems)")
    }

    private func diagram(_ text: String, at time: TimeSelection = .allTime, _ options: DiagramOptions = DiagramOptions()) throws -> Diagram {
        try Diagram(Snapshot(try dataset(text), at: time), options: options)
    }

    @Test func exactDOTForASmallMap() throws {
        let text = try diagram(tiny, at: .year(2003), DiagramOptions(legend: false)).text
        #expect(text == """
            digraph actormap {
              graph [bgcolor="#FFFFFF", fontname="Helvetica,Arial,sans-serif", label=<<FONT POINT-SIZE="10"><TABLE BORDER="0" CELLBORDER="0" CELLPADDING="2" CELLSPACING="0"><TR><TD ALIGN="LEFT" COLSPAN="1"><FONT POINT-SIZE="16"><B>Tiny map · 2003</B></FONT></TD></TR><TR><TD COLSPAN="1" HEIGHT="12"></TD></TR></TABLE></FONT>>, labeljust=l, labelloc=t, layout=dot, mclimit=0.5, nodesep=0.3, nslimit=2, nslimit1=2, outputorder=edgesfirst, pack=true, pad=0.3, ranksep=0.6];
              node [color="#333333", fontname="Helvetica,Arial,sans-serif", fontsize=11, margin="0.08,0.04", penwidth=0.8, style=filled];
              edge [arrowsize=0.7, fontname="Helvetica,Arial,sans-serif", fontsize=9];
              a0 [class="actor kind-federation group-community", fillcolor="#E69F00", fontcolor="#000000", id="actor-fed", label="Federation", shape=ellipse, tooltip="Federation\\nFederation of the urban poor · Organised communities"];
              a1 [class="actor kind-city-government group-state", fillcolor="#0072B2", fontcolor="#FFFFFF", id="actor-city", label="City Council", shape=octagon, tooltip="City Council\\nCity government · State\\nactive 2001–…"];
              a2 [class="actor kind-donor group-funder", fillcolor="#CC79A7", fontcolor="#000000", id="actor-donor", label="Donor", shape=diamond, tooltip="Donor\\nDonor · Donors and funders"];
              a0 -> a1 [arrowhead=tee, arrowsize=1, arrowtail=tee, class="relationship type-contention", color="#D55E00", dir=both, id="relationship-0", penwidth=1.2, style=dashed, tooltip="Federation — City Council\\nContention, 2001–2003"];
              a2 -> a0 [class="relationship type-funding", color="#009E73", id="relationship-2", penwidth=4.5, style=solid, tooltip="Donor → Federation\\nFunding\\n5000 USD"];
            }

            """)
    }

    @Test func exactLegendListsOnlyWhatIsDrawn() throws {
        let graph = try diagram(tiny, at: .year(2005)).graph
        let row = { (cells: String) in "<TR>\(cells)</TR>" }
        let spacer = "<TD WIDTH=\"18\"></TD>"
        // Funding of 5000 USD sets the widths scale: 1 + 3.5·√share for the whole amount, a
        // quarter and a sixteenth is 4.5, 2.75 and 1.875 points, drawn as 5, 3 and 2 pixels.
        let expected = "<FONT POINT-SIZE=\"10\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"2\" CELLSPACING=\"0\">"
            + row("<TD ALIGN=\"LEFT\" COLSPAN=\"11\"><FONT POINT-SIZE=\"16\"><B>Tiny map · 2005</B></FONT></TD>")
            + row("<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" COLSPAN=\"11\"><FONT COLOR=\"#444444\" POINT-SIZE=\"10\">3 actors · 2 relationships</FONT></TD>")
            + row("<TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"10\"><B>Group</B></FONT></TD>" + spacer
                  + "<TD ALIGN=\"LEFT\" COLSPAN=\"1\"><FONT POINT-SIZE=\"10\"><B>Kind</B></FONT></TD>" + spacer
                  + "<TD ALIGN=\"LEFT\" COLSPAN=\"3\"><FONT POINT-SIZE=\"10\"><B>Relationship</B></FONT></TD>" + spacer
                  + "<TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"10\"><B>Line width ∝ √amount (USD)</B></FONT></TD>")
            + row("<TD ALIGN=\"RIGHT\"><TABLE BGCOLOR=\"#E69F00\" BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\" FIXEDSIZE=\"TRUE\" HEIGHT=\"12\" WIDTH=\"16\"><TR><TD></TD></TR></TABLE></TD><TD ALIGN=\"LEFT\">Organised communities</TD>" + spacer
                  + "<TD ALIGN=\"LEFT\">Federation of the urban poor</TD>" + spacer
                  + "<TD BORDER=\"3\" COLOR=\"#0072B2\" SIDES=\"B\" WIDTH=\"30\"></TD><TD ALIGN=\"LEFT\"></TD><TD ALIGN=\"LEFT\">Memorandum of understanding</TD>" + spacer
                  + "<TD BORDER=\"5\" COLOR=\"#555555\" SIDES=\"B\" WIDTH=\"30\"></TD><TD ALIGN=\"LEFT\">5,000 USD</TD>")
            + row("<TD ALIGN=\"RIGHT\"><TABLE BGCOLOR=\"#0072B2\" BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\" FIXEDSIZE=\"TRUE\" HEIGHT=\"12\" WIDTH=\"16\"><TR><TD></TD></TR></TABLE></TD><TD ALIGN=\"LEFT\">State</TD>" + spacer
                  + "<TD ALIGN=\"LEFT\">City government</TD>" + spacer
                  + "<TD BORDER=\"2\" COLOR=\"#009E73\" SIDES=\"B\" WIDTH=\"30\"></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"#009E73\">→</FONT></TD><TD ALIGN=\"LEFT\">Funding</TD>" + spacer
                  + "<TD BORDER=\"3\" COLOR=\"#555555\" SIDES=\"B\" WIDTH=\"30\"></TD><TD ALIGN=\"LEFT\">1,250 USD</TD>")
            + row("<TD ALIGN=\"RIGHT\"><TABLE BGCOLOR=\"#CC79A7\" BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\" FIXEDSIZE=\"TRUE\" HEIGHT=\"12\" WIDTH=\"16\"><TR><TD></TD></TR></TABLE></TD><TD ALIGN=\"LEFT\">Donors and funders</TD>" + spacer
                  + "<TD ALIGN=\"LEFT\">Donor</TD>" + spacer
                  + "<TD COLSPAN=\"3\"></TD>" + spacer
                  + "<TD BORDER=\"2\" COLOR=\"#555555\" SIDES=\"B\" WIDTH=\"30\"></TD><TD ALIGN=\"LEFT\">312.5 USD</TD>")
            + row("<TD COLSPAN=\"11\" HEIGHT=\"12\"></TD>")
            + "</TABLE></FONT>"
        guard case .html(let label) = graph.attributes[.label] else {
            Issue.record("the graph's label is not an HTML-like label")
            return
        }
        #expect(label.markup == expected)
    }

    @Test func arrowheadsOnlyForDirectedTypesAndBarsForConflict() throws {
        let edges = try diagram(tiny).graph.edges
        let byType = Dictionary(uniqueKeysWithValues: edges.map { ($0.attributes[.class]!, $0.attributes) })
        let contention = try #require(byType[.identifier("relationship type-contention")])
        #expect(contention[.dir] == .identifier("both"))
        #expect(contention[.arrowhead] == .identifier("tee"))
        #expect(contention[.arrowtail] == .identifier("tee"))
        #expect(contention[.style] == .identifier("dashed"))
        let mou = try #require(byType[.identifier("relationship type-mou")])
        #expect(mou[.dir] == .identifier("none"))
        #expect(mou[.style] == .identifier("bold"))
        let funding = try #require(byType[.identifier("relationship type-funding")])
        #expect(funding[.dir] == nil, "a digraph's edges point from `from` to `to` by default")
        #expect(funding[.arrowhead] == nil)
    }

    @Test func parallelRelationshipsAreSeparateEdges() throws {
        let map = """
            title: Parallel ties
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: city-government}
            relationships:
              - {from: a, to: b, type: mou}
              - {from: a, to: b, type: mou}
              - {from: b, to: a, type: collaboration}
              - {from: a, to: b, type: funding, weight: 3}
            """
        let diagram = try diagram(map)
        #expect(diagram.graph.edges.count == 4)
        #expect(diagram.relationshipIndices == [0, 1, 2, 3])
        #expect(diagram.graph.edges.map { $0.attributes[.id] } == (0..<4).map { .identifier("relationship-\($0)") })
        #expect(diagram.graph.edges.map(\.from) == ["a0", "a0", "a1", "a0"])
    }

    @Test func fundingWidthFollowsAmountsWithinACurrencyOrWeights() throws {
        let map = """
            title: Funding
            actors:
              - {id: a, name: A, kind: donor}
              - {id: b, name: B, kind: federation}
              - {id: c, name: C, kind: support-ngo}
            relationships:
              - {from: a, to: b, type: funding, amount: 100, currency: USD}
              - {from: a, to: c, type: funding, amount: 25, currency: USD}
              - {from: a, to: c, type: funding, amount: 9, currency: KES}
              - {from: b, to: c, type: collaboration, weight: 4}
              - {from: c, to: b, type: collaboration, weight: 1}
            """
        let widths = try diagram(map).graph.edges.map { $0.attributes[.penwidth] }
        #expect(widths == [.number(4.5), .number(1 + 3.5 * 0.5), .number(4.5), .number(3), .number(0.8 + 2.2 * 0.5)])
    }

    @Test func areaIsProportionalToTheSizeFigure() throws {
        let map = """
            title: Sizes
            actors:
              - {id: a, name: A, kind: support-ngo}
              - {id: b, name: B, kind: support-ngo}
              - {id: c, name: C, kind: federation}
              - {id: d, name: D, kind: support-ngo}
            relationships: []
            """
        let size = ActorFigures(name: "betweenness", values: [0.8, 0.2, 0.8, .nan])
        let nodes = try diagram(map, DiagramOptions(size: size)).graph.nodes
        let sides = nodes.map { node -> Double in
            guard case .number(let side) = node.attributes[.width] else { return -1 }
            return side
        }
        // Boxes: area is the side squared; an ellipse fills π/4 of its box.
        #expect(abs(sides[0] * sides[0] / (sides[1] * sides[1]) - 4) < 1e-9)
        #expect(abs(sides[2] * sides[2] * Double.pi / 4 - sides[0] * sides[0]) < 1e-9)
        #expect(sides[3] == 0.3, "an undefined figure gets the smallest size")
        // The figure is a floor under the size: Graphviz widens a node whose name needs more
        // room instead of letting the name spill over its neighbours.
        #expect(nodes.allSatisfy { $0.attributes[.fixedsize] == nil })
        #expect(nodes.allSatisfy { $0.attributes[.width] == $0.attributes[.height] })
    }

    @Test func topLabelsGoToTheLargestFiguresOrTheMostTies() throws {
        let map = """
            title: Labels
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: federation}
              - {id: c, name: C, kind: federation}
            relationships:
              - {from: b, to: c, type: mou}
              - {from: b, to: a, type: mou}
            """
        let byTies = try diagram(map, DiagramOptions(labels: .top(1))).graph.nodes.map { $0.attributes[.label] }
        #expect(byTies == [.text(""), .text("B"), .text("")])
        let size = ActorFigures(name: "pagerank", values: [0.1, 0.3, 0.6])
        let bySize = try diagram(map, DiagramOptions(size: size, labels: .top(2))).graph.nodes.map { $0.attributes[.label] }
        #expect(bySize == [.text(""), .text("B"), .text("C")])
        let none = try diagram(map, DiagramOptions(labels: .none)).graph.nodes
        #expect(none.allSatisfy { $0.attributes[.label] == .text("") && $0.attributes[.width] == .number(0.25) })
    }

    @Test func longNamesWrapAtSpaces() {
        #expect(DiagramBuilder.wrapped("Muungano wa Wanavijiji") == "Muungano wa\nWanavijiji")
        #expect(DiagramBuilder.wrapped("Short") == "Short")
        #expect(DiagramBuilder.wrapped("Supercalifragilisticexpialidocious") == "Supercalifragilisticexpialidocious")
        let long = "Government of Zimbabwe (Ministry of Local Government, Public Works and National Housing)"
        #expect(DiagramBuilder.wrapped(long).split(separator: "\n").count <= 5)
    }

    // MARK: Focus

    let path = """
        title: Path
        actors:
          - {id: a, name: A, kind: federation}
          - {id: b, name: B, kind: federation}
          - {id: c, name: C, kind: federation, since: 2010}
          - {id: d, name: D, kind: federation}
          - {id: e, name: E, kind: federation}
        relationships:
          - {from: a, to: b, type: mou}
          - {from: c, to: b, type: funding}
          - {from: c, to: d, type: contention}
          - {from: d, to: e, type: mou}
        """

    @Test func focusDrawsTheEgoNetworkOverEveryTieInEitherDirection() throws {
        let oneStep = try diagram(path, DiagramOptions(focus: Focus(actorID: "c", radius: 1)))
        #expect(oneStep.actorPositions == [1, 2, 3])
        #expect(oneStep.relationshipIndices == [1, 2])
        let twoSteps = try diagram(path, DiagramOptions(focus: Focus(actorID: "c", radius: 2)))
        #expect(twoSteps.actorPositions == [0, 1, 2, 3, 4])
        let alone = try diagram(path, DiagramOptions(focus: Focus(actorID: "a", radius: 0)))
        #expect(alone.actorPositions == [0])
        #expect(alone.graph.nodes.map(\.id) == ["a0"])
    }

    @Test func focusOnTwopiIsRootedAtTheCentre() throws {
        let graph = try diagram(path, DiagramOptions(layout: .twopi, focus: Focus(actorID: "d", radius: 1))).graph
        #expect(graph.attributes["root"] == .identifier("a1"))
        #expect(graph.nodes.map { $0.attributes[.id] } == ["c", "d", "e"].map { .identifier("actor-\($0)") })
    }

    @Test func focusOnAnUnknownOrAbsentActorSaysWhy() throws {
        #expect(throws: DiagramError("no actor has the id 'cc'; did you mean 'c'?")) {
            try diagram(path, DiagramOptions(focus: Focus(actorID: "cc")))
        }
        #expect(throws: DiagramError("'c' is not on the map at 2005 (active 2010–…); choose a time when it is.")) {
            try diagram(path, at: .year(2005), DiagramOptions(focus: Focus(actorID: "c")))
        }
    }

    @Test func figuresMustHaveOneValuePerActor() throws {
        #expect(throws: DiagramError("the figures 'degree' have 2 values for 5 actors.")) {
            try diagram(path, DiagramOptions(figures: [ActorFigures(name: "degree", values: [1, 2])]))
        }
    }

    // MARK: Colours

    @Test func groupsKeepTheirColoursAndOthersTakeUnusedPaletteColours() throws {
        let map = """
            title: Colours
            groups:
              - {id: state, label: State, color: "#3B6FB6"}
              - {id: faith, label: Faith groups}
            kinds:
              - {id: church, label: Church, group: faith, shape: house}
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: city-government}
              - {id: c, name: C, kind: church}
            relationships: []
            """
        let fills = try diagram(map).graph.nodes.map { $0.attributes[.fillcolor] }
        // Orange is the community's; the faith group takes the palette colour least like
        // orange and the dataset's blue.
        #expect(fills == [.color("#E69F00"), .color("#3B6FB6"), .color(Palette.mostDistinct(from: ["#E69F00", "#3B6FB6"]))])
        #expect(Palette.mostDistinct(from: ["#E69F00", "#3B6FB6"]) == "#882255")
        let byKind = try diagram(map, DiagramOptions(coloring: .kind)).graph.nodes.map { $0.attributes[.fillcolor] }
        #expect(byKind == (0..<3).map { .color(Palette.color($0)) })
        // A community's colour is its number's, not its rank among those drawn, so that a
        // community numbered alike in several years keeps its colour in each.
        let byCommunity = try diagram(map, DiagramOptions(coloring: .community([4, 2, 4]))).graph.nodes.map { $0.attributes[.fillcolor] }
        #expect(byCommunity == [.color(Palette.color(4)), .color(Palette.color(2)), .color(Palette.color(4))])
    }

    @Test func aTypeWithoutAColourTakesOneUnlikeTheOthers() throws {
        let map = """
            title: New type
            relationship_types:
              - {id: land-lease, label: Land lease, directed: true, sign: 1}
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: city-government}
            relationships:
              - {from: b, to: a, type: land-lease}
              - {from: a, to: b, type: collaboration}
            """
        let colors = try diagram(map).graph.edges.map { $0.attributes[.color] }
        let catalogue = Vocabulary.catalogue.relationshipTypes.compactMap(\.color)
        #expect(colors == [.color(Palette.mostDistinct(from: catalogue)), .color("#56B4E9")])
        #expect(!catalogue.contains(Palette.mostDistinct(from: catalogue)))
    }

    @Test func onlyTheChosenTypesAreDrawn() throws {
        let onlyMoU = try diagram(tiny, DiagramOptions(types: .only(["mou"])))
        #expect(onlyMoU.relationshipIndices == [1])
        #expect(onlyMoU.actorPositions == [0, 1, 2], "actors stay, ties or not")
        #expect(try diagram(tiny, DiagramOptions(types: .negative)).relationshipIndices == [0])
        #expect(try diagram(tiny).relationshipIndices == [0, 1, 2])
    }

    @Test func sizedNodesKeepTheirGroupsColourAndAScaleInTheLegend() throws {
        let size = ActorFigures(name: "degree", values: [2, 1, 1])
        let graph = try diagram(tiny, DiagramOptions(size: size)).graph
        // The State's own blue, with white text on it, as on an unsized map.
        #expect(graph.nodes[1].attributes[.fillcolor] == .color("#0072B2"))
        #expect(graph.nodes[1].attributes[.fontcolor] == .color("#FFFFFF"))
        guard case .html(let label) = graph.attributes[.label] else {
            Issue.record("the graph's label is not an HTML-like label")
            return
        }
        // Squares of a quarter and a sixteenth of the largest area: the largest figure (2)
        // makes a 1.5-inch side, so 0.75 and 0.375 inches, 54 and 27 points.
        #expect(label.markup.contains("<B>Area ∝ degree</B>"))
        #expect(label.markup.contains(#"FIXEDSIZE="TRUE" HEIGHT="54" WIDTH="54""#))
        #expect(label.markup.contains(">degree 0.5</TD>"))
        #expect(label.markup.contains(#"FIXEDSIZE="TRUE" HEIGHT="27" WIDTH="27""#))
        #expect(label.markup.contains(">degree 0.125</TD>"))
    }

    @Test func legendAmountsGroupTheirDigits() {
        #expect(DiagramBuilder.grouped(1_250_000_000) == "1,250,000,000")
        #expect(DiagramBuilder.grouped(78_125_000) == "78,125,000")
        #expect(DiagramBuilder.grouped(1000) == "1,000")
        #expect(DiagramBuilder.grouped(312.5) == "312.5")
    }

    @Test func labelTextContrastsWithTheFill() {
        #expect(Palette.textColor(on: "#0072B2") == "#FFFFFF")
        #expect(Palette.textColor(on: "#E69F00") == "#000000")
        #expect(Palette.textColor(on: "#F0E442") == "#000000")
    }

    @Test func paleLineColoursAreDarkenedUntilTheyShowOnWhite() {
        let yellow = Palette.legibleOnWhite("#F0E442")
        #expect(yellow != "#F0E442")
        #expect(1.05 / (Palette.relativeLuminance(yellow) + 0.05) >= 2)
        for color in ["#0072B2", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#E69F00"] {
            #expect(Palette.legibleOnWhite(color) == color)
        }
    }

    // MARK: Hostile text

    static let hostile = [
        "<script>alert(1)</script>", #""]; x -> y ["#, #"back\slash \N \G \\"#, "new\nline", "&amp; &lt;", "ชุมชน \u{301}\"",
    ]

    @Test(arguments: hostile)
    func hostileTextInEveryFieldStaysInsideItsString(_ text: String) throws {
        let dataset = try Dataset(
            title: text,
            groups: [Group(id: "g", label: text)],
            kinds: [ActorKind(id: "k", label: text, group: "g")],
            relationshipTypes: [RelationshipType(id: "t", label: text, directed: true, sign: 1)],
            actors: [Actor(id: "a", name: text, kind: "k"), Actor(id: "b", name: text + "2", kind: "k")],
            relationships: [Relationship(from: "a", to: "b", type: "t", amount: 3, currency: text, label: text)])
        let snapshot = Snapshot(dataset)
        let diagram = try Diagram(snapshot, options: DiagramOptions(
            figures: [ActorFigures(name: text, values: [1, 2])], title: text))
        let lines = diagram.text.split(separator: "\n")
        // One line per default, node and edge: nothing broke out of its quotes.
        #expect(lines.count == 1 + 3 + 2 + 1 + 1)
        #expect(lines.filter { $0.hasPrefix("  a") }.count == 3)
        #expect(lines.last == "}")
        for line in lines.dropFirst().dropLast() {
            #expect(Self.quotesBalance(line), "\(line)")
        }
    }

    /// Whether every `"` that opens a DOT string is closed on the same line, outside `<…>`.
    static func quotesBalance(_ line: Substring) -> Bool {
        var inString = false, escaped = false, htmlDepth = 0
        for scalar in line.unicodeScalars {
            if inString {
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inString = false }
            } else if htmlDepth > 0 {
                if scalar == "<" { htmlDepth += 1 } else if scalar == ">" { htmlDepth -= 1 }
            } else if scalar == "\"" {
                inString = true
            } else if scalar == "<" {
                htmlDepth = 1
            }
        }
        return !inString && htmlDepth == 0
    }

    @Test func theSameSnapshotAlwaysGivesTheSameText() throws {
        let first = try diagram(tiny).text
        for _ in 0..<5 { #expect(try diagram(tiny).text == first) }
    }
}

extension DiagramTests {
    @Test func tooltipFiguresAreRoundedReadably() {
        #expect(DiagramBuilder.formatted(3) == "3")
        #expect(DiagramBuilder.formatted(12.345) == "12.35")
        #expect(DiagramBuilder.formatted(-2.5) == "-2.5")
        #expect(DiagramBuilder.formatted(0.123456) == "0.123")
        #expect(DiagramBuilder.formatted(0.000123456) == "0.000123")
        #expect(DiagramBuilder.formatted(0.0999) == "0.0999")
        #expect(DiagramBuilder.formatted(0) == "0")
        #expect(DiagramBuilder.formatted(.nan) == "undefined")
    }
}
