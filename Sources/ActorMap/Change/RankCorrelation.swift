/// How alike two rankings of the same actors are.
public enum RankCorrelation {
    /// Kendall's τ-b between `x` and `y`, with ties handled as in scipy's
    /// `scipy.stats.kendalltau` (its default, variant "b").
    ///
    /// τ_b = (P − Q) / √((P + Q + T_x)(P + Q + T_y)), where P and Q count concordant and
    /// discordant pairs and T_x, T_y the pairs tied only in `x` or only in `y`
    /// (Kendall 1945). Knight's (1966) algorithm: sort by `x` then `y`, count the swaps a
    /// merge sort by `y` needs.
    ///
    /// - Parameters:
    ///   - x: One value per actor at one moment.
    ///   - y: The same actors' values at another, in the same order.
    /// - Returns: `nil` when fewer than two values are given or either ranking is constant.
    /// - Complexity: O(*n* log *n*).
    public static func kendallTau(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count, "two rankings of the same actors")
        let n = x.count
        guard n >= 2 else { return nil }
        var order = Array(0..<n)
        order.sort { (x[$0], y[$0]) < (x[$1], y[$1]) }

        let totalPairs = n * (n - 1) / 2
        let tiedX = tiedPairs(order.map { x[$0] })
        let tiedXY = tiedPairs(order.map { PairKey(x: x[$0], y: y[$0]) })
        var ys = order.map { y[$0] }
        let swaps = mergeSortCountingSwaps(&ys)
        let tiedY = tiedPairs(ys)

        let denominatorX = Double(totalPairs - tiedX)
        let denominatorY = Double(totalPairs - tiedY)
        guard denominatorX > 0, denominatorY > 0 else { return nil }
        // concordant − discordant, from the pairs left once ties are set aside.
        let difference = Double(totalPairs - tiedX - tiedY + tiedXY) - 2 * Double(swaps)
        return min(1, max(-1, difference / (denominatorX.squareRoot() * denominatorY.squareRoot())))
    }

    /// Spearman's ρ between `x` and `y`: Pearson's correlation of their ranks, tied values
    /// sharing their average rank, as scipy's `scipy.stats.spearmanr`.
    ///
    /// - Parameters:
    ///   - x: One value per actor at one moment.
    ///   - y: The same actors' values at another, in the same order.
    /// - Returns: `nil` when fewer than two values are given or either ranking is constant.
    /// - Complexity: O(*n* log *n*).
    public static func spearmanRho(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count, "two rankings of the same actors")
        guard x.count >= 2 else { return nil }
        return pearson(averageRanks(x), averageRanks(y))
    }

    /// Ranks from 1 for the smallest, tied values sharing the average of their ranks.
    ///
    /// - Parameter values: The values to rank; exact equality makes a tie.
    /// - Returns: Each value's rank, in the order of `values`: `[1, 2.5, 2.5, 4]`.
    /// - Complexity: O(*n* log *n*).
    public static func averageRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let average = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = average }
            start = end + 1
        }
        return ranks
    }

    static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n, meanY = y.reduce(0, +) / n
        var covariance = 0.0, varianceX = 0.0, varianceY = 0.0
        for (a, b) in zip(x, y) {
            covariance += (a - meanX) * (b - meanY)
            varianceX += (a - meanX) * (a - meanX)
            varianceY += (b - meanY) * (b - meanY)
        }
        guard varianceX > 0, varianceY > 0 else { return nil }
        return min(1, max(-1, covariance / (varianceX.squareRoot() * varianceY.squareRoot())))
    }

    private struct PairKey: Equatable {
        var x: Double
        var y: Double
    }

    /// Pairs of equal neighbours in a sorted sequence: Σ t(t − 1)/2 over runs of length t.
    private static func tiedPairs<Value: Equatable>(_ sorted: [Value]) -> Int {
        var pairs = 0, run = 1
        for index in sorted.indices.dropFirst() {
            if sorted[index] == sorted[index - 1] {
                run += 1
            } else {
                pairs += run * (run - 1) / 2
                run = 1
            }
        }
        return pairs + run * (run - 1) / 2
    }

    /// Sorts `values` ascending and returns how many inversions (pairs out of order) it had.
    private static func mergeSortCountingSwaps(_ values: inout [Double]) -> Int {
        var buffer = values
        var swaps = 0
        var width = 1
        while width < values.count {
            var start = 0
            while start < values.count {
                let middle = min(start + width, values.count), end = min(start + 2 * width, values.count)
                var left = start, right = middle, out = start
                while left < middle, right < end {
                    if values[right] < values[left] {
                        buffer[out] = values[right]
                        swaps += middle - left
                        right += 1
                    } else {
                        buffer[out] = values[left]
                        left += 1
                    }
                    out += 1
                }
                while left < middle { buffer[out] = values[left]; left += 1; out += 1 }
                while right < end { buffer[out] = values[right]; right += 1; out += 1 }
                start = end
            }
            swap(&values, &buffer)
            width *= 2
        }
        return swaps
    }
}
