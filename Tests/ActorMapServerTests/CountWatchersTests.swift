import Testing
@testable import ActorMapServer

/// The test hook of ``DrawingSlots`` and ``LiveMap``: each watcher is let go once, when the
/// count first reaches its number, and not before.
@Suite struct CountWatchersTests {
    @Test func eachWatcherGoesOnceItsCountIsReached() {
        var watchers = CountWatchers()
        var resumed: [String] = []
        watchers.add(until: 2) { resumed.append("two") }
        watchers.add(until: 1) { resumed.append("one") }
        watchers.add(until: 3) { resumed.append("three") }
        watchers.add(until: 2) { resumed.append("two again") }
        #expect(watchers.count == 4)

        watchers.reached(0)
        #expect(resumed.isEmpty)
        watchers.reached(1)
        #expect(resumed == ["one"])
        // Two at once reach both watchers of 2, in the order they came.
        watchers.reached(2)
        #expect(resumed == ["one", "two", "two again"])
        // The count falling and rising again calls no one twice.
        watchers.reached(1)
        watchers.reached(2)
        #expect(resumed == ["one", "two", "two again"])
        #expect(watchers.count == 1)
        // A count that jumps past a number reaches it too.
        watchers.reached(5)
        #expect(resumed == ["one", "two", "two again", "three"])
        #expect(watchers.count == 0)
    }

    @Test func resumeAllLetsEveryWatcherGoOnce() {
        var watchers = CountWatchers()
        var resumed: [Int] = []
        for count in [4, 1, 9] { watchers.add(until: count) { resumed.append(count) } }
        watchers.reached(1)
        watchers.resumeAll()
        #expect(resumed == [1, 4, 9])
        #expect(watchers.count == 0)
        watchers.reached(10)
        watchers.resumeAll()
        #expect(resumed == [1, 4, 9])
    }
}
