import Foundation

/// SHA-256 (FIPS 180-4) of files and bytes, for the digests in a result's ``Provenance``.
///
/// Written here rather than taken from a package: a digest of each input is all ActorMap
/// needs, and with swift-crypto a first debug build of the package took over ten minutes on
/// a two-core machine. `ProvenanceTests` checks it against `sha256sum`.
enum SHA256Digest {
    /// The digest of the file at `path` in lower-case hexadecimal, as `sha256sum` prints it.
    ///
    /// - Throws: The error of opening or reading the file.
    /// - Complexity: O(*n*) in the size of the file, read a megabyte at a time.
    static func hexadecimal(ofFileAt path: String) throws -> String {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var hasher = Hasher()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(chunk)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The digest of `bytes` in lower-case hexadecimal, as `sha256sum` prints it.
    ///
    /// - Complexity: O(*n*) for *n* bytes.
    static func hexadecimal(of bytes: Data) -> String {
        digest(bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// The digest of `bytes`.
    static func digest(_ bytes: Data) -> [UInt8] {
        var hasher = Hasher()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest of bytes taken on another core while the caller goes on: reading a map
    /// hashes its file for the provenance beside parsing it, rather than before.
    final class Pending: @unchecked Sendable {
        // Written once on the queue before `finished` is left, read only after waiting on it.
        private var hexadecimal = ""
        private let finished = DispatchGroup()

        /// Starts the digest of `bytes`.
        init(of bytes: Data) {
            finished.enter()
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                hexadecimal = SHA256Digest.hexadecimal(of: bytes)
                finished.leave()
            }
        }

        /// The digest in lower-case hexadecimal, once it is done.
        var value: String {
            finished.wait()
            return hexadecimal
        }
    }

    /// A digest computed over bytes given in pieces.
    struct Hasher {
        private var state: [UInt32] = [
            0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
        ]
        /// The bytes of a block not yet whole: fewer than 64.
        private var pending: [UInt8] = []
        private var length: UInt64 = 0

        /// Adds `bytes` to the message. Whole blocks are mixed straight from `bytes`; only
        /// the ends of a piece that do not fill a block are copied.
        mutating func update(_ bytes: Data) {
            length &+= UInt64(bytes.count)
            bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                var rest = raw[...]
                if !pending.isEmpty {
                    let filling = rest.prefix(64 - pending.count)
                    pending.append(contentsOf: filling)
                    rest = rest.dropFirst(filling.count)
                    guard pending.count == 64 else { return }
                    pending.withUnsafeBytes { compress(blocks: $0) }
                    pending.removeAll(keepingCapacity: true)
                }
                let whole = rest.count / 64 * 64
                if whole > 0 { compress(blocks: UnsafeRawBufferPointer(rebasing: rest.prefix(whole))) }
                pending.append(contentsOf: rest.dropFirst(whole))
            }
        }

        /// The digest of the message: 32 bytes.
        consuming func finalize() -> [UInt8] {
            let bits = length &* 8
            var tail = pending + [0x80]
            while tail.count % 64 != 56 { tail.append(0) }
            for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
            tail.withUnsafeBytes { compress(blocks: $0) }
            return state.flatMap { word in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> UInt32($0)) } }
        }

        private static let k: [UInt32] = [
            0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
            0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
            0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
            0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
            0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
            0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
            0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
            0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
        ]

        /// Mixes `blocks`, a whole number of 64-byte blocks, into the state, with the message
        /// schedule in one buffer on the stack for them all.
        private mutating func compress(blocks: UnsafeRawBufferPointer) {
            precondition(blocks.count % 64 == 0, "SHA-256 mixes whole 64-byte blocks")
            var (h0, h1, h2, h3, h4, h5, h6, h7) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                Self.k.withUnsafeBufferPointer { k in
                    for offset in stride(from: 0, to: blocks.count, by: 64) {
                        for t in 0..<16 {
                            w[t] = UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: offset + 4 * t, as: UInt32.self))
                        }
                        for t in 16..<64 {
                            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                        }
                        var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
                        for t in 0..<64 {
                            let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
                            let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
                            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
                        }
                        h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d; h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
                    }
                }
            }
            state = [h0, h1, h2, h3, h4, h5, h6, h7]
        }

        private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { x >> n | x << (32 - n) }
    }
}
