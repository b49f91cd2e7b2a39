import Foundation

/// Whether the findings of a shift survive without the ties that rest on thin evidence: the
/// shift recomputed without each tie that cites a single source, in turn, and without every
/// tie of low (or no recorded) confidence at once.
///
/// A finding is one of: an actor among the ``topMoverCount`` largest movers; the direction an
/// actor's measure moved; the direction a group's share moved; a pair of actors whose ties
/// changed type. A finding *changes* when, without the tie, the actor leaves the top movers,
/// the movement or the share change no longer has the same sign (a rise that becomes no
/// change counts), or the transition is no longer there. Such a finding rests on that one
/// source.
///
/// Only relationships on the map at either moment (and admitted by the shift's own
/// ``EvidenceFilter``) can change anything, so only they are tried. Above ``tieLimit`` of
/// them, only those with an end at an actor named by a top move or a transition are tried,
/// and ``isLimitedToFindings`` says so.
public struct ShiftRobustness: Sendable {
    /// A relationship, or a set of them, taken away to see what changes.
    public struct Removal: Sendable, Hashable {
        /// The relationship taken away, by index into the dataset's relationships; `nil` for
        /// every tie of low confidence at once.
        public var relationship: Int?
        /// The one source the relationship cites.
        public var source: String?
        /// How many relationships of low or no recorded confidence were taken away together.
        public var lowConfidenceCount: Int

        /// The removal in words, for a sentence that begins "rests on": "one source:
        /// brief-2019 (Muungano wa Wanavijiji – Nairobi City County, mou)".
        ///
        /// - Parameter dataset: The map the shift was measured on.
        /// - Returns: The words, naming the source by its id and the tie by its actors' names.
        public func description(in dataset: Dataset) -> String {
            guard let relationship, let source else {
                return lowConfidenceCount == 1 ? "a low-confidence tie (the only one of low or no recorded confidence)"
                    : "low-confidence ties (the \(lowConfidenceCount) of low or no recorded confidence, taken away together)"
            }
            let tie = dataset.relationships[relationship]
            let ends = dataset.relationshipEnds[relationship]
            let type = dataset.vocabulary.relationshipTypes[ends.type]
            let arrow = type.directed ? " → " : " – "
            let period = tie.period == .always ? ""
                : tie.period.since != nil && tie.period.since == tie.period.until ? " \(tie.period.since!)" : " \(tie.period)"
            return "one source: \(source) (\(dataset.actors[ends.from].name)\(arrow)\(dataset.actors[ends.to].name), \(type.id)\(period))"
        }
    }

    /// One finding of the shift and what it rests on.
    public struct Finding: Sendable, Hashable {
        /// What sort of finding it is.
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// An actor among the largest movers.
            case topMover = "top_mover"
            /// The direction an actor's measure moved.
            case movement
            /// The direction a group's share of the measure moved.
            case groupShare = "group_share"
            /// A pair of actors whose ties changed type.
            case transition
        }

        /// What sort of finding it is.
        public var kind: Kind
        /// The ids of the actors, or of the group, the finding is about.
        public var subjects: [String]
        /// The finding in a sentence.
        public var statement: String
        /// The removals that change it; empty when it holds without every tie tried.
        public var restsOn: [Removal]
    }

    /// How many of the largest movers count as the top movers.
    public static let topMoverCount = 5
    /// Above this many relationships on the map at either moment, only those touching an
    /// actor named by a top move or a transition are tried.
    public static let tieLimit = 2_000

    /// Every finding of the shift, in the order top movers, movements, group shares,
    /// transitions; those that change carry what they rest on.
    public let findings: [Finding]
    /// The relationships on the map at either moment that cite exactly one source.
    public let singleSourceTies: Int
    /// How many of them were tried.
    public let triedSingleSourceTies: Int
    /// The relationships on the map at either moment of low or no recorded confidence,
    /// tried together; 0 when there are none or the shift already leaves them out.
    public let lowConfidenceTies: Int
    /// Whether only the ties touching the findings were tried, the map having more than
    /// ``tieLimit`` at the two moments.
    public let isLimitedToFindings: Bool
    /// The relationships on the map at either moment.
    public let tiesAtEitherMoment: Int

    /// The findings that change without some tie.
    public var fragile: [Finding] { findings.filter { !$0.restsOn.isEmpty } }

    /// Tries the shift's findings without each single-source tie and without the
    /// low-confidence ones.
    ///
    /// - Parameters:
    ///   - shift: The shift, as measured.
    ///   - progress: Called with the number of recomputations done and their total after each
    ///     one, for a progress line; called from the calling thread.
    /// - Complexity: One ``PowerShift`` of the shift's measure per tie tried, plus one.
    public init(_ shift: PowerShift, progress: ((Int, Int) -> Void)? = nil) {
        let dataset = shift.before.snapshot.dataset
        let options = shift.before.options
        let base = options.projection.evidence
        let baseline = Outcome(shift)
        let onMap = Set(shift.before.snapshot.relationshipIndices(admitting: base))
            .union(shift.after.snapshot.relationshipIndices(admitting: base)).sorted()
        tiesAtEitherMoment = onMap.count
        let single = onMap.filter { EvidenceFilter.distinctSources(of: dataset.relationships[$0]) == 1 }
        singleSourceTies = single.count
        isLimitedToFindings = onMap.count > Self.tieLimit
        let tried: [Int]
        if isLimitedToFindings {
            let named = baseline.top.union(baseline.transitions.flatMap { [$0.first, $0.second] })
            tried = single.filter { named.contains(dataset.relationshipEnds[$0].from) || named.contains(dataset.relationshipEnds[$0].to) }
        } else {
            tried = single
        }
        triedSingleSourceTies = tried.count
        let low = (base.minimumConfidence ?? .low) < .medium
            ? onMap.filter { (dataset.relationships[$0].confidence ?? .low) == .low } : []
        lowConfidenceTies = low.count

        func recompute(_ evidence: EvidenceFilter) -> Outcome {
            var variant = options
            variant.projection.evidence = evidence
            return Outcome(PowerShift(
                dataset, from: shift.before.snapshot.time, to: shift.after.snapshot.time, measure: shift.measure,
                options: variant, measures: [shift.measure], mapFigures: []))
        }
        // A relationship of a type the measure does not count changes only the transitions:
        // those are recomputed, the measures kept.
        let measuredType = dataset.vocabulary.relationshipTypes.map(options.projection.types.includes)
        var variants: [(Removal, Outcome)] = []
        let total = tried.count + (low.isEmpty ? 0 : 1)
        for relationship in tried {
            var evidence = base
            evidence.excludedRelationships.insert(relationship)
            let removal = Removal(relationship: relationship, source: dataset.relationships[relationship].sources[0], lowConfidenceCount: 0)
            if measuredType[dataset.relationshipEnds[relationship].type] {
                variants.append((removal, recompute(evidence)))
            } else {
                var outcome = baseline
                outcome.transitions = Outcome.transitions(TieTransition.between(shift.before.snapshot, shift.after.snapshot, admitting: evidence))
                variants.append((removal, outcome))
            }
            progress?(variants.count, total)
        }
        if !low.isEmpty {
            var evidence = base
            evidence.minimumConfidence = .medium
            variants.append((Removal(relationship: nil, source: nil, lowConfidenceCount: low.count), recompute(evidence)))
            progress?(variants.count, total)
        }
        findings = baseline.findings(of: shift).map { finding, survives in
            var finding = finding
            finding.restsOn = variants.filter { !survives($0.1) }.map(\.0)
            return finding
        }
    }

    /// What a shift found, in the terms its findings are compared in.
    private struct Outcome {
        struct Transition: Hashable {
            var first: Int, second: Int, before: [Int], after: [Int]
        }

        var top: Set<Int>
        var topOrder: [Int]
        var signs: [Int: Int]
        var groupSigns: [Int: Int]
        var transitions: Set<Transition>

        init(_ shift: PowerShift) {
            let movers = shift.actors.filter(\.hasMoved).sorted { (abs($0.change!), $1.actor) > (abs($1.change!), $0.actor) }
            topOrder = movers.prefix(ShiftRobustness.topMoverCount).map(\.actor)
            top = Set(topOrder)
            signs = Dictionary(uniqueKeysWithValues: shift.actors.map { actor in
                (actor.actor, actor.hasMoved ? (actor.change! > 0 ? 1 : -1) : 0)
            })
            groupSigns = Dictionary(uniqueKeysWithValues: shift.groupShares.compactMap { share -> (Int, Int)? in
                guard let before = share.before, let after = share.after else { return nil }
                return (share.group, Ranking.same(before, after) ? 0 : after > before ? 1 : -1)
            })
            transitions = Self.transitions(shift.transitions)
        }

        static func transitions(_ transitions: [TieTransition]) -> Set<Transition> {
            Set(transitions.map { Transition(first: $0.actors.0, second: $0.actors.1, before: $0.before, after: $0.after) })
        }

        /// Each finding with the test of whether another outcome keeps it.
        func findings(of shift: PowerShift) -> [(Finding, (Outcome) -> Bool)] {
            let dataset = shift.before.snapshot.dataset
            let vocabulary = dataset.vocabulary
            let title = shift.measure.title
            let byActor = Dictionary(uniqueKeysWithValues: shift.actors.map { ($0.actor, $0) })
            func values(_ actor: Int) -> String {
                let shifted = byActor[actor]!
                return "\(FigureText.readable(shifted.before!)) → \(FigureText.readable(shifted.after!))"
            }
            var result: [(Finding, (Outcome) -> Bool)] = []
            for actor in topOrder {
                let name = dataset.actors[actor].name
                result.append((Finding(kind: .topMover, subjects: [dataset.actors[actor].id],
                                       statement: "\(name) is among the \(topOrder.count) largest movers in \(title) (\(values(actor))).", restsOn: []),
                               { $0.top.contains(actor) }))
            }
            for actor in signs.keys.sorted() where signs[actor] != 0 {
                let sign = signs[actor]!
                let name = dataset.actors[actor].name
                result.append((Finding(kind: .movement, subjects: [dataset.actors[actor].id],
                                       statement: "The \(title) of \(name) \(sign > 0 ? "rose" : "fell") (\(values(actor))).", restsOn: []),
                               { $0.signs[actor] == sign }))
            }
            for share in shift.groupShares {
                guard let sign = groupSigns[share.group], sign != 0 else { continue }
                let group = vocabulary.groups[share.group]
                result.append((Finding(kind: .groupShare, subjects: [group.id],
                                       statement: "The share of \(group.label) in \(title) \(sign > 0 ? "rose" : "fell") (\(FigureText.percent(share.before!)) → \(FigureText.percent(share.after!))).", restsOn: []),
                               { $0.groupSigns[share.group] == sign }))
            }
            for transition in transitions.sorted(by: { ($0.first, $0.second) < ($1.first, $1.second) }) {
                let types = vocabulary.relationshipTypes
                let between = "\(dataset.actors[transition.first].name) and \(dataset.actors[transition.second].name)"
                let change = "\(transition.before.map { types[$0].id }.joined(separator: "+")) to \(transition.after.map { types[$0].id }.joined(separator: "+"))"
                result.append((Finding(kind: .transition, subjects: [dataset.actors[transition.first].id, dataset.actors[transition.second].id],
                                       statement: "The ties between \(between) changed from \(change).", restsOn: []),
                               { $0.transitions.contains(transition) }))
            }
            return result
        }
    }
}
