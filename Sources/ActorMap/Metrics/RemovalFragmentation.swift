import Foundation

/// The ordered pairs of actors that reach each other, counted by the number of steps
/// between them: Σ 1/d held exactly, as whole numbers, so that a score is the same however
/// its pairs were counted, in whatever order, on however many cores.
struct DistanceCounts {
    /// `counts[d]`: the ordered pairs *d* steps apart; index 0 unused.
    var counts: [Int]

    /// Σ_d counts[d] / d, summed from the shortest distance up, skipping distances no pair
    /// is at: the same double for the same counts, whoever counted them.
    /// `far` holds counts at distances of `counts.count` or more.
    static func inverseSum(_ counts: [Int], beyond far: [Int: Int]? = nil) -> Double {
        var sum = 0.0
        for distance in counts.indices.dropFirst() where counts[distance] != 0 {
            sum += Double(counts[distance]) / Double(distance)
        }
        if let far {
            for distance in far.keys.sorted() where far[distance]! != 0 { sum += Double(far[distance]!) / Double(distance) }
        }
        return sum
    }

    /// Borgatti's DF of `remaining` actors whose pairs sum to `inverse`.
    static func fragmentation(inverse: Double, remaining: Int) -> Double {
        max(0, 1 - inverse / (Double(remaining) * Double(remaining - 1)))
    }

    /// DF of the actors these counts are of, `remaining` of them.
    func fragmentation(remaining: Int) -> Double {
        Self.fragmentation(inverse: Self.inverseSum(counts), remaining: remaining)
    }

    /// Counts the pairs of `graph` without the nodes `removed` marks, by breadth-first
    /// searches from 64 sources at once, a bit per source in a word (Then et al. 2014).
    ///
    /// - Complexity: O(*n*/64 · *D* · (*n* + *m*)).
    init(_ graph: KeyPlayerGraph, removing removed: [Bool]) {
        let n = graph.nodeCount
        var counts = [0]
        let sources = (0..<n).filter { !removed[$0] }
        var seen = [UInt64](repeating: 0, count: n)
        var frontier = [UInt64](repeating: 0, count: n)
        var reaching = [UInt64](repeating: 0, count: n)
        var active: [Int32] = [], touched: [Int32] = [], met: [Int32] = []
        active.reserveCapacity(n)
        touched.reserveCapacity(n)
        met.reserveCapacity(n)
        graph.neighbours.withUnsafeBufferPointer { neighbours in
            graph.offsets.withUnsafeBufferPointer { offsets in
                removed.withUnsafeBufferPointer { removed in
                    seen.withUnsafeMutableBufferPointer { seen in
                        frontier.withUnsafeMutableBufferPointer { frontier in
                            reaching.withUnsafeMutableBufferPointer { reaching in
                                var batchStart = 0
                                while batchStart < sources.count {
                                    let batch = sources[batchStart..<min(sources.count, batchStart + 64)]
                                    batchStart += 64
                                    active.removeAll(keepingCapacity: true)
                                    met.removeAll(keepingCapacity: true)
                                    for (bit, source) in batch.enumerated() {
                                        seen[source] = 1 << UInt64(bit)
                                        frontier[source] = seen[source]
                                        active.append(Int32(truncatingIfNeeded: source))
                                        met.append(Int32(truncatingIfNeeded: source))
                                    }
                                    var level = 0
                                    while !active.isEmpty {
                                        level += 1
                                        touched.removeAll(keepingCapacity: true)
                                        for node in active {
                                            let node = Int(node)
                                            let bits = frontier[node]
                                            frontier[node] = 0
                                            for position in offsets[node]..<offsets[node + 1] {
                                                let target = Int(neighbours[position])
                                                if removed[target] { continue }
                                                if reaching[target] == 0 { touched.append(Int32(truncatingIfNeeded: target)) }
                                                reaching[target] |= bits
                                            }
                                        }
                                        active.removeAll(keepingCapacity: true)
                                        var fresh = 0
                                        for node in touched {
                                            let node = Int(node)
                                            let new = reaching[node] & ~seen[node]
                                            reaching[node] = 0
                                            if new == 0 { continue }
                                            if seen[node] == 0 { met.append(Int32(truncatingIfNeeded: node)) }
                                            seen[node] |= new
                                            frontier[node] = new
                                            active.append(Int32(truncatingIfNeeded: node))
                                            fresh += new.nonzeroBitCount
                                        }
                                        if fresh > 0 {
                                            if counts.count <= level { counts.append(0) }
                                            counts[level] += fresh
                                        }
                                    }
                                    for node in met { seen[Int(node)] = 0 }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.counts = counts
    }
}

/// The distance-weighted fragmentation of a map without a few actors, and without each
/// further actor in turn: what one sweep of the key-player search asks for every candidate.
///
/// Taking actor *v* away from the map *H* removes the pairs *v* belongs to and lengthens
/// the shortest paths of the pairs (*i*, *j*) that all pass through *v*: those where *v*
/// dominates *j* in the shortest-path graph from *i* (Lengauer & Tarjan 1979; computed as
/// Cooper, Harvey & Kennedy 2001 do, in breadth-first order). So one breadth-first search
/// from each actor of *H*, the tree of dominators of its shortest paths, and for each
/// dominator a search confined to what it dominates, reseeded from the actors around it,
/// give the exact counts of pairs by distance for *H* without each *v*, all *v* at once:
/// O(*n* · (*n* + *m*)) plus the size of the regions searched again, instead of one
/// all-pairs search per candidate. The counts are whole numbers, so each score is exactly
/// the score a direct count of the smaller map gives (``DistanceCounts``).
///
/// Cooper, K. D., Harvey, T. J. and Kennedy, K. (2001). A simple, fast dominance algorithm.
/// *Software Practice & Experience* 4, 1–10.
enum RemovalFragmentation {
    /// For each node *v* not in `removed`, DF of `graph` without `removed` and *v*, over
    /// the actors that remain; `nil` for the nodes in `removed`.
    ///
    /// - Precondition: at least three nodes are not in `removed`.
    static func fragmentationWithoutEach(_ graph: KeyPlayerGraph, removing removed: [Bool]) -> [Double?] {
        let n = graph.nodeCount
        let sources = (0..<n).filter { !removed[$0] }
        let remaining = sources.count - 1
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, sources.count / 64))
        let results = WorkerResults(count: workers)
        // Each worker takes every `workers`-th source, so that the costly ones (in the middle
        // of the map) spread evenly.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var counter = PairCounter(graph, removed: removed)
            var index = worker
            while index < sources.count {
                counter.count(from: sources[index])
                index += workers
            }
            results.store(counter.result(), at: worker)
        }
        // Whole numbers: the workers' counts add up the same in any order.
        var total = results.take(0)
        for worker in 1..<workers { total.add(results.take(worker)) }
        let width = total.width
        var scores = [Double?](repeating: nil, count: n)
        var merged = [Int](repeating: 0, count: width)
        for node in sources {
            for distance in 1..<width { merged[distance] = total.base[distance] + total.change[node * width + distance] }
            let inverse = DistanceCounts.inverseSum(merged, beyond: total.farChanges[node])
            scores[node] = DistanceCounts.fragmentation(inverse: inverse, remaining: remaining)
        }
        return scores
    }

    /// The counts one worker gathered from its sources.
    struct Counts {
        /// Pairs of the map by distance; `width` entries.
        var base: [Int]
        /// For each node *v* and distance *d* below `width`, at `v * width + d`: how the
        /// count at *d* changes when *v* is taken away.
        var change: [Int]
        /// Changes at distances of `width` or more, which only lengthened paths reach.
        var farChanges: [Int: [Int: Int]]
        var width: Int

        mutating func add(_ other: Counts) {
            precondition(other.width == width)
            for index in base.indices { base[index] += other.base[index] }
            for index in change.indices { change[index] += other.change[index] }
            for (node, far) in other.farChanges {
                farChanges[node, default: [:]].merge(far, uniquingKeysWith: +)
            }
        }
    }

    private final class WorkerResults: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Counts?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func store(_ counts: Counts, at index: Int) { lock.withLock { slots[index] = counts } }
        func take(_ index: Int) -> Counts { lock.withLock { slots[index]! } }
    }

    /// One worker's searches, with buffers it reuses from source to source.
    private struct PairCounter: ~Copyable {
        let n: Int
        let width: Int
        let offsets: UnsafeMutableBufferPointer<Int>
        let neighbours: UnsafeMutableBufferPointer<Int32>
        let removed: UnsafeMutableBufferPointer<Bool>
        /// Steps from the current source; -1 where not reached.
        let distance: UnsafeMutableBufferPointer<Int32>
        /// Each node's place in the breadth-first order from the current source.
        let place: UnsafeMutableBufferPointer<Int32>
        /// The nodes reached from the current source, in breadth-first order.
        let order: UnsafeMutableBufferPointer<Int32>
        /// Each reached node's immediate dominator.
        let dominator: UnsafeMutableBufferPointer<Int32>
        /// The number of nodes each node dominates, itself included.
        let subtree: UnsafeMutableBufferPointer<Int32>
        /// The dominator tree in preorder: a node's descendants follow it.
        let preorder: UnsafeMutableBufferPointer<Int32>
        let preorderPlace: UnsafeMutableBufferPointer<Int32>
        let nextFree: UnsafeMutableBufferPointer<Int32>
        /// `inRegion[a] == stamp` while *a* is in the region searched again.
        let inRegion: UnsafeMutableBufferPointer<Int>
        /// `settled[a] == stamp` once the search again has fixed *a*'s new distance.
        let settled: UnsafeMutableBufferPointer<Int>
        let tentative: UnsafeMutableBufferPointer<Int32>
        let queue: UnsafeMutableBufferPointer<Int32>
        var seeds: [(distance: Int32, node: Int32)] = []
        var stamp = 0
        var base: [Int]
        var change: [Int]
        var farChanges: [Int: [Int: Int]] = [:]

        init(_ graph: KeyPlayerGraph, removed flags: [Bool]) {
            let count = graph.nodeCount
            n = count
            // Taking one node away lengthens a path by at most the nodes left, but rarely by
            // much: distances past the map's diameter plus a margin go to `farChanges`.
            let width = min(count + 1, graph.diameterBound(removing: flags) + 10)
            self.width = width
            offsets = .allocate(capacity: graph.offsets.count)
            _ = offsets.initialize(from: graph.offsets)
            neighbours = .allocate(capacity: max(1, graph.neighbours.count))
            _ = neighbours.initialize(from: graph.neighbours.map { Int32(truncatingIfNeeded: $0) })
            removed = .allocate(capacity: max(1, count))
            _ = removed.initialize(from: flags)
            func buffer(_ value: Int32) -> UnsafeMutableBufferPointer<Int32> {
                let buffer = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, count))
                buffer.initialize(repeating: value)
                return buffer
            }
            distance = buffer(-1)
            place = buffer(0)
            order = buffer(0)
            dominator = buffer(0)
            subtree = buffer(0)
            preorder = buffer(0)
            preorderPlace = buffer(0)
            nextFree = buffer(0)
            tentative = buffer(0)
            queue = buffer(0)
            inRegion = .allocate(capacity: max(1, count))
            inRegion.initialize(repeating: 0)
            settled = .allocate(capacity: max(1, count))
            settled.initialize(repeating: 0)
            base = [Int](repeating: 0, count: width)
            change = [Int](repeating: 0, count: count * width)
        }

        deinit {
            for buffer in [distance, place, order, dominator, subtree, preorder, preorderPlace, nextFree, tentative, queue] {
                buffer.deallocate()
            }
            offsets.deallocate()
            neighbours.deallocate()
            removed.deallocate()
            inRegion.deallocate()
            settled.deallocate()
        }

        consuming func result() -> Counts {
            Counts(base: base, change: change, farChanges: farChanges, width: width)
        }

        private mutating func addChange(of node: Int, at distance: Int, _ amount: Int) {
            if distance < width {
                change[node * width + distance] += amount
            } else {
                farChanges[node, default: [:]][distance, default: 0] += amount
            }
        }

        /// Counts the pairs from `source`, and how taking each other node away changes them.
        mutating func count(from source: Int) {
            // Breadth first from the source.
            distance[source] = 0
            order[0] = Int32(truncatingIfNeeded: source)
            place[source] = 0
            dominator[source] = Int32(truncatingIfNeeded: source)
            var reached = 1, head = 0
            while head < reached {
                let node = Int(order[head])
                head += 1
                let next = distance[node] + 1
                for position in offsets[node]..<offsets[node + 1] {
                    let other = Int(neighbours[position])
                    if removed[other] || distance[other] >= 0 { continue }
                    distance[other] = next
                    place[other] = Int32(truncatingIfNeeded: reached)
                    order[reached] = Int32(truncatingIfNeeded: other)
                    reached += 1
                }
            }
            // Every pair from the source, and each node's pairs gone when it is taken away
            // (both orders of the pair: the counts are symmetric).
            for index in 1..<reached {
                let node = Int(order[index])
                let steps = Int(distance[node])
                base[steps] += 1
                change[node * width + steps] -= 2
            }
            // Immediate dominators in the shortest-path graph: the nearest common dominator
            // of a node's parents, found by walking up from the later one in search order.
            for index in 1..<reached {
                let node = Int(order[index])
                let parentDistance = distance[node] - 1
                var common = -1
                for position in offsets[node]..<offsets[node + 1] {
                    let other = Int(neighbours[position])
                    if removed[other] || distance[other] != parentDistance { continue }
                    if common < 0 {
                        common = other
                    } else {
                        var a = common, b = other
                        while a != b {
                            while place[a] > place[b] { a = Int(dominator[a]) }
                            while place[b] > place[a] { b = Int(dominator[b]) }
                        }
                        common = a
                    }
                    if common == source { break }
                }
                dominator[node] = Int32(truncatingIfNeeded: common)
                subtree[node] = 1
            }
            subtree[source] = Int32(truncatingIfNeeded: reached)
            var dominates = false
            for index in stride(from: reached - 1, through: 1, by: -1) {
                let node = Int(order[index])
                let parent = Int(dominator[node])
                if parent != source {
                    subtree[parent] += subtree[node]
                    dominates = true
                }
            }
            if dominates { lengthenPaths(from: source, reached: reached) }
            for index in 0..<reached { distance[Int(order[index])] = -1 }
        }

        /// For each node that dominates others from `source`, the new distances of what it
        /// dominates once it is taken away.
        private mutating func lengthenPaths(from source: Int, reached: Int) {
            // The dominator tree in preorder, so that what a node dominates follows it.
            preorder[0] = Int32(truncatingIfNeeded: source)
            preorderPlace[source] = 0
            nextFree[source] = 1
            for index in 1..<reached {
                let node = Int(order[index])
                let parent = Int(dominator[node])
                let at = nextFree[parent]
                preorderPlace[node] = at
                preorder[Int(at)] = Int32(truncatingIfNeeded: node)
                nextFree[parent] = at + subtree[node]
                nextFree[node] = at + 1
            }
            for index in 1..<reached {
                let cut = Int(order[index])
                let size = Int(subtree[cut])
                guard size > 1 else { continue }
                let first = Int(preorderPlace[cut]) + 1, end = Int(preorderPlace[cut]) + size
                stamp += 1
                for at in first..<end { inRegion[Int(preorder[at])] = stamp }
                // Each dominated node's nearest way in from outside the region.
                seeds.removeAll(keepingCapacity: true)
                for at in first..<end {
                    let node = Int(preorder[at])
                    var best = Int32.max
                    for position in offsets[node]..<offsets[node + 1] {
                        let other = Int(neighbours[position])
                        if other == cut || removed[other] || inRegion[other] == stamp { continue }
                        best = min(best, distance[other] + 1)
                    }
                    tentative[node] = best
                    if best != .max { seeds.append((best, Int32(truncatingIfNeeded: node))) }
                }
                // Breadth first within the region from the seeds, nearest first.
                if !seeds.isEmpty {
                    seeds.sort { ($0.distance, $0.node) < ($1.distance, $1.node) }
                    var next = 0, queueHead = 0, queueEnd = 0
                    while next < seeds.count || queueHead < queueEnd {
                        let node: Int, steps: Int32
                        if queueHead < queueEnd && (next >= seeds.count || tentative[Int(queue[queueHead])] <= seeds[next].distance) {
                            node = Int(queue[queueHead])
                            steps = tentative[node]
                            queueHead += 1
                        } else {
                            node = Int(seeds[next].node)
                            steps = seeds[next].distance
                            next += 1
                        }
                        if settled[node] == stamp { continue }
                        settled[node] = stamp
                        for position in offsets[node]..<offsets[node + 1] {
                            let other = Int(neighbours[position])
                            if inRegion[other] != stamp || settled[other] == stamp || tentative[other] <= steps + 1 { continue }
                            tentative[other] = steps + 1
                            queue[queueEnd] = Int32(truncatingIfNeeded: other)
                            queueEnd += 1
                        }
                    }
                }
                for at in first..<end {
                    let node = Int(preorder[at])
                    addChange(of: cut, at: Int(distance[node]), -1)
                    if settled[node] == stamp { addChange(of: cut, at: Int(tentative[node]), 1) }
                }
            }
        }
    }
}

extension KeyPlayerGraph {
    /// An upper bound of the longest shortest path among the nodes `removed` does not mark:
    /// twice the eccentricity, in what remains, of one node of each component.
    func diameterBound(removing removed: [Bool]) -> Int {
        var distance = [Int](repeating: -1, count: nodeCount)
        var bound = 0
        var queue: [Int] = []
        for start in 0..<nodeCount where !removed[start] && distance[start] < 0 {
            distance[start] = 0
            queue.removeAll(keepingCapacity: true)
            queue.append(start)
            var head = 0, far = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                far = distance[node]
                for position in offsets[node]..<offsets[node + 1] {
                    let other = neighbours[position]
                    if removed[other] || distance[other] >= 0 { continue }
                    distance[other] = distance[node] + 1
                    queue.append(other)
                }
            }
            bound = max(bound, 2 * far)
        }
        return bound
    }
}
