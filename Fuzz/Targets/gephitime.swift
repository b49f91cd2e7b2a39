// Any text read as a Gephi time set and as a value over time, alone and in the cells of a
// Data Laboratory edge table (a time set and a weight), which the readers assemble into ties.
// Built and run only by scripts/fuzz.sh (see Fuzz/README.md), never by SwiftPM.
import Foundation
@testable import ActorMap

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = GephiTimeSet.intervals(text)
    _ = GephiTimeSet.intervals(text, timestamps: true)
    _ = GephiTimeSet.values(text)
    _ = GephiTimeSet.holdsTimestamps(text)
    let cell = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    let table = "Source,Target,timeset,Weight,outlook\na,b,\(cell),\(cell),\(cell)\nb,c,<[2016-03-04]>,2,x\n"
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-fuzz-\(getpid()).csv")
    guard (try? Data(table.utf8).write(to: url)) != nil else { return 0 }
    _ = CSVDatasetReader().check(contentsOf: url)
    return 0
}
