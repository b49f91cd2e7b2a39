import Foundation
import Testing
@testable import ActorMap

/// Groups drawn in yEd and Gephi's hierarchies become a `group` attribute of their members
/// rather than actors of their own; labels and colours from drawing data are kept.
@Suite struct GroupAndDrawingTests {
    static func attribute(_ name: String, of actors: [Actor]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: actors.compactMap { actor in actor.attributes[name].map { (actor.id, $0.description) } })
    }

    @Test func aYEdGroupIsAnAttributeOfItsMembers() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key for="node" id="d0" yfiles.type="nodegraphics"/>
              <graph edgedefault="directed" id="G">
                <node id="n0" yfiles.foldertype="group">
                  <data key="d0"><y:ProxyAutoBoundsNode><y:Realizers active="0">
                    <y:GroupNode><y:Fill color="#F5F5F5" transparent="false"/><y:NodeLabel>Federation</y:NodeLabel></y:GroupNode>
                  </y:Realizers></y:ProxyAutoBoundsNode></data>
                  <graph edgedefault="directed" id="n0:">
                    <node id="n0::n0"><data key="d0"><y:ShapeNode><y:Fill color="#FFCC00" transparent="false"/><y:NodeLabel>Savings group A</y:NodeLabel></y:ShapeNode></data></node>
                    <node id="n0::n1"><data key="d0"><y:ShapeNode><y:NodeLabel>Savings group B</y:NodeLabel></y:ShapeNode></data></node>
                  </graph>
                </node>
                <node id="n1"><data key="d0"><y:ShapeNode><y:Fill color="#3366FF" transparent="false"/><y:NodeLabel>City</y:NodeLabel></y:ShapeNode></data></node>
                <edge id="e0" source="n0::n0" target="n1"/>
                <edge id="e1" source="n0::n1" target="n1"/>
              </graph>
            </graphml>
            """
        let report = GraphMLReader().check(data: Data(text.utf8), file: "groups.graphml")
        #expect(report.problems.isEmpty, "\(report.problems)")
        let dataset = try #require(report.dataset)
        // The group is no actor of its own: three actors, not four, and no isolate.
        #expect(dataset.actors.map(\.name) == ["Savings group A", "Savings group B", "City"])
        #expect(dataset.actors.map { $0.attributes["group"] } == [.text("Federation"), .text("Federation"), nil])
        #expect(dataset.actors.map { $0.attributes["color"] } == [.text("#ffcc00"), nil, .text("#3366ff")])
        #expect(dataset.relationships.count == 2)
    }

    @Test func yEdLiveLabels() throws {
        let text = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/2.0"
                     xmlns:y="http://www.yworks.com/xml/yfiles-common/3.0">
              <key id="d1" for="node" attr.name="NodeLabels"/>
              <key id="d2" for="edge" attr.name="EdgeLabels"/>
              <graph id="G" edgedefault="directed">
                <node id="n0"><data key="d1"><x:List><y:Label><y:Label.Text><![CDATA[Aufgabe 1]]></y:Label.Text></y:Label></x:List></data></node>
                <node id="n1"><data key="d1"><x:List><y:Label><y:Label.Text>Aufgabe 2</y:Label.Text></y:Label></x:List></data></node>
                <edge id="e0" source="n0" target="n1"><data key="d2"><x:List><y:Label><y:Label.Text>next</y:Label.Text></y:Label></x:List></data></edge>
              </graph>
            </graphml>
            """
        let report = GraphMLReader().check(data: Data(text.utf8), file: "live.graphml")
        let dataset = try #require(report.dataset)
        #expect(dataset.actors.map(\.name) == ["Aufgabe 1", "Aufgabe 2"])
        #expect(dataset.relationships.map(\.label) == ["next"])
    }

    @Test func aGEXFHierarchyKeepsItsEdgesAndGroups() throws {
        // hierarchy2.gexf from the GEXF 1.1 samples (as Tulip's importer tests keep it):
        // edges inside the nodes that hold their ends, and parents that are tied too.
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
                <graph mode="static" defaultedgetype="directed">
                    <nodes>
                      <node id="a" label="Kevin Bacon">
                        <nodes>
                          <node id="b" label="God">
                            <nodes>
                              <node id="c" label="human1"/>
                              <node id="d" label="human2"/>
                            </nodes>
                            <edges>
                              <edge id="0" source="c" target="d"/>
                            </edges>
                          </node>
                          <node id="e" label="Me">
                            <nodes>
                              <node id="f" label="frog1"/>
                              <node id="g" label="frog2"/>
                            </nodes>
                          </node>
                        </nodes>
                        <edges>
                          <edge id="1" source="b" target="e"/>
                          <edge id="2" source="f" target="a"/>
                          <edge id="3" source="g" target="b"/>
                        </edges>
                      </node>
                    </nodes>
                    <edges/>
                </graph>
            </gexf>
            """
        let report = GEXFReader().check(data: Data(text.utf8), file: "hierarchy2.gexf")
        #expect(report.problems.isEmpty, "\(report.problems)")
        let dataset = try #require(report.dataset)
        #expect(TieEndsTests.originalEnds(dataset) == ["c→d", "b→e", "f→a", "g→b"])
        #expect(Self.attribute("group", of: dataset.actors) == ["b": "Kevin Bacon", "c": "God", "d": "God", "e": "Kevin Bacon", "f": "Me", "g": "Me"])
    }

    @Test func gexfParentsByPidAndDrawing() throws {
        let text = """
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
              <graph defaultedgetype="undirected">
                <nodes>
                  <node id="p" label="Ministry"/>
                  <node id="x" label="Department X" pid="p"><viz:color r="255" g="0" b="128"/><viz:size value="12.5"/></node>
                  <node id="y" label="Department Y" pid="p"><viz:color hex="#00ff00"/></node>
                </nodes>
                <edges><edge id="0" source="x" target="y"/></edges>
              </graph>
            </gexf>
            """
        let report = GEXFReader().check(data: Data(text.utf8), file: "pid.gexf")
        let dataset = try #require(report.dataset)
        #expect(dataset.actors.map(\.id) == ["x", "y"])
        #expect(Self.attribute("group", of: dataset.actors) == ["x": "Ministry", "y": "Ministry"])
        #expect(Self.attribute("color", of: dataset.actors) == ["x": "#ff0080", "y": "#00ff00"])
        #expect(dataset.actors[0].attributes["size"] == .number(12.5))
    }
}
