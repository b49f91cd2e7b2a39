// Any bytes read as a CSV table; the reader takes files, so each input is written to one.
// Built and run only by scripts/fuzz.sh (see Fuzz/README.md), never by SwiftPM.
import Foundation
@testable import ActorMap

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-fuzz-\(getpid()).csv")
    guard (try? data.write(to: url)) != nil else { return 0 }
    _ = CSVDatasetReader().check(contentsOf: url)
    return 0
}
