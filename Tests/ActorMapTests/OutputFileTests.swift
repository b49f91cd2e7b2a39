import ActorMap
import Foundation
import Testing

@Suite struct OutputFileTests {
    @Test func aRelativeLinkIsFollowedToItsTarget() throws {
        let folder = try TestFolder()
        let target = folder.path("f")
        try OutputFile.write(Data("old".utf8), to: target)
        #expect(symlink("f", folder.path("l")) == 0)
        try OutputFile.write(Data("new".utf8), to: folder.path("l"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path("l")) == "f")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
    }

    @Test func filesThatBelongTogetherAreWrittenAllOrNone() throws {
        let folder = try TestFolder()
        try OutputFile.write(Data("old".utf8), to: folder.path("a.csv"))
        try FileManager.default.createDirectory(atPath: folder.path("b.csv"), withIntermediateDirectories: false)
        #expect(throws: OutputError.self) {
            try OutputFile.write([(folder.path("a.csv"), Data("new".utf8)), (folder.path("b.csv"), Data("new".utf8))])
        }
        #expect(try String(contentsOfFile: folder.path("a.csv"), encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["a.csv", "b.csv"])
    }

    @Test func foldersAreMadeWithTheirParents() throws {
        let folder = try TestFolder()
        try OutputFile.makeFolder(folder.path("a/b/c/"))
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder.path("a/b/c"), isDirectory: &isFolder) && isFolder.boolValue)
        try OutputFile.makeFolder(folder.path("a/b"))
    }
}

/// A temporary folder removed when the test ends.
private struct TestFolder: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}
