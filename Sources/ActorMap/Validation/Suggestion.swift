import Foundation

/// Finding the name an analyst probably meant when they typed one that does not exist.
public enum Suggestion {
    /// The candidate closest to `text` by edit distance, when it is close enough to be a
    /// plausible typo: at most a third of the length, and never more than three edits.
    ///
    /// Case does not count: `Muungano` is as near to `muungano` as the same text.
    ///
    /// - Parameters:
    ///   - text: What the analyst typed.
    ///   - candidates: The names that exist.
    /// - Returns: The nearest candidate, the first of equally near ones, or `nil` when none
    ///   is close enough.
    /// - Complexity: O(*c*·*m*·*n*) for *c* candidates of length *m* and text of length *n*.
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

    /// The candidates an analyst who typed `text` may have meant, most likely first: those
    /// the catalogue's synonyms give (`ngo` for `support-ngo`), the nearest by edit distance,
    /// then those holding the text or held in it (`network` in `international-network`).
    ///
    /// - Parameters:
    ///   - text: What the analyst typed.
    ///   - candidates: The names that exist.
    ///   - limit: The most suggestions to give.
    /// - Returns: At most `limit` candidates, never `text` itself, without repeats.
    /// - Complexity: O(*c*·*m*·*n*) for *c* candidates of length *m* and text of length *n*.
    public static func suggestions<Candidates: Sequence>(for text: String, in candidates: Candidates, limit: Int = 4) -> [String]
    where Candidates.Element == String {
        let known = Array(candidates)
        let present = Set(known)
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
        var found: [String] = []
        func add(_ candidate: String) {
            if present.contains(candidate), candidate != text, !found.contains(candidate) { found.append(candidate) }
        }
        for candidate in synonyms[word] ?? [] { add(candidate) }
        if let near = nearest(to: text, in: known) { add(near) }
        if word.count >= 3 {
            for candidate in known.sorted() where candidate.count >= 3 && (candidate.contains(word) || word.contains(candidate)) { add(candidate) }
        }
        return Array(found.prefix(limit))
    }

    /// Words analysts use for the catalogue's kinds and relationship types, in lower case
    /// with hyphens between words.
    static let synonyms: [String: [String]] = {
        let groups: [(ids: [String], words: [String])] = [
            (["support-ngo"], ["ngo", "nonprofit", "non-profit", "charity", "cso", "civil-society-organisation", "civil-society-organization", "support-organisation"]),
            (["international-network"], ["network", "alliance", "coalition", "transnational-network", "global-network"]),
            (["municipal-government", "city-government"], ["local-government", "local-authority", "municipality", "council", "city-council", "town-council", "city", "town", "mayor"]),
            (["county-government"], ["county", "county-council", "province", "provincial-government", "regional-government", "district", "district-government"]),
            (["community-group"], ["cbo", "community-based-organisation", "community-based-organization", "community-organisation", "community-organization", "residents-association", "neighbourhood-association", "neighborhood-association"]),
            (["savings-group"], ["savings", "savings-scheme", "sacco", "chama", "rosca", "stokvel"]),
            (["federation"], ["slum-dwellers-federation", "homeless-federation", "peoples-federation"]),
            (["national-agency"], ["agency", "ministry", "government-agency", "parastatal", "department"]),
            (["national-government"], ["government", "central-government", "state-government", "national", "state"]),
            (["private-firm"], ["company", "business", "firm", "private-sector", "developer", "contractor", "corporation"]),
            (["researcher"], ["university", "academic", "academia", "research-institute", "think-tank", "research"]),
            (["multilateral"], ["world-bank", "un", "un-agency", "development-bank", "multilateral-agency"]),
            (["donor"], ["bilateral-donor", "aid-agency", "development-partner", "funder"]),
            (["foundation"], ["philanthropy", "philanthropic-foundation", "trust"]),
            (["utility"], ["water-utility", "service-provider", "public-utility"]),
            (["funding"], ["grant", "finance", "financing", "loan", "fund", "funds", "money"]),
            (["mou"], ["memorandum", "memorandum-of-understanding", "agreement", "contract", "moa"]),
            (["contention"], ["conflict", "protest", "dispute", "opposition", "eviction", "litigation", "confrontation"]),
            (["collaboration"], ["partnership", "cooperation", "co-operation", "joint-project", "co-production", "coproduction"]),
            (["information-sharing"], ["information", "info", "data-sharing", "communication", "knowledge-sharing"]),
            (["technical-support"], ["training", "capacity-building", "advice", "technical-assistance"]),
            (["membership"], ["member", "member-of", "affiliation", "affiliate"]),
            (["advocacy"], ["lobbying", "lobby", "campaign", "campaigning"]),
        ]
        return Dictionary(groups.flatMap { group in group.words.map { ($0, group.ids) } }) { first, _ in first }
    }()

    /// "did you mean 'x' or 'y'?" when there are suggestions, else every candidate by name
    /// (a pointer to the list when there are very many).
    static func fix<Candidates: Sequence>(for text: String, in candidates: Candidates, listing what: String) -> String
    where Candidates.Element == String {
        let known = Array(candidates).sorted()
        let suggested = suggestions(for: text, in: known).map { "'\($0)'" }
        if !suggested.isEmpty {
            return "did you mean \(suggested.count == 1 ? suggested[0] : suggested.dropLast().joined(separator: ", ") + " or " + suggested.last!)?"
        }
        if known.isEmpty { return "define it under \(what) first." }
        if known.count > 60 { return "none of the \(known.count) under \(what) is close; check the spelling, or define it under \(what)." }
        return "use one of \(known.map { "'\($0)'" }.joined(separator: ", ")), or define it under \(what)."
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
