import Foundation
@testable import ActorMap

/// A small map with attributes given once, over time and by several informants, whose
/// values at each moment are worked out by hand in the tests that use it.
///
/// At 2012 four actors are on the map and four ties hold: fed–county (MoU), fed–ngo
/// (collaboration), ngo–donor and county–donor (funding).
let stakeholderMap = """
    title: Stakeholders over time
    sources:
      - {id: interview-07, citation: "Interview 7, federation leader, 2013"}
    attributes:
      - {id: formality, label: Formality, applies_to: relationships, type: category, values: [informal, written, signed]}
      - {id: score, label: Score, type: number, min: 0, max: 10, description: A rating out of ten}
    actors:
      - id: fed
        name: Federation
        kind: federation
        since: 2000
        attributes:
          influence: [{since: 2005, value: 3}, {since: 2012, until: 2016, value: 6, sources: [interview-07], confidence: medium}]
          stance: supports
          country: Kenya
      - id: county
        name: County
        kind: county-government
        since: 2000
        attributes:
          influence:
            - {since: 2005, value: 3, informant: wanjiru}
            - {since: 2005, value: 8, informant: otieno}
            - {since: 2010, value: 4, informant: otieno}
            - {since: 2005, until: 2008, value: 5, informant: achieng}
          stance: opposes
      - {id: ngo, name: NGO, kind: support-ngo, attributes: {influence: 7, stance: neutral, score: 4}}
      - {id: donor, name: Donor, kind: donor}
    relationships:
      - {from: fed, to: county, type: mou, since: 2005, attributes: {formality: [{since: 2005, value: informal}, {since: 2010, value: signed}]}}
      - {from: fed, to: ngo, type: collaboration, since: 2000}
      - {from: ngo, to: donor, type: funding}
      - {from: county, to: donor, type: funding, since: 2000}
    """

/// The line of `stakeholderMap`, or of `text`, that first holds `fragment`, counted from 1.
func line(of fragment: String, in text: String = stakeholderMap) -> Int? {
    text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(fragment) }.map { $0 + 1 }
}
