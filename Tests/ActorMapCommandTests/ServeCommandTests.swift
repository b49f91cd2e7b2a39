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
