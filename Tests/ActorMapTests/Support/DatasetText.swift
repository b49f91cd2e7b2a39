import Foundation
@testable import ActorMap

/// Reads dataset text as if from a file with this name.
func check(_ text: String, syntax: DatasetReader.Syntax = .yaml, file: String = "map.yaml") -> ValidationReport {
    DatasetReader().check(data: Data(text.utf8), syntax: syntax, file: file)
}

/// A small valid map to build variations on: a federation, a county and a donor.
let smallMap = """
    title: Small map
    sources:
      - {id: brief, citation: "A brief"}
    actors:
      - {id: fed, name: Federation, kind: federation, since: 2000}
      - {id: county, name: County, kind: county-government, since: 2005, until: 2020}
      - {id: donor, name: Donor, kind: donor}
    relationships:
      - {from: fed, to: county, type: contention, since: 2005, until: 2010, source: brief}
      - {from: fed, to: county, type: mou, since: 2012, until: 2020, weight: 2, source: brief}
      - {from: donor, to: fed, type: funding, since: 2008, until: 2015, amount: 50000, currency: USD}
    """
