/// Finding the name an analyst probably meant when they typed one that does not exist.
public enum Suggestion {
    /// The candidate closest to `text` by edit distance, when it is close enough to be a
    /// plausible typo: at most a third of the length, and never more than three edits.
    public static func nearest<Candidates: Sequence>(to text: String, in candidates: Candidates) -> String?
    where Candidates.Element == String {
        let limit = max(1, min(3, text.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(text.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// "did you mean 'x'?" when a near candidate exists, else a pointer to the list.
    static func fix<Candidates: Sequence>(for text: String, in candidates: Candidates, listing what: String) -> String
    where Candidates.Element == String {
        if let near = nearest(to: text, in: candidates) { return "did you mean '\(near)'?" }
        let known = Array(candidates).sorted()
        let shown = known.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
        return known.isEmpty
            ? "define it under \(what) first."
            : "use one of \(shown)\(known.count > 12 ? ", …" : ""), or define it under \(what)."
    }

    /// Levenshtein distance over characters.
    /// - Complexity: O(*m*·*n*) time, O(*n*) space.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
