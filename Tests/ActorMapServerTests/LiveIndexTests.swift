import Foundation
import Testing
@testable import ActorMapServer

/// The index's events: a listing given by the test (no folder, no clock), changed by hand,
/// and what each open index page is told.
@Suite struct LiveIndexTests {
    /// A listing the test changes, counting how often it is read.
    final class Listing: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [LiveIndex.Entry] = []
        private var reads = 0

        func set(_ paths: [String]) {
            lock.withLock { entries = paths.map { LiveIndex.Entry(relativePath: $0, file: nil) } }
        }

        func read() -> [LiveIndex.Entry] {
            lock.withLock {
                reads += 1
                return entries
            }
        }

        var readCount: Int { lock.withLock { reads } }
    }

    @Test func pagesReloadWhenTheListingChangesAndOnlyThen() async throws {
        let listing = Listing()
        listing.set(["a.yaml"])
        let index = LiveIndex { listing.read() }
        let shown = await index.currentVersion()
        #expect(shown == 0)

        // Nobody listens: the folder is not looked at.
        let before = listing.readCount
        await index.poll()
        #expect(listing.readCount == before)

        let page = LiveMapTests.Listener(await index.listen(showing: shown))
        #expect(try await page.next(1) == ["retry: 1000\n\n"])
        // Nothing changed: nothing said.
        await index.poll()
        // A file added: reload, as version 1.
        listing.set(["a.yaml", "b.yaml"])
        await index.poll()
        #expect(try await page.next(1) == ["event: reload\ndata: 1\n\n"])
        // Renamed: reload again; the same listing looked at twice, once.
        listing.set(["a.yaml", "c.yaml"])
        await index.poll()
        await index.poll()
        #expect(try await page.next(1) == ["event: reload\ndata: 2\n\n"])
        // Removed.
        listing.set(["c.yaml"])
        await index.poll()
        #expect(try await page.next(1) == ["event: reload\ndata: 3\n\n"])
        #expect(await index.listenerCount == 1)
        await index.close()
        #expect(try await page.next(1).isEmpty)
        #expect(await index.listenerCount == 0)
    }

    @Test func aPageMadeBeforeAChangeItMissedReloadsAtOnce() async throws {
        let listing = Listing()
        listing.set(["a.yaml"])
        let index = LiveIndex { listing.read() }
        let shown = await index.currentVersion()
        // The folder changes between the page being made and its listening.
        listing.set(["a.yaml", "new.yaml"])
        let page = LiveMapTests.Listener(await index.listen(showing: shown))
        #expect(try await page.next(2) == ["retry: 1000\n\n", "event: reload\ndata: 1\n\n"])
        // A page made now is up to date.
        let fresh = LiveMapTests.Listener(await index.listen(showing: await index.currentVersion()))
        await index.close()
        #expect(try await fresh.next(2) == ["retry: 1000\n\n"])
    }

    /// A saved file changes its signature, which the index shows as its time and size.
    @Test func aSaveChangesTheListingOfARealFolder() async throws {
        let folderURL = FileManager.default.temporaryDirectory.appendingPathComponent("live-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folderURL, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folderURL) }
        let file = folderURL.appendingPathComponent("m.yaml")
        try Data("title: one\n".utf8).write(to: file)
        let index = LiveIndex(folder: try ServedFolder(path: folderURL.path))
        let page = LiveMapTests.Listener(await index.listen(showing: await index.currentVersion()))
        #expect(try await page.next(1) == ["retry: 1000\n\n"])
        try Data("title: one, longer\n".utf8).write(to: file)
        await index.poll()
        #expect(try await page.next(1) == ["event: reload\ndata: 1\n\n"])
        // Files the index does not list change nothing.
        try Data("not listed".utf8).write(to: folderURL.appendingPathComponent("notes.txt"))
        try Data("title: hidden\n".utf8).write(to: folderURL.appendingPathComponent(".hidden.yaml"))
        await index.poll()
        #expect(await index.version == 1)
        try Data("title: two\n".utf8).write(to: folderURL.appendingPathComponent("two.yml"))
        await index.poll()
        #expect(try await page.next(1) == ["event: reload\ndata: 2\n\n"])
        await index.close()
    }
}
