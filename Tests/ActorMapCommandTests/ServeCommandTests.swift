import Foundation
import Testing

/// `actormap serve` refusing what it cannot serve, before it listens: each message names the
/// value at fault and the fix. (Tests/serve/test_serve.py runs a real server.)
@Suite struct ServeCommandTests {
    @Test func aMissingPathIsSaid() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("no-such-folder").path
        let result = try actormap("serve", missing, "--port", "0")
        #expect(result.status == 1)
        #expect(result.errors.contains("\(missing): no such file or folder. Fix:"), "\(result.errors)")
    }

    @Test func aFileThatIsNotAMapIsSaid() throws {
        let folder = try TemporaryFolder()
        let notes = try folder.write("notes.txt", "not a map")
        let result = try actormap("serve", notes, "--port", "0")
        #expect(result.status == 1)
        #expect(result.errors.contains("\(notes): not a map file. Fix:"), "\(result.errors)")
        #expect(result.errors.contains(".yaml"), "\(result.errors)")
    }

    /// A right-to-left override makes this name show as "budget-2024lmay.exe": one such file
    /// is not served, and the message shows the mark written out, with the fix.
    @Test(arguments: ["\u{202E}", "\u{2067}", "\u{200F}", "\u{61C}"])
    func oneFileWithAMarkOfDirectionInItsNameIsRefused(_ mark: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("budget-2024\(mark)exe.yaml", "title: x\n")
        let result = try actormap("serve", file, "--port", "0")
        let shown = #"\u{"# + String(mark.unicodeScalars.first!.value, radix: 16, uppercase: true) + "}"
        #expect(result.status == 1)
        #expect(result.errors.contains("budget-2024\(shown)exe.yaml: the name holds"), "\(result.errors)")
        #expect(result.errors.contains("Fix: rename the file"), "\(result.errors)")
        #expect(!result.errors.unicodeScalars.contains { $0.properties.isBidiControl }, "\(result.errors)")
        #expect(result.output.isEmpty, "no address is printed")
    }

    @Test(arguments: ["example.org", "300.1.1.1", "127.0.0.1:80", ""])
    func aHostThatIsNotAnAddressIsSaid(_ host: String) throws {
        let folder = try TemporaryFolder()
        let result = try actormap("serve", folder.url.path, "--host", host)
        #expect(result.status == 64)
        #expect(result.errors.contains("--host \(host): not an IP address"), "\(result.errors)")
        #expect(result.errors.contains("Fix: give 127.0.0.1"), "\(result.errors)")
    }

    @Test(arguments: ["-1", "65536", "99999999"])
    func aPortOutOfRangeIsSaid(_ port: String) throws {
        let folder = try TemporaryFolder()
        let result = try actormap("serve", folder.url.path, "--port", port)
        #expect(result.status == 64)
        #expect(result.errors.contains("--port \(port): ports run from 1 to 65535"), "\(result.errors)")
    }
}
