// Any text taken as an SVG document and made fit to sit inside the HTML report.
// Built and run only by scripts/fuzz.sh (see Fuzz/README.md), never by SwiftPM.
import Foundation
@testable import ActorMap

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    _ = HTMLReport.inlineSVG(String(decoding: data, as: UTF8.self))
    return 0
}
