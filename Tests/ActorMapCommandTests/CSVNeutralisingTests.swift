import Foundation
import Testing

/// CSV that a spreadsheet opens without running anything in it.
@Suite struct CSVNeutralisingTests {
    static let map = #"""
        title: Hostile names
        actors:
          - {id: fed, name: '=HYPERLINK("http://example.com","click")', kind: federation, attributes: {score: -3.5, motto: '+cmd'}}
          - {id: city, name: '@SUM(1+1)', kind: city-government}
          - {id: ngo, name: '-2+3', kind: support-ngo}
        relationships:
          - {from: fed, to: city, type: mou, since: 2010}
          - {from: ngo, to: fed, type: collaboration, since: 2010}
        """#

    @Test func measuresSeriesAndShiftsNeutraliseNamesByDefault() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("map.yaml", Self.map)
        let outputs = [
            try actormap("metrics", map, "--format", "csv"),
            try actormap("series", map, "--from", "2010", "--to", "2011"),
            try actormap("shift", map, "--from", "2010", "--to", "2011", "--format", "csv"),
        ]
        for result in outputs {
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.output.contains(#""'=HYPERLINK(""http://example.com"",""click"")""#), "\(result.output)")
            #expect(result.output.contains(",'@SUM(1+1),"))
            #expect(result.output.contains(",'-2+3,"))
            #expect(!result.output.contains(",=") && !result.output.contains(",@") && !result.output.contains(",+"))
        }
        let raw = try actormap("metrics", map, "--format", "csv", "--no-neutralise")
        #expect(raw.output.contains(#""=HYPERLINK(""http://example.com"",""click"")""#))
        #expect(raw.output.contains(",@SUM(1+1),"))
    }

    @Test func aMapWrittenAsCSVReadsBackAsItWas() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("map.yaml", Self.map)
        let canonical = folder.url.appendingPathComponent("canonical.yaml").path
        #expect(try actormap("convert", map, "-o", canonical).status == 0)
        let csv = folder.url.appendingPathComponent("out.csv").path
        let written = try actormap("convert", map, "-o", csv)
        #expect(written.status == 0, "\(written.errors)")
        let actors = try String(contentsOfFile: folder.url.appendingPathComponent("out.actors.csv").path, encoding: .utf8)
        #expect(actors.contains(#""'=HYPERLINK(""http://example.com"",""click"")""#))
        #expect(actors.contains("'+cmd"))
        #expect(actors.contains(",-3.5"), "numbers stay numbers")
        #expect(!actors.contains("'-3.5"))
        let back = folder.url.appendingPathComponent("back.yaml").path
        let read = try actormap("convert", csv, "-o", back)
        #expect(read.status == 0, "\(read.errors)")
        #expect(try String(contentsOfFile: back, encoding: .utf8) == String(contentsOfFile: canonical, encoding: .utf8))
    }
}
