import ActorMap
import Foundation
import Testing
@testable import ActorMapGraphviz

/// Layouts within a budget: which run in process, how a separate process is asked and
/// answers, and what happens when it runs out of time or fails.
@Suite struct LayoutBudgetTests {
    static let worker = LayoutWorker(executable: URL(fileURLWithPath: "/bin/sleep"), arguments: ["30"])

    /// A ring of `actors` actors, each tied to the next: no engine is slow on it.
    static func ring(_ actors: Int) -> LayoutWorkload {
        LayoutWorkload(actors: actors, ties: (0..<actors).map { ($0, ($0 + 1) % actors) })
    }

    // MARK: In process or apart

    @Test func aQuickLayoutRunsInProcess() {
        let budget = LayoutBudget(seconds: 120, worker: Self.worker)
        // dot on a 10-actor ring: 0.02 + 0.15 ms × 20 + 6 µs × 100 = 0.0236 s expected.
        #expect(budget.runsInProcess(engine: "dot", workload: Self.ring(10)))
        // The pinned drawing only draws the ties.
        #expect(budget.runsInProcess(engine: PinnedLayout.engine, workload: Self.ring(10)))
    }

    @Test func aLayoutThatMayRunLongRunsApart() {
        let budget = LayoutBudget(seconds: 120, worker: Self.worker)
        // neato on 1,000 actors: 6 µs × 1,000² = 6 s expected, beyond the 0.5 s limit.
        #expect(!budget.runsInProcess(engine: "neato", workload: Self.ring(1000)))
        // An engine ActorMap has no figures for, or a graph it could not weigh.
        #expect(!budget.runsInProcess(engine: "osage", workload: Self.ring(10)))
        #expect(!budget.runsInProcess(engine: "dot", workload: nil))
    }

    @Test func aShortBudgetSendsEvenQuickLayoutsApart() {
        // dot on a 10-actor ring is expected to take 0.0236 s, more than a tenth of 0.1 s.
        let budget = LayoutBudget(seconds: 0.1, worker: Self.worker)
        #expect(!budget.runsInProcess(engine: "dot", workload: Self.ring(10)))
    }

    @Test func budgetsAreKeptToASaneRange() {
        #expect(LayoutBudget(seconds: 0, worker: Self.worker).seconds == 0.001)
        #expect(LayoutBudget(seconds: .infinity, worker: Self.worker).seconds == LayoutBudget.longest)
        #expect(LayoutBudget(seconds: .nan, worker: Self.worker).seconds == LayoutBudget.longest)
        #expect(LayoutBudget.formatted(seconds: 120) == "120 s")
        #expect(LayoutBudget.formatted(seconds: 0.25) == "0.25 s")
    }

    // MARK: The worker's side

    @Test func aRequestIsReadBackAsSent() throws {
        let request = LayoutRequest(task: .render(format: "svg"), layout: "neato", seconds: 7)
        let dot = "digraph {\n a -> b\n}\n"
        let (read, text) = try #require(LayoutRequest.read(try request.encoded(with: dot)))
        #expect(read == request)
        #expect(text == dot)
        #expect(LayoutRequest.read(Data("digraph { a -> b }".utf8)) == nil)
    }

    @Test func theWorkerAnswersWithTheImage() throws {
        let request = LayoutRequest(task: .render(format: "svg"), layout: "dot", seconds: 10)
        let (status, answer) = Graphviz.answer(request, dot: "digraph { a -> b }")
        #expect(status == 0)
        let svg = try svgDocument(answer)
        #expect(try svg.elements("//*[local-name()='g'][@class='node']").count == 2)
    }

    @Test func theWorkerAnswersWithTheLayout() throws {
        let request = LayoutRequest(task: .layout, layout: "neato", seconds: 10)
        let (status, answer) = Graphviz.answer(request, dot: "graph { a -- b [id=ab]; b -- c }")
        #expect(status == 0)
        let layout = try JSONDecoder().decode(LaidOutGraph.self, from: answer)
        #expect(layout.nodes.keys.sorted() == ["a", "b", "c"])
        #expect(layout.nodes.values.allSatisfy { [$0.centre.x, $0.centre.y].allSatisfy(\.isFinite) && $0.size != nil })
        // Only the edge with an id is read back: routes are found by it.
        #expect(Array(layout.routes.keys) == ["ab"])
    }

    @Test func theWorkerAnswersWithGraphvizsError() throws {
        let request = LayoutRequest(task: .render(format: "svg"), layout: "dot", seconds: 10)
        let (status, answer) = Graphviz.answer(request, dot: "digraph { a -> ")
        #expect(status == 3)
        let error = try JSONDecoder().decode(GraphvizError.self, from: answer)
        guard case .unreadable = error else {
            Issue.record("expected an unreadable-graph error, got \(error)")
            return
        }
    }

    // MARK: The waiting side

    @Test func aWorkerPastItsBudgetIsKilledAndTheErrorSuggestsAnEngine() throws {
        // /bin/sleep 30 stands for a layout that never ends; the budget is 0.2 s.
        let budget = LayoutBudget(seconds: 0.2, worker: Self.worker)
        let request = LayoutRequest(task: .render(format: "svg"), layout: "dot", seconds: budget.seconds)
        #expect(throws: GraphvizError.timedOut(engine: "dot", seconds: 0.2, suggestion: "neato")) {
            // 300 actors in one loop: dot is slow on it, neato is not.
            try IsolatedLayout.run(request, dot: "digraph {}", workload: Self.ring(300), budget: budget)
        }
        #expect(GraphvizError.timedOut(engine: "dot", seconds: 0.2, suggestion: "neato").description
                == "Graphviz's dot layout did not finish within 0.2 s and was stopped; neato is faster on this graph.")
        #expect(GraphvizError.timedOut(engine: "sfdp", seconds: 120, suggestion: nil).description
                == "Graphviz's sfdp layout did not finish within 120 s and was stopped; no engine is faster on this graph: draw fewer actors or ties.")
    }

    @Test func sfdpOutOfTimeHasNoFasterEngine() {
        #expect(LayoutBudget.fasterEngine(than: "sfdp", workload: Self.ring(300)) == nil)
        #expect(LayoutBudget.fasterEngine(than: "neato", workload: Self.ring(300)) == "sfdp")
        #expect(LayoutBudget.fasterEngine(than: "circo", workload: nil) == "sfdp")
    }

    @Test func aWorkerThatFailsOrCannotStartSaysSo() throws {
        let request = LayoutRequest(task: .render(format: "svg"), layout: "dot", seconds: 10)
        let failing = LayoutBudget(seconds: 10, worker: LayoutWorker(executable: URL(fileURLWithPath: "/bin/false"), arguments: []))
        #expect {
            try IsolatedLayout.run(request, dot: "digraph {}", workload: nil, budget: failing)
        } throws: { error in
            guard case GraphvizError.layoutProcessFailed(let engine, let message) = error else { return false }
            return engine == "dot" && message.hasPrefix("it ended with status 1;")
        }
        let missing = LayoutBudget(seconds: 10, worker: LayoutWorker(executable: URL(fileURLWithPath: "/no/such/program"), arguments: []))
        #expect {
            try IsolatedLayout.run(request, dot: "digraph {}", workload: nil, budget: missing)
        } throws: { error in
            guard case GraphvizError.layoutProcessFailed(_, let message) = error else { return false }
            return message.hasPrefix("could not start /no/such/program")
        }
    }

    @Test func anUnknownEngineIsRefusedBeforeAnyProcessStarts() {
        // The worker would sleep for 30 s; the name is checked in process first.
        let budget = LayoutBudget(seconds: 60, worker: Self.worker)
        #expect {
            try Graphviz.render("digraph { a -> b }", layout: "spring", format: "svg", budget: budget)
        } throws: { error in
            guard case GraphvizError.unknownLayout("spring", _) = error else { return false }
            return true
        }
    }

    @Test func aQuickLayoutWithABudgetNeedsNoWorker() throws {
        // The worker would sleep for 30 s: a 2-node graph is drawn in process.
        let budget = LayoutBudget(seconds: 60, worker: Self.worker)
        let svg = try svgDocument(try Graphviz.render("digraph { a -> b }", layout: "dot", format: "svg", budget: budget))
        #expect(try svg.elements("//*[local-name()='g'][@class='node']").count == 2)
    }
}
