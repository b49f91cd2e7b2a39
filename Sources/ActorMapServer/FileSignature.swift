import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What tells one version of a file from the next without reading it: its device and inode
/// (an editor that saves by writing a new file and renaming it over the old changes these),
/// its size and the time it was last modified, to the nanosecond where the system keeps it.
public struct FileSignature: Hashable, Sendable {
    let device: UInt64, inode: UInt64, size: Int64, seconds: Int64, nanoseconds: Int64

    /// The signature of the regular file at `path`, links followed.
    ///
    /// - Parameter path: A file.
    /// - Returns: `nil` when nothing is there, or it is not a regular file.
    public init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        device = UInt64(truncatingIfNeeded: info.st_dev)
        inode = UInt64(truncatingIfNeeded: info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
        seconds = Int64(info.st_mtimespec.tv_sec)
        nanoseconds = Int64(info.st_mtimespec.tv_nsec)
        #else
        seconds = Int64(info.st_mtim.tv_sec)
        nanoseconds = Int64(info.st_mtim.tv_nsec)
        #endif
    }
}
