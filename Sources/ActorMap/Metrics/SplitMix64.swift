/// Steele, Lea & Flood's SplitMix64 (2014): a small, fast generator whose sequence is fixed
/// by its seed on every platform and Swift version.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A random order of `0..<count` by Fisher–Yates, drawing each index by Lemire's
    /// multiply-shift; written out rather than `shuffle(using:)` so that the order cannot
    /// change with the standard library.
    mutating func permutation(of count: Int) -> [Int] {
        var order = Array(0..<count)
        for index in stride(from: count - 1, to: 0, by: -1) {
            let pick = Int(next().multipliedFullWidth(by: UInt64(index + 1)).high)
            order.swapAt(index, pick)
        }
        return order
    }
}
