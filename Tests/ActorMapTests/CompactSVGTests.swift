import Testing
@testable import ActorMap

/// The report's drawing written shorter: each expected text below is worked by hand from
/// Graphviz's own output.
@Suite struct CompactSVGTests {
    @Test func coordinatesGoToOneDecimalAndNothingElseChanges() {
        let edge = """
            <g class="edge relationship type&#45;funding">
            <a xlink:title="A → B&#10;weight 2.55, 1995–2004">
            <path fill="none" stroke="#009e73" stroke-width="2.19" stroke-dasharray="5,2" d="M2279.96,-1124.03C2393.91,-1158.35 -0.04,0.05 1241,-1096.93"/>
            <polygon fill="#009e73" stroke="#009e73" stroke-width="2.19" points="1162.56,-1882.07 1159.8,-1888.96 1166.25,-1885.3 1162.56,-1882.07"/>
            </a>
            </g>
            """
        // 2279.96 → 2280, -1124.03 → -1124, -1158.35 → -1158.4 (or -1158.3: a double's
        // nearest to -1158.35 is just below it), -0.04 → 0, 0.05 → 0.1 (or 0); the polygon's
        // last point repeats its first and goes; the tooltip's numbers and the dashes stay.
        let compacted = CompactSVG.compacted(edge)
        #expect(compacted.hasPrefix("""
            <g class="edge">
            <a xlink:title="A → B&#10;weight 2.55, 1995–2004">
            <path fill="none" stroke="#009e73" stroke-width="2.2" stroke-dasharray="5,2" d="M2280,-1124C2393.9,
            """))
        #expect(compacted.contains(##"<polygon fill="#009e73" stroke="#009e73" stroke-width="2.2" points="1162.6,-1882.1 1159.8,-1889 1166.3,-1885.3"/>"##))
        #expect(compacted.contains(" 1241,-1096.9\"/>"))
        #expect(compacted.contains(" 0,0.1 ") || compacted.contains(" 0,0 "), "\(compacted)")
        #expect(compacted.hasSuffix("</a>\n</g>"))
    }

    @Test func namesLeaveWhatTheCanvasGivesThem() {
        let node = """
            <g id="actor&#45;a" class="node actor kind&#45;federation group&#45;community">
            <ellipse fill="#e69f00" stroke="#333333" stroke-width="0.8" cx="107.36" cy="-365.66" rx="72.25" ry="46.84"/>
            <text text-anchor="middle" x="107.36" y="-386.86" font-family="Helvetica,Arial,sans-serif" font-size="11.00" fill="#000000">x = &quot;1.25&quot;</text>
            <text text-anchor="start" x="10.5" y="-2" font-family="Times" font-size="16.00" fill="#444444">Title</text>
            </g>
            """
        #expect(CompactSVG.compacted(node) == """
            <g id="actor&#45;a" class="node">
            <ellipse fill="#e69f00" stroke="#333333" stroke-width="0.8" cx="107.4" cy="-365.7" rx="72.3" ry="46.8"/>
            <text x="107.4" y="-386.9" font-size="11">x = &quot;1.25&quot;</text>
            <text text-anchor="start" x="10.5" y="-2" font-family="Times" font-size="16" fill="#444444">Title</text>
            </g>
            """)
        #expect(CompactSVG.inheritedStyle.contains("font-family:Helvetica,Arial,sans-serif") && CompactSVG.inheritedStyle.contains("text-anchor:middle"))
    }

    @Test func anOpenPolygonAndOtherClassesStay() {
        #expect(CompactSVG.compacted(#"<polygon class="arrow" points="1,2 3,4 5,6"/>"#) == #"<polygon class="arrow" points="1,2 3,4 5,6"/>"#)
        #expect(CompactSVG.compacted(#"<polyline points="1,2 3,4 1,2 "/>"#) == #"<polyline points="1,2 3,4 1,2 "/>"#)
        #expect(CompactSVG.compacted(#"<g class="nodes">"#) == #"<g class="nodes">"#)
    }
}
