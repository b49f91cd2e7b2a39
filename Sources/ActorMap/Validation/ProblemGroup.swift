/// Problems of one kind and severity, in the order they were found: the same check failing
/// on many rows of a file (a real Gephi file gave 176 warnings of one kind), so that a
/// reader sees each kind once, with how often it occurs and where first.
public struct ProblemGroup: Sendable, Hashable {
    /// The severity every problem of the group shares.
    public var severity: Problem.Severity
    /// The message with what differs from one problem to the next (quoted names and ids,
    /// numbers) left out: `the same … tie between '…' and '…' over …–… is also relationships[…].`
    public var kind: String
    /// The problems of this kind, in the order they were found.
    public var problems: [Problem]

    /// Groups problems by severity and kind, each group where its first problem stands.
    ///
    /// - Parameter problems: Problems in the order they were found.
    /// - Returns: One group per severity and kind (``Problem/kind``), in the order of each
    ///   group's first problem.
    /// - Complexity: O(*p*·*m*) for *p* problems of at most *m* characters.
    public static func grouping(_ problems: [Problem]) -> [ProblemGroup] {
        var groups: [ProblemGroup] = []
        var indexByKey: [Key: Int] = [:]
        for problem in problems {
            let key = Key(severity: problem.severity, kind: problem.kind)
            if let index = indexByKey[key] {
                groups[index].problems.append(problem)
            } else {
                indexByKey[key] = groups.count
                groups.append(ProblemGroup(severity: problem.severity, kind: key.kind, problems: [problem]))
            }
        }
        return groups
    }

    private struct Key: Hashable {
        var severity: Problem.Severity
        var kind: String
    }
}

extension Problem {
    /// What kind of problem this is: the message with quoted text and numbers replaced by
    /// `…`, so that the same check failing on different rows gives the same kind.
    public var kind: String {
        let characters = Array(message)
        var kind = ""
        var quoted = false
        for (index, character) in characters.enumerated() {
            let before = index > 0 ? characters[index - 1] : " "
            let after = index + 1 < characters.count ? characters[index + 1] : " "
            // A quote opens after a space or bracket and closes before anything but a letter
            // or digit; an apostrophe inside a word (`Kenya's`) does neither.
            if character == "'", quoted ? !(after.isLetter || after.isNumber) : (before == " " || before == "(") {
                kind += quoted ? "'" : "'…"
                quoted.toggle()
            } else if quoted {
                continue
            } else if character.isASCIIDigit {
                if !kind.hasSuffix("…") { kind += "…" }
            } else {
                kind.append(character)
            }
        }
        return kind
    }
}
