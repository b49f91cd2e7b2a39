// A map read from YAML and drawn as DOT, where every user string must come out escaped.
// Built and run only by scripts/fuzz.sh (see Fuzz/README.md), never by SwiftPM.
import Foundation
@testable import ActorMap

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    guard let dataset = DatasetReader().check(data: data, syntax: .yaml, file: "fuzz.yaml").dataset,
          let diagram = try? Diagram(Snapshot(dataset)) else { return 0 }
    _ = diagram.text
    return 0
}
