import Foundation
import Testing

/// Figures that are zero up to floating-point rounding print as 0 in tables a person reads,
/// while JSON keeps what was computed.
@Suite struct NearZeroFigureTests {
    /// In Muntinlupa's 2015 map, actors outside the main component get an eigenvector
    /// centrality of about 5e-24 from power iteration; the exact value is 0.
    let example = "Examples/Datasets/muntinlupa.yaml"

    @Test func tablesShowZeroJSONKeepsTheComputedValue() throws {
        let json = try actormap("metrics", example, "--year", "2015", "--format", "json")
        #expect(json.status == 0, "\(json.errors)")
        let parsed = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let actors = try #require(parsed?["actors"] as? [[String: Any]])
        let tiny = actors.compactMap { $0["eigenvector"] as? Double }.filter { $0 != 0 && abs($0) < 1e-12 }
        #expect(!tiny.isEmpty, "the JSON keeps the computed near-zero values")

        let table = try actormap("metrics", example, "--year", "2015")
        #expect(table.status == 0, "\(table.errors)")
        #expect(table.output.range(of: #"e-(1[3-9]|[2-9][0-9])"#, options: .regularExpression) == nil, "\(table.output)")

        let folder = try TemporaryFolder()
        let page = folder.url.appendingPathComponent("report.html").path
        let report = try actormap("report", example, "--from", "2014", "--to", "2015", "--no-maps", "-o", page)
        #expect(report.status == 0, "\(report.errors)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let shown = html.components(separatedBy: "</td>").compactMap { cell in cell.components(separatedBy: ">").last }
        #expect(!shown.contains { $0.range(of: #"e-(1[3-9]|[2-9][0-9])$"#, options: .regularExpression) != nil })
    }
}
