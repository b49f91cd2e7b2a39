import Testing
@testable import ActorMap

/// Which engine lays a drawing out, and what the analyst is told about it.
@Suite struct LayoutChoiceTests {
    /// `actors` actors in one loop, each tied to the next: every actor is on a loop.
    static func ring(_ actors: Int) -> LayoutWorkload {
        LayoutWorkload(actors: actors, ties: (0..<actors).map { ($0, ($0 + 1) % actors) })
    }

    @Test func withoutAnEngineTheRecommendedOneIsChosenWithItsReason() {
        let choice = LayoutChoice(asked: nil, for: Self.ring(10), focused: false)
        guard case .recommended(.dot, let reason) = choice else {
            Issue.record("expected dot, recommended; got \(choice)")
            return
        }
        #expect(reason.hasPrefix("dot: 10 actors and 10 relationships are few enough"))
        #expect(LayoutChoice(asked: nil, for: Self.ring(10), focused: true).engine == .twopi)
    }

    @Test func anEngineAskedForIsKept() {
        #expect(LayoutChoice(asked: .circo, for: Self.ring(10), focused: false) == .asked(.circo))
    }

    @Test func anEngineAskedForThatTakesMinutesIsSaidToBeSlow() {
        // dot on a ring of 4,000: 0.02 + 1.5e-4 × 8,000 + 6e-6 × 4,000² = 97.22 s expected,
        // beyond 60 s; sfdp, recommended beyond 400 actors: 0.03 + 4e-4 × 8,000 = 3.23 s.
        #expect(LayoutChoice(asked: .dot, for: Self.ring(4000), focused: false)
                == .slow(.dot, faster: .sfdp, map: "4,000 actors and 4,000 relationships"))
        // On a ring of 3,000 dot is expected to take 0.02 + 0.9 + 54 = 54.92 s: under a minute.
        #expect(LayoutChoice(asked: .dot, for: Self.ring(3000), focused: false) == .asked(.dot))
        #expect(LayoutChoice(asked: .dot, for: Self.ring(4000), focused: false).engine == .dot)
    }
}
