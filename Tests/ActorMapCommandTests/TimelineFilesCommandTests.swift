import Foundation
import Testing

/// A timeline's files are written together: a folder is never left with some years of a
/// new timeline beside an old index.
@Suite struct TimelineFilesCommandTests {
    @Test func aFileThatCannotBeWrittenLeavesTheFolderAsItWas() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", changingMap)
        let out = folder.url.appendingPathComponent("timeline")
        // A folder where the index goes: the index cannot be written, and it is written last.
        try FileManager.default.createDirectory(at: out.appendingPathComponent("index.html"), withIntermediateDirectories: true)
        let result = try actormap("timeline", file, "--out", out.path, "--from", "2010")
        #expect(result.status == 1)
        #expect(result.errors.contains("index.html"), "\(result.errors)")
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(left == ["index.html"], "no year's drawing is written without the rest")
    }
}
