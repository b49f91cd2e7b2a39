import Testing
@testable import ActorMapServer

/// How the gate in front of the server frames what a client sends: each request's head and
/// body, whichever way the bytes arrive, and which requests pass. The expected steps are
/// written out by hand from HTTP/1.1's framing (RFC 9112: a head ends at an empty line, a body
/// is `Content-Length` bytes long, methods are case-sensitive).
@Suite struct RequestFramingTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Every step, the bytes passed joined, for bytes given in pieces of `piece` bytes.
    private func frame(_ text: String, piece: Int) -> (passed: String, refused: [String], tooLong: Bool) {
        var framing = RequestFraming()
        var passed: [UInt8] = [], refused: [String] = [], tooLong = false
        let all = bytes(text)
        var start = 0
        while start < all.count {
            let end = min(start + piece, all.count)
            for step in framing.take(Array(all[start..<end])) {
                switch step {
                case .forward(let chunk): passed += chunk
                case .refuse(let method): refused.append(method)
                case .headTooLong: tooLong = true
                }
            }
            start = end
        }
        return (String(decoding: passed, as: UTF8.self), refused, tooLong)
    }

    @Test(arguments: [1, 2, 7, 1000])
    func getsAndHeadsPassWholeInAnyPieces(_ piece: Int) {
        let get = "GET /map/x.yaml HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        let head = "HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\n\r\nbody"
        let framed = frame(get + head + get, piece: piece)
        #expect(framed.passed == get + head + get)
        #expect(framed.refused.isEmpty && !framed.tooLong)
    }

    @Test(arguments: [1, 3, 1000])
    func anyOtherMethodIsRefusedAndNothingAfterItPasses(_ piece: Int) {
        let get = "GET / HTTP/1.1\r\nHost: h\r\n\r\n"
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "FOO", "get", "Head", "GET2", "M-SEARCH"] {
            let framed = frame(get + "\(method) /map/x.yaml HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc" + get, piece: piece)
            #expect(framed.passed == get, "\(method)")
            #expect(framed.refused == [method], "\(method)")
        }
    }

    /// A GET's body, however long, is passed as body: a request line inside it is not a request.
    @Test func aBodyIsNotReadAsARequest() {
        let body = "FOO / HTTP/1.1\r\n\r\n"
        let get = "GET / HTTP/1.1\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body
        let framed = frame(get + "GET /two HTTP/1.1\r\n\r\n", piece: 5)
        #expect(framed.passed == get + "GET /two HTTP/1.1\r\n\r\n")
        #expect(framed.refused.isEmpty)
    }

    /// A body in chunks, or of a length that cannot be read, is passed on with everything
    /// after it, for the server behind to make sense of.
    @Test(arguments: ["Transfer-Encoding: chunked", "Content-Length: 3\r\nContent-Length: 4", "Content-Length: -1", "Content-Length: +3", "Content-Length: x"])
    func anUnreadableBodyPassesWithAllAfterIt(_ header: String) {
        let text = "GET / HTTP/1.1\r\n\(header)\r\n\r\n3\r\nabc\r\n0\r\n\r\nFOO / HTTP/1.1\r\n\r\n"
        let framed = frame(text, piece: 4)
        #expect(framed.passed == text)
        #expect(framed.refused.isEmpty)
    }

    @Test func emptyLinesBeforeARequestAreDroppedAndBareLineFeedsEndAHead() {
        let framed = frame("\r\n\r\nGET / HTTP/1.1\nHost: h\n\nPUT / HTTP/1.1\n\n", piece: 3)
        #expect(framed.passed == "GET / HTTP/1.1\nHost: h\n\n")
        #expect(framed.refused == ["PUT"])
    }

    @Test func aHeadThatNeverEndsIsRefused() {
        let framed = frame("GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: RequestFraming.longestHead + 10), piece: 4096)
        #expect(framed.passed.isEmpty && framed.tooLong)
        // A head just short of the limit, ended, passes.
        let long = "GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: RequestFraming.longestHead - 100) + "\r\n\r\n"
        #expect(frame(long, piece: 4096).passed == long)
    }

    @Test func endsOfHeads() {
        #expect(RequestFraming.endOfHead(bytes("GET / HTTP/1.1\r\nHost: x\r\n\r\nrest")) == 27)
        #expect(RequestFraming.endOfHead(bytes("GET / HTTP/1.1\r\nHost: x\r\n")) == nil)
        #expect(RequestFraming.endOfHead(bytes("GET / HTTP/1.1\n\n")) == 16)
        #expect(RequestFraming.endOfHead(bytes("GET / HTTP/1.1\r\n\r")) == nil)
        #expect(RequestFraming.bodyLength(of: bytes("GET / HTTP/1.1\r\ncontent-LENGTH:  12 \r\n\r\n")) == 12)
        #expect(RequestFraming.bodyLength(of: bytes("GET / HTTP/1.1\r\n\r\n")) == 0)
    }
}
