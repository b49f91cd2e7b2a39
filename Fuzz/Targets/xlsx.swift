// Any bytes read as an Excel workbook.
// Built and run only by scripts/fuzz.sh (see Fuzz/README.md), never by SwiftPM.
import Foundation
@testable import ActorMap

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    _ = WorkbookReader().check(data: data, file: "fuzz.xlsx")
    return 0
}
