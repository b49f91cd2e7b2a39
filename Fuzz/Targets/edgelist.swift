// Any bytes read as an edge list without a header (networkx's write_edgelist, igraph's ncol).
// Built and run only by scripts/fuzz.sh (see Fuzz/README.md), never by SwiftPM.
import Foundation
@testable import ActorMap

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    _ = EdgeListReader.recognises(String(decoding: data, as: UTF8.self))
    _ = EdgeListReader().check(data: data, file: "fuzz.edgelist")
    return 0
}
