import Foundation
import Testing
@testable import ActorMap

/// The digest of each input against coreutils' `sha256sum` and FIPS 180-4's own examples,
/// and the provenance every JSON document carries.
@Suite struct ProvenanceTests {
    /// `sha256sum`'s digest of the file at `path`.
    private func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: output, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }

    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("provenance-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Lengths around the 55/56/64-byte edges of SHA-256's padding and across the megabyte
    /// pieces files are read in, filled from a seeded generator.
    @Test(arguments: [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1 << 20, (1 << 20) + 57, 2_500_003])
    func digestOfAFileMatchesSha256sum(length: Int) throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(length)
        let bytes = (0..<length).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try SHA256Digest.hexadecimal(ofFileAt: path) == sha256sum(path))
    }

    /// The same bytes given in pieces that end inside, at and across 64-byte blocks give
    /// `sha256sum`'s digest of the whole.
    @Test func digestOfPiecesOfEveryLengthMatchesSha256sum() throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        let bytes = (0..<5_000).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let expected = try sha256sum(path)
        for pieces in [[1, 62, 1, 64, 65, 7, 128, 3], [63], [64], [200, 1], [4_999]] {
            var hasher = SHA256Digest.Hasher()
            var start = 0
            while start < bytes.count {
                for length in pieces where start < bytes.count {
                    let end = min(start + length, bytes.count)
                    hasher.update(Data(bytes[start..<end]))
                    start = end
                }
            }
            let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
            #expect(digest == expected, "pieces \(pieces)")
        }
    }

    @Test func digestOfABundledMapMatchesSha256sum() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("Examples/Datasets/harare.yaml").path
        let provenance = Provenance(inputs: [path], arguments: ["metrics", path])
        #expect(provenance.inputs.map(\.sha256) == [try sha256sum(path)])
    }

    /// FIPS 180-4's examples (NIST's "SHA256.pdf" of example computations): "abc" and the
    /// 448-bit message.
    @Test func digestsOfTheStandardsExamples() {
        func hex(_ text: String) -> String {
            SHA256Digest.digest(Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
        }
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func aFileThatCannotBeReadHasNoDigestAndEveryKeyIsWritten() throws {
        let provenance = Provenance(inputs: ["/no/such/map.yaml"], arguments: ["summary", "/no/such/map.yaml"])
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(provenance)) as? [String: Any])
        #expect(Set(json.keys) == ["actormap_version", "arguments", "inputs", "seed"])
        #expect(json["actormap_version"] as? String == actorMapVersion)
        #expect(json["seed"] is NSNull, "a result with no random choice says so with null")
        let input = try #require((json["inputs"] as? [[String: Any]])?.first)
        #expect(input["path"] as? String == "/no/such/map.yaml")
        #expect(input["sha256"] is NSNull)
    }
    /// A reader asked for digests lists every file it read with the digest of the bytes it
    /// read, the same as `sha256sum`'s and as reading the file again gives; one that is not
    /// asked lists none.
    @Test func readersDigestTheBytesTheyRead() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let folder = try TemporaryDirectory()
        let yaml = try folder.write("one.yaml", "title: One\nactors:\n  - {id: a, name: A, kind: federation}\n")
        let actors = try folder.write("map.actors.csv", "id,name,kind\na,A,federation\nb,B,donor\n")
        let relationships = try folder.write("map.relationships.csv", "from,to,type\na,b,funding\n")
        let frame = try folder.write("map.dataset.yaml", "title: Tables\n")
        let gexf = root.appendingPathComponent("Fixtures/interchange/networkx-static.gexf")
        let workbook = root.appendingPathComponent("Fixtures/interchange/kumu-map.xlsx")
        var options = ReadingOptions()
        options.recordingDigests = true
        let expected: [(URL, [URL])] = [(yaml, [yaml]), (relationships, [frame, actors, relationships]), (gexf, [gexf]), (workbook, [workbook])]
        for (url, read) in expected {
            let report = DatasetReader(options: options).check(contentsOf: url)
            #expect(report.inputs.map(\.path) == read.map(\.relativePath), "\(url.lastPathComponent)")
            #expect(try report.inputs.map(\.sha256) == read.map { try sha256sum($0.path) }, "\(url.lastPathComponent)")
            #expect(try report.inputs.map(\.sha256) == read.map { try SHA256Digest.hexadecimal(ofFileAt: $0.path) })
            #expect(DatasetReader().check(contentsOf: url).inputs.isEmpty)
        }
    }
}
