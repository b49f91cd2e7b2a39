// A map read from YAML, measured, and written as the HTML report.
// Built and run only by scripts/fuzz.sh (see Fuzz/README.md), never by SwiftPM.
import Foundation
@testable import ActorMap

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    guard let dataset = DatasetReader().check(data: data, syntax: .yaml, file: "fuzz.yaml").dataset else { return 0 }
    let series = MetricSeries(dataset, moments: [.allTime])
    let shift = PowerShift(before: series.tables[0], after: series.tables[0], measure: .pagerank)
    _ = HTMLReport(series: series, shift: shift, measure: .pagerank).html()
    return 0
}
