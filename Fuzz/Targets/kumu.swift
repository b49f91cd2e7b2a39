// Any bytes read as Kumu's JSON (a blueprint or a project export).
// Built and run only by scripts/fuzz.sh (see Fuzz/README.md), never by SwiftPM.
import Foundation
@testable import ActorMap

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    _ = KumuJSONReader.recognises(data)
    _ = KumuJSONReader().check(data: data, file: "fuzz.json")
    return 0
}
