import ArgumentParser

/// Refuses a number of permutations outside what a test can use: below 1 (or 0, where 0
/// means no test) or above a million, which would run for hours on a large map.
func checkPermutations(_ count: Int, option: String, allowingNone: Bool) throws {
    let least = allowingNone ? 0 : 1
    guard (least...1_000_000).contains(count) else {
        throw ValidationError("\(option) takes a number of permutations from \(least) to 1000000\(allowingNone ? " (0 for no test)" : ""); \(count) is not one.")
    }
}
