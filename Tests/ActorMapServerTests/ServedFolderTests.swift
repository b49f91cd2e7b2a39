import Foundation
import Testing
@testable import ActorMapServer

/// Which request paths reach which files: everything inside the folder that is a map,
/// nothing outside it however the path is written. The expected answers are written out by
/// hand from the folder each test makes.
@Suite struct ServedFolderTests {
    /// A folder of maps, a folder outside it, and links between them:
    ///
    ///     served/a.yaml, served/with space.yaml, served/sub/b.yml, served/notes.txt,
    ///     served/.hidden.yaml, served/.secret/c.yaml,
    ///     served/inside-link.yaml -> a.yaml, served/outside-link.yaml -> ../outside/o.yaml,
    ///     served/outdir -> ../outside, served/folder.yaml/ (a folder named like a map)
    ///     outside/o.yaml, outside/p.yaml
    final class Fixture {
        let base: URL
        var served: URL { base.appendingPathComponent("served") }
        var outside: URL { base.appendingPathComponent("outside") }

        init() throws {
            base = FileManager.default.temporaryDirectory.appendingPathComponent("served-folder-\(UUID().uuidString)")
            let files = FileManager.default
            for folder in ["served/sub", "served/.secret", "served/folder.yaml", "outside"] {
                try files.createDirectory(at: base.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            for file in ["served/a.yaml", "served/with space.yaml", "served/sub/b.yml", "served/notes.txt", "served/.hidden.yaml",
                         "served/.secret/c.yaml", "outside/o.yaml", "outside/p.yaml"] {
                try Data("title: x\n".utf8).write(to: base.appendingPathComponent(file))
            }
            try files.createSymbolicLink(atPath: served.appendingPathComponent("inside-link.yaml").path, withDestinationPath: "a.yaml")
            try files.createSymbolicLink(atPath: served.appendingPathComponent("outside-link.yaml").path, withDestinationPath: "../outside/o.yaml")
            try files.createSymbolicLink(atPath: served.appendingPathComponent("outdir").path, withDestinationPath: "../outside")
        }

        deinit { try? FileManager.default.removeItem(at: base) }
    }

    @Test func mapsInsideAreServed() throws {
        let fixture = try Fixture()
        let folder = try ServedFolder(path: fixture.served.path)
        #expect(folder.map(atRequestPath: "a.yaml")?.relativePath == "a.yaml")
        #expect(folder.map(atRequestPath: "sub/b.yml")?.relativePath == "sub/b.yml")
        #expect(folder.map(atRequestPath: "with%20space.yaml")?.relativePath == "with space.yaml")
        // An ordinary character percent-encoded is the same character.
        #expect(folder.map(atRequestPath: "a%2Eyaml")?.relativePath == "a.yaml")
        // A link that stays inside is followed.
        #expect(folder.map(atRequestPath: "inside-link.yaml")?.relativePath == "inside-link.yaml")
        let map = try #require(folder.map(atRequestPath: "sub/b.yml"))
        #expect(map.displayPath == fixture.served.path + "/sub/b.yml")
    }

    @Test(arguments: [
        "", "..", "../outside/o.yaml", "%2e%2e/outside/o.yaml", "%2E%2E/outside/o.yaml", ".%2e/outside/o.yaml",
        "sub/../a.yaml", "sub/%2e%2e/a.yaml", "./a.yaml", "%2e/a.yaml", "sub%2fb.yml", "sub%2Fb.yml", "sub/", "sub//b.yml", "/a.yaml",
        "..%2foutside%2fo.yaml", "%2e%2e%2foutside%2fo.yaml", "..%5coutside%5co.yaml",
        ".hidden.yaml", ".secret/c.yaml", "notes.txt", "missing.yaml", "folder.yaml", "sub",
        "outside-link.yaml", "outdir/o.yaml", "outdir/p.yaml", "a.yaml%00.txt", "%00", "a%ZZ.yaml", "%c0%ae%c0%ae/outside/o.yaml",
    ])
    func pathsThatServeNothing(_ path: String) throws {
        let fixture = try Fixture()
        let folder = try ServedFolder(path: fixture.served.path)
        #expect(folder.map(atRequestPath: path) == nil, "\(path)")
    }

    @Test func theIndexListsOnlyMapsInside() throws {
        let fixture = try Fixture()
        let folder = try ServedFolder(path: fixture.served.path)
        #expect(folder.maps().map(\.relativePath) == ["a.yaml", "inside-link.yaml", "sub/b.yml", "with space.yaml"])
    }

    /// Names no address can name (not UTF-8, a line break, an escape, a backslash) are not
    /// linked, but said, so that they can be renamed; names that are not of maps are not.
    @Test func mapsWithNamesNoAddressNamesAreSaidNotLinked() throws {
        let fixture = try Fixture()
        let sub = fixture.served.appendingPathComponent("sub").path
        for name in [Array("caf".utf8) + [0xE9] + Array(".yaml".utf8), Array("new\nline.yaml".utf8), Array("esc\u{1B}[31m.yaml".utf8),
                     Array("back\\slash.yml".utf8), Array("caf".utf8) + [0xE9] + Array(".txt".utf8)] {
            let path = Array(sub.utf8) + Array("/".utf8) + name + [0]
            let file = path.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { fopen($0, "w") }
            }
            #expect(file != nil)
            if let file { fclose(file) }
        }
        let folder = try ServedFolder(path: fixture.served.path)
        let listing = folder.listing()
        #expect(listing.maps.map(\.relativePath) == ["a.yaml", "inside-link.yaml", "sub/b.yml", "with space.yaml"])
        #expect(listing.unaddressable == ["sub/back\\slash.yml", "sub/caf\u{FFFD}.yaml", "sub/esc\u{1B}[31m.yaml", "sub/new\nline.yaml"])
    }

    /// The twelve characters that change the order text reads in, as Unicode lists them
    /// (Bidi_Control): the embeddings and overrides U+202A…U+202E, the isolates
    /// U+2066…U+2069, and the marks U+200E, U+200F and U+061C.
    static let directionMarks: [UInt32] = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C]

    /// A name with a right-to-left override, or any other mark of direction, would make its
    /// link read otherwise than it is written: it is said with the others to rename, shown
    /// with the mark as an escape, and not served by any address. Right-to-left letters and
    /// the joiners of emoji and Persian are text, and are served.
    @Test func mapsWithMarksOfDirectionAreSaidNotLinkedNorServed() throws {
        let fixture = try Fixture()
        let files = FileManager.default
        var expected: [String] = []
        for mark in Self.directionMarks {
            let name = "report\(Character(Unicode.Scalar(mark)!))lmay.yaml"
            try Data("title: x\n".utf8).write(to: fixture.served.appendingPathComponent(name))
            expected.append(name)
        }
        for name in ["\u{5D3}\u{5D5}\u{5D7}.yaml", "\u{62A}\u{642}\u{631}\u{64A}\u{631}.yaml", "joined\u{200C}\u{200D}.yaml"] {
            try Data("title: x\n".utf8).write(to: fixture.served.appendingPathComponent(name))
        }
        try files.createDirectory(at: fixture.served.appendingPathComponent("sub\u{202E}folder"), withIntermediateDirectories: true)
        try Data("title: x\n".utf8).write(to: fixture.served.appendingPathComponent("sub\u{202E}folder/inner.yaml"))

        let folder = try ServedFolder(path: fixture.served.path)
        let listing = folder.listing()
        #expect(listing.maps.map(\.relativePath) == [
            "a.yaml", "inside-link.yaml", "joined\u{200C}\u{200D}.yaml", "sub/b.yml", "with space.yaml",
            "\u{5D3}\u{5D5}\u{5D7}.yaml", "\u{62A}\u{642}\u{631}\u{64A}\u{631}.yaml",
        ].sorted())
        #expect(listing.unaddressable == expected.sorted())
        for name in expected {
            let encoded = try #require(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
            #expect(folder.map(atRequestPath: encoded) == nil, "\(encoded)")
            #expect(!ServedFolder.isAddressable(name))
        }
        #expect(folder.map(atRequestPath: "sub%E2%80%AEfolder/inner.yaml") == nil)
        #expect(folder.map(atRequestPath: "%D7%93%D7%95%D7%97.yaml")?.relativePath == "\u{5D3}\u{5D5}\u{5D7}.yaml")

        // Each name shown with its mark written out: `report\u{202E}lmay.yaml`.
        #expect(ServedFolder.shownName("report\u{202E}lmay.yaml") == #"report\u{202E}lmay.yaml"#)
        #expect(ServedFolder.shownName("a\u{200F}b\u{61C}c\nd") == #"a\u{200F}b\u{61C}c\nd"#)
        let page = ServerPages.index(of: listing.maps, folder: folder, events: "/events?v=0", scriptNonce: "n", unaddressable: listing.unaddressable)
        #expect(page.contains("12 map files are left out"), "\(page)")
        #expect(page.contains("<code>report\\u{202E}lmay.yaml</code>") && page.contains("<code>report\\u{61C}lmay.yaml</code>"))
        #expect(!page.unicodeScalars.contains { $0.properties.isBidiControl })

        // One such file, given alone, is refused with the fix.
        let alone = fixture.served.appendingPathComponent("report\u{202E}lmay.yaml").path
        #expect(throws: ServeError.unaddressableName(alone)) { try ServedFolder(path: alone) }
        let message = ServeError.unaddressableName(alone).description
        #expect(message.contains(#"report\u{202E}lmay.yaml: the name holds"#) && message.contains("Fix: rename the file"), "\(message)")
    }

    @Test func aLinkChangedToLeadOutIsNoLongerServed() throws {
        let fixture = try Fixture()
        let folder = try ServedFolder(path: fixture.served.path)
        let map = try #require(folder.map(atRequestPath: "inside-link.yaml"))
        #expect(folder.stillServes(map))
        let link = fixture.served.appendingPathComponent("inside-link.yaml").path
        try FileManager.default.removeItem(atPath: link)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "../outside/p.yaml")
        #expect(!folder.stillServes(map))
        #expect(folder.map(atRequestPath: "inside-link.yaml") == nil)
    }

    @Test func oneFileServesThatFileAlone() throws {
        let fixture = try Fixture()
        let folder = try ServedFolder(path: fixture.served.appendingPathComponent("a.yaml").path)
        #expect(folder.singleFile == "a.yaml")
        #expect(folder.map(atRequestPath: "")?.relativePath == "a.yaml")
        #expect(folder.map(atRequestPath: "a.yaml")?.relativePath == "a.yaml")
        // Its neighbours are not served.
        #expect(folder.map(atRequestPath: "with%20space.yaml") == nil)
        #expect(folder.map(atRequestPath: "sub/b.yml") == nil)
        #expect(folder.map(atRequestPath: "../served/a.yaml") == nil)
        #expect(folder.maps().map(\.relativePath) == ["a.yaml"])
    }

    @Test func whatCannotBeServedIsSaid() throws {
        let fixture = try Fixture()
        let missing = fixture.base.appendingPathComponent("nothing-here").path
        #expect(throws: ServeError.notFound(missing)) { try ServedFolder(path: missing) }
        let notes = fixture.served.appendingPathComponent("notes.txt").path
        #expect(throws: ServeError.notAMap(notes)) { try ServedFolder(path: notes) }
        #expect(ServeError.notAMap(notes).description.contains("Fix:"))
    }
}

/// The route each request takes, from its method and its path as sent.
@Suite struct RouteTests {
    @Test func routes() {
        #expect(Route(method: "GET", path: "/") == .index)
        #expect(Route(method: "HEAD", path: "/") == .index)
        #expect(Route(method: "GET", path: "/map/x.yaml") == .map("x.yaml"))
        #expect(Route(method: "GET", path: "/map/sub/a%20b.yaml") == .map("sub/a%20b.yaml"))
        #expect(Route(method: "GET", path: "/events") == .events(""))
        #expect(Route(method: "GET", path: "/events/x.yaml") == .events("x.yaml"))
        for path in ["/../", "/%2e%2e/", "/..", "/map", "/mapx.yaml", "/eventsx", "//", "/favicon.ico", "http://localhost/", "*"] {
            #expect(Route(method: "GET", path: path) == .notFound, "\(path)")
        }
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "get"] {
            #expect(Route(method: method, path: "/") == .methodNotAllowed, "\(method)")
        }
    }

    /// Percent-encoding by hand: a space is 0x20, é is UTF-8 C3 A9, & is 0x26, # is 0x23.
    @Test func addressesEncodeEachSegment() {
        #expect(Route.mapAddress("sub/a b.yaml") == "/map/sub/a%20b.yaml")
        #expect(Route.mapAddress("é&#.yaml") == "/map/%C3%A9%26%23.yaml")
        #expect(Route.eventsAddress("x y/z.yaml", version: 3) == "/events/x%20y/z.yaml?v=3")
    }

    /// An address made for a map leads back to it.
    @Test func addressesRoundTrip() throws {
        let fixture = try ServedFolderTests.Fixture()
        let folder = try ServedFolder(path: fixture.served.path)
        for map in folder.maps() {
            guard case .map(let path) = Route(method: "GET", path: Route.mapAddress(map.relativePath)) else {
                Issue.record("\(map.relativePath)")
                continue
            }
            #expect(folder.map(atRequestPath: path) == map)
        }
    }
}

/// Hosts and ports: what the server listens on, and which `Host` headers it answers.
@Suite struct ListeningAddressTests {
    @Test func hosts() throws {
        #expect(try ListeningAddress(host: "localhost", port: 8080).host == "127.0.0.1")
        #expect(try ListeningAddress(host: "127.0.0.1", port: 0).isLoopback)
        #expect(try ListeningAddress(host: "::1", port: 80).isLoopback)
        #expect(try ListeningAddress(host: "[::1]", port: 80).url == "http://[::1]:80/")
        #expect(try !ListeningAddress(host: "0.0.0.0", port: 80).isLoopback)
        #expect(try !ListeningAddress(host: "::", port: 80).isLoopback)
        #expect(try ListeningAddress(host: "127.0.0.1", port: 8080).url == "http://127.0.0.1:8080/")
        for bad in ["example.org", "256.1.1.1", "1.2.3", "", "127.0.0.1:80", "::1]", "http://127.0.0.1"] {
            #expect(throws: ServeError.badHost(bad)) { try ListeningAddress(host: bad, port: 8080) }
        }
        #expect(throws: ServeError.badPort(65536)) { try ListeningAddress(host: "127.0.0.1", port: 65536) }
        #expect(throws: ServeError.badPort(-1)) { try ListeningAddress(host: "127.0.0.1", port: -1) }
    }

    @Test func hostHeaders() {
        for local in ["localhost", "localhost:8080", "127.0.0.1:8080", "127.0.0.2", "[::1]:8080", "[::1]", "LOCALHOST:1"] {
            #expect(ListeningAddress.isLocalHostHeader(local), "\(local)")
        }
        for other in [nil, "", "example.org", "localhost.example.org:8080", "127.0.0.1.example.org", "[::2]:80", "10.0.0.1:8080", "[::1"] {
            #expect(!ListeningAddress.isLocalHostHeader(other), "\(other ?? "nil")")
        }
    }
}
