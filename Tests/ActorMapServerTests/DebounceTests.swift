import Foundation
import Testing
@testable import ActorMapServer

/// Saves told apart from the writes that make them, and rebuilds that never queue up. Time is
/// given to the debouncer, never waited for: each timeline below is written out by hand, in
/// milliseconds from the first change.
@Suite struct DebounceTests {
    let start = ContinuousClock.now
    func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }

    @Test func oneSaveOfSeveralWritesActsOnceAfterItsQuiet() {
        var debouncer = SaveDebouncer(quiet: .milliseconds(200), longest: .seconds(2))
        #expect(debouncer.deadline == nil)
        let dueBeforeAnyChange = debouncer.isDue(at: at(0))
        #expect(!dueBeforeAnyChange)
        // An editor truncates, writes and renames: three changes 0, 40 and 90 ms in.
        debouncer.changed(at: at(0))
        debouncer.changed(at: at(40))
        debouncer.changed(at: at(90))
        // Due 200 ms after the last: at 290, not before.
        #expect(debouncer.deadline == at(290))
        let dueAt100 = debouncer.isDue(at: at(100))
        #expect(!dueAt100)
        let dueAt289 = debouncer.isDue(at: at(289))
        #expect(!dueAt289)
        let dueAt290 = debouncer.isDue(at: at(290))
        #expect(dueAt290)
        // Handled: nothing more until the next change.
        let dueAgainAt300 = debouncer.isDue(at: at(300))
        #expect(!dueAgainAt300)
        let dueAgainAt5000 = debouncer.isDue(at: at(5000))
        #expect(!dueAgainAt5000)
        #expect(debouncer.deadline == nil)
    }

    @Test func twoSavesApartAreTwoRebuilds() {
        var debouncer = SaveDebouncer()
        var due: [Int] = []
        let changes: Set<Int> = [0, 1000]
        // Looked at every 100 ms, as the server polls.
        for time in stride(from: 0, through: 2000, by: 100) {
            if changes.contains(time) { debouncer.changed(at: at(time)) }
            if debouncer.isDue(at: at(time)) { due.append(time) }
        }
        #expect(due == [200, 1200])
    }

    @Test func aFileThatKeepsChangingIsStillRebuilt() {
        var debouncer = SaveDebouncer(quiet: .milliseconds(200), longest: .seconds(2))
        var due: [Int] = []
        // A change every 100 ms for 5 s: never 200 ms of quiet, so the longest wait decides.
        // The first change at 0 is due at 2000; the next unhandled one, at 2100, at 4100.
        for time in stride(from: 0, through: 5000, by: 100) {
            debouncer.changed(at: at(time))
            if debouncer.isDue(at: at(time)) { due.append(time) }
        }
        #expect(due == [2000, 4100])
    }

    @Test func theLongestWaitIsNeverShorterThanTheQuiet() {
        let debouncer = SaveDebouncer(quiet: .milliseconds(300), longest: .milliseconds(100))
        #expect(debouncer.longest == .milliseconds(300))
    }

    @Test func oneRebuildAtATimeAndOneMoreForAnyNumberAskedMeanwhile() {
        var gate = RebuildGate()
        let firstStarts = gate.request()
        #expect(firstStarts)
        #expect(gate.isRunning)
        // A hundred saves while it runs: none starts, one is kept.
        for _ in 0..<100 {
            let started = gate.request()
            #expect(!started)
        }
        #expect(gate.isPending)
        // It ends: the kept one starts, and nothing else is pending.
        let keptOneStarts = gate.finish()
        #expect(keptOneStarts)
        #expect(gate.isRunning && !gate.isPending)
        // That one ends with nothing asked meanwhile: idle.
        let anotherStarts = gate.finish()
        #expect(!anotherStarts)
        #expect(!gate.isRunning)
        // Finishing when idle changes nothing.
        let idleFinishStarts = gate.finish()
        #expect(!idleFinishStarts)
        let nextStarts = gate.request()
        #expect(nextStarts)
    }

    /// A simulation of rapid saves: saves arrive every 50 ms for 3 s while each rebuild
    /// takes 700 ms. Rebuilds start when due and when the previous ends with one pending;
    /// they never overlap, and there are far fewer than saves. Counted by hand: saves are
    /// quiet for 200 ms only after the last (at 2950), so the debouncer's longest wait
    /// (2 s) makes saves due at 2000 (first 0) and 3150 (quiet after 2950, first 2050).
    /// The first rebuild runs 2000–2700; the second is due at 3150, with nothing running.
    @Test func rapidSavesDoNotPileUp() {
        var debouncer = SaveDebouncer()
        var gate = RebuildGate()
        var runningUntil: Int?
        var started: [Int] = []
        for time in stride(from: 0, through: 6000, by: 50) {
            if time <= 2950 { debouncer.changed(at: at(time)) }
            if let end = runningUntil, time >= end {
                runningUntil = nil
                if gate.finish() {
                    started.append(time)
                    runningUntil = time + 700
                }
            }
            if debouncer.isDue(at: at(time)), gate.request() {
                started.append(time)
                runningUntil = time + 700
            }
        }
        #expect(started == [2000, 3150])
        #expect(!gate.isRunning)
    }
}

/// Events as a page's EventSource reads them (the WHATWG format: `event:` and `data:`
/// lines, an empty line ending each event), written out by hand.
@Suite struct ServerSentEventTests {
    @Test func problemsGoOutOneDataLineEach() {
        let event = ServerSentEvent.problems("a.yaml:3:5: error: actors[1].id: duplicate. Fix: rename it.\nb.yaml:9: error: x")
        #expect(event.encoded == "event: problems\ndata: a.yaml:3:5: error: actors[1].id: duplicate. Fix: rename it.\ndata: b.yaml:9: error: x\n\n")
        #expect(ServerSentEvent.reload(version: 4).encoded == "event: reload\ndata: 4\n\n")
    }

    /// Text from a map cannot end the event early or make a field of its own.
    @Test func lineBreaksInTheTextOnlySplitData() {
        let event = ServerSentEvent.problems("name\r\nevent: reload\rid: 9\n\ndata: x")
        #expect(event.encoded == "event: problems\ndata: name\ndata: event: reload\ndata: id: 9\ndata: \ndata: data: x\n\n")
        #expect(ServerSentEvent("re\nload", data: "").encoded == "event: reload\ndata: \n\n")
    }
}
