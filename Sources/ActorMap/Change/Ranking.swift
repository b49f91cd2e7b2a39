/// Ranks as analysts read them: 1 for the highest value, tied actors sharing the best
/// rank ("1, 2, 2, 4"), undefined values unranked.
public enum Ranking {
    /// - Complexity: O(*n* log *n*).
    public static func competition(_ values: [Double?]) -> [Int?] {
        let sorted = values.compactMap { $0 }.filter { !$0.isNaN }.sorted(by: >)
        return values.map { value in
            guard let value, !value.isNaN else { return nil }
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] > value { low = middle + 1 } else { high = middle }
            }
            return low + 1
        }
    }
}
