import Foundation
import Testing
@testable import ActorMap

/// Every reader opens its files the same way: a missing file, a folder or a file over the
/// size limit is one problem with the same words, whichever format and whoever reads it.
@Suite struct InputFileTests {
    static let extensions = ["yaml", "json", "csv", "graphml", "gexf", "xlsx"]

    static func readers(_ options: ReadingOptions) -> [(String, (URL) -> ValidationReport)] {
        [
            ("DatasetReader", { DatasetReader(options: options).check(contentsOf: $0) }),
            ("CSVDatasetReader", { CSVDatasetReader(options: options).check(contentsOf: $0) }),
            ("GraphMLReader", { GraphMLReader(options: options).check(contentsOf: $0) }),
            ("GEXFReader", { GEXFReader(options: options).check(contentsOf: $0) }),
            ("WorkbookReader", { WorkbookReader(options: options).check(contentsOf: $0) }),
            ("KumuJSONReader", { KumuJSONReader(options: options).check(contentsOf: $0) }),
        ]
    }

    @Test func aMissingFileIsNamedAsMissingByEveryReader() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-missing-\(UUID().uuidString)")
        for (name, read) in Self.readers(ReadingOptions()) {
            for ext in Self.extensions {
                let report = read(folder.appendingPathComponent("map.\(ext)"))
                #expect(report.dataset == nil)
                #expect(report.problems.map(\.message) == ["there is no such file."], "\(name), .\(ext)")
            }
        }
    }

    @Test func aFolderIsNotReadAsAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-folder-\(UUID().uuidString).graphml")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, read) in Self.readers(ReadingOptions()) {
            #expect(read(folder).problems.map(\.message) == ["this is a folder, not a file."], "\(name)")
        }
    }

    /// A device that never ends is read only to the limit, never whole, and is refused by
    /// its size; before, every reader said it "cannot be read".
    @Test func aDeviceThatNeverEndsIsReadOnlyToTheLimit() {
        let options = ReadingOptions(maximumInputBytes: 1024)
        for (name, read) in Self.readers(options) {
            let messages = read(URL(fileURLWithPath: "/dev/zero")).problems.map(\.message)
            #expect(messages == ["the file holds more than the 1,024 bytes ActorMap reads."], "\(name): \(messages)")
        }
    }

    /// Readers called directly, not only through `DatasetReader`, hold a file to the limit.
    @Test func aFileOverTheLimitIsRefusedByEveryReader() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // 2,048 bytes against a limit of 1,024.
        let options = ReadingOptions(maximumInputBytes: 1024)
        for ext in Self.extensions {
            let file = folder.appendingPathComponent("map.\(ext)")
            try Data(repeating: UInt8(ascii: " "), count: 2048).write(to: file)
            for (name, read) in Self.readers(options) {
                let messages = read(file).problems.map(\.message)
                #expect(messages == ["the file is 2,048 bytes, more than the 1,024 bytes ActorMap reads."], "\(name), .\(ext): \(messages)")
            }
        }
    }
}
