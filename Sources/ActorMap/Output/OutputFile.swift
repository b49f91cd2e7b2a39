import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes what ActorMap makes (drawings, reports, tables, datasets) to files: whole or not
/// at all, and without harming what the path points at.
///
/// A regular file is written to a temporary file in the same folder and renamed into place
/// once complete, so that a reader never sees half a file and a failure leaves the old one
/// as it was. The replaced file keeps its permissions (and, where the system allows, its
/// owner). A symbolic link keeps pointing where it did: its target is replaced. A device or
/// a named pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written through, never replaced.
///
/// Temporary files are named `.<name>.actormap-<process>-<random>.partial`. One left by a
/// run that was killed is removed by the next write to the same file once that process is
/// gone.
public enum OutputFile {
    /// Writes `data` to the file at `path`.
    ///
    /// - Parameters:
    ///   - data: The whole content.
    ///   - path: The file to write, as the user gave it; messages name it so.
    /// - Throws: ``OutputError`` naming the path, what is wrong and the fix.
    /// - Complexity: O(*n*) in the size of `data`.
    public static func write(_ data: Data, to path: String) throws(OutputError) {
        try write([(path, data)])
    }

    /// Writes several files as one: either every file is replaced, or none is.
    ///
    /// Every file is first written in full beside its destination; only when all are
    /// complete are they renamed into place, one after another (a rename within a folder
    /// needs no space), so a full disk, a missing folder or a read-only file changes
    /// nothing. Devices and named pipes among them are written through last.
    ///
    /// - Parameter files: Each file's path, as the user gave it, and its whole content.
    /// - Throws: ``OutputError`` for the first file that cannot be written.
    /// - Complexity: O(*n*) in the total size of the files.
    public static func write(_ files: [(path: String, data: Data)]) throws(OutputError) {
        var staged: [(temporary: String, destination: Destination)] = []
        var passThrough: [(path: String, data: Data)] = []
        do throws(OutputError) {
            for (path, data) in files {
                let destination = try Destination(path)
                switch destination.kind {
                case .passThrough, .openFile:
                    passThrough.append((path, data))
                case .replace(let existing):
                    staged.append((try stage(data, for: destination, replacing: existing), destination))
                }
            }
            for file in staged where rename(file.temporary, file.destination.resolved) != 0 {
                throw OutputError(path: file.destination.given, errno: errno)
            }
        } catch {
            for file in staged { unlink(file.temporary) }
            throw error
        }
        for (path, data) in passThrough {
            try writeThrough(data, to: path)
        }
    }

    /// Checks that `path` can be written, without writing it: for a command to say so before
    /// a long run rather than after it.
    ///
    /// - Parameter path: The file to write, as the user gave it.
    /// - Throws: The ``OutputError`` that ``write(_:to:)`` would throw for a missing folder,
    ///   a folder given as a file, a read-only file or a folder without write permission.
    public static func checkWritable(_ path: String) throws(OutputError) {
        let destination = try Destination(path)
        guard case .replace = destination.kind else { return }
        let place = folder(of: destination.resolved)
        if access(place, W_OK | X_OK) != 0 {
            throw OutputError(path: path, errno: errno, folder: place)
        }
    }

    /// Makes the folder at `path`, and any missing folder above it, when it is not there.
    ///
    /// - Parameter path: The folder, as the user gave it.
    /// - Throws: ``OutputError`` when a file stands in the way or the folder cannot be made.
    public static func makeFolder(_ path: String) throws(OutputError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw OutputError(path: path, reason: "it is a file, not a folder.", fix: "choose a folder name, or move the file away.")
            }
            return
        }
        let parent = folder(of: path)
        if parent != path, parent != "." { try makeFolder(parent) }
        if mkdir(path, 0o777) != 0, errno != EEXIST {
            throw OutputError(path: path, errno: errno, folder: folder(of: path))
        }
    }

    /// Writes all of `data` to an open file descriptor, such as standard output, retrying
    /// after interruptions and short writes.
    ///
    /// - Parameters:
    ///   - data: The bytes to write.
    ///   - descriptor: An open, writable file descriptor.
    ///   - name: What to call it in a message, such as "standard output".
    /// - Throws: ``OutputError``; its ``OutputError/isBrokenPipe`` is true when the reader
    ///   has gone away (the process must ignore `SIGPIPE` for this to be reported).
    public static func write(_ data: Data, toDescriptor descriptor: Int32, name: String) throws(OutputError) {
        let failure: Int32? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    if errno == EAGAIN {
                        var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                        _ = poll(&poller, 1, -1)
                        continue
                    }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw OutputError(path: name, errno: failure) }
    }

    // MARK: Where a path leads

    /// What a path given for output is, once symbolic links are followed.
    private struct Destination {
        enum Kind {
            /// A device, named pipe or socket: opened and written, never replaced.
            case passThrough
            /// A file this process already has open, named as `/dev/stdout` or
            /// `/proc/self/fd/1`: written through that descriptor, where it stands (after what
            /// a shell's `>>` keeps).
            case openFile(Int32)
            /// A regular file, or nothing yet: written beside it and renamed into place.
            case replace(existing: stat?)
        }

        /// The path as the user gave it, for messages.
        var given: String
        /// The path after following symbolic links: where the bytes go.
        var resolved: String
        var kind: Kind

        init(_ path: String) throws(OutputError) {
            guard !path.isEmpty else {
                throw OutputError(path: path, reason: "the path is empty.", fix: "give a file name, such as map.svg.")
            }
            given = path
            resolved = path
            var info = stat()
            var hops = 0
            if let descriptor = Self.openDescriptor(path) {
                kind = .openFile(descriptor)
                return
            }
            while lstat(resolved, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
                if let descriptor = Self.openDescriptor(resolved) {
                    kind = .openFile(descriptor)
                    return
                }
                hops += 1
                guard hops <= 40, let target = Self.linkTarget(resolved) else {
                    throw OutputError(path: path, errno: ELOOP)
                }
                resolved = target.hasPrefix("/") ? target : OutputFile.path(target, in: OutputFile.folder(of: resolved))
            }
            if stat(resolved, &info) == 0 {
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    throw OutputError(path: path, reason: "it is a folder.", fix: "give the name of a file, inside it or elsewhere.")
                case S_IFREG:
                    guard access(resolved, W_OK) == 0 else {
                        throw OutputError(path: path, reason: "the file is read-only.", fix: "make it writable (chmod u+w \(path)) or choose another name.")
                    }
                    kind = .replace(existing: info)
                default:
                    kind = .passThrough
                }
            } else {
                let folder = OutputFile.folder(of: resolved)
                guard stat(folder, &info) == 0 else {
                    throw OutputError(path: path, reason: "the folder \(folder) does not exist.", fix: "create it first (mkdir -p \(folder)) or choose another folder.")
                }
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    throw OutputError(path: path, reason: "\(folder) is a file, not a folder.", fix: "choose a path inside a folder.")
                }
                kind = .replace(existing: nil)
            }
        }

        /// The descriptor `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or `/proc/self/fd/N` stands for.
        private static func openDescriptor(_ path: String) -> Int32? {
            switch path {
            case "/dev/stdout": return STDOUT_FILENO
            case "/dev/stderr": return STDERR_FILENO
            default:
                for prefix in ["/dev/fd/", "/proc/self/fd/", "/proc/\(getpid())/fd/"] where path.hasPrefix(prefix) {
                    return Int32(path.dropFirst(prefix.count))
                }
                return nil
            }
        }

        private static func linkTarget(_ path: String) -> String? {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(path, &buffer, buffer.count - 1)
            guard count > 0 else { return nil }
            return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    // MARK: Replacing a regular file

    static let temporaryMarker = ".actormap-"
    static let temporarySuffix = ".partial"

    /// Writes `data` to a new temporary file beside `destination`, with the permissions of
    /// the file it will replace, and returns its path.
    private static func stage(_ data: Data, for destination: Destination, replacing existing: stat?) throws(OutputError) -> String {
        let place = folder(of: destination.resolved)
        let name = name(of: destination.resolved)
        removeAbandonedTemporaries(of: name, in: place)
        let temporary = path(temporaryName(for: name), in: place)
        let mode = existing.map { mode_t($0.st_mode & 0o7777) } ?? 0o666
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw OutputError(path: destination.given, errno: errno, folder: place)
        }
        var failure: OutputError?
        if let existing {
            // open() applies the umask; the file being replaced keeps exactly its own bits.
            if existing.st_uid != getuid() || existing.st_gid != getgid() {
                _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            }
            _ = fchmod(descriptor, mode)
        }
        do throws(OutputError) {
            try write(data, toDescriptor: descriptor, name: destination.given)
            if fsync(descriptor) != 0, errno != EINVAL { failure = OutputError(path: destination.given, errno: errno) }
        } catch {
            failure = error
        }
        if close(descriptor) != 0, failure == nil { failure = OutputError(path: destination.given, errno: errno) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        return temporary
    }

    /// `.<name>.actormap-<process>-<random>.partial`, with the name shortened so that the
    /// whole stays within the 255 bytes a file name may have.
    static func temporaryName(for name: String) -> String {
        var stem = name
        while stem.utf8.count > 180 { stem.removeLast() }
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        return ".\(stem)\(temporaryMarker)\(getpid())-\(random)\(temporarySuffix)"
    }

    /// Removes temporary files of `name` left by runs that were killed: those whose process
    /// no longer exists. Files of a running process, this one included, are left alone.
    private static func removeAbandonedTemporaries(of name: String, in folder: String) {
        var stem = name
        while stem.utf8.count > 180 { stem.removeLast() }
        let prefix = ".\(stem)\(temporaryMarker)"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(temporarySuffix) {
            let tag = entry.dropFirst(prefix.count).dropLast(temporarySuffix.count)
            guard let dash = tag.firstIndex(of: "-"), let process = Int32(tag[..<dash]), process > 0, process != getpid() else { continue }
            if kill(process, 0) != 0, errno == ESRCH {
                unlink(path(entry, in: folder))
            }
        }
    }

    // MARK: Writing through

    private static func writeThrough(_ data: Data, to path: String) throws(OutputError) {
        if case .openFile(let descriptor) = try Destination(path).kind {
            try write(data, toDescriptor: descriptor, name: path)
            return
        }
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError(path: path, errno: errno) }
        defer { close(descriptor) }
        try write(data, toDescriptor: descriptor, name: path)
    }
}

/// Why an output could not be written, said so that the analyst can fix it: the path, what
/// is wrong and what to do.
public struct OutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path as the user gave it, or "standard output".
    public var path: String
    /// What is wrong, as a sentence.
    public var reason: String
    /// What to do about it.
    public var fix: String
    /// True when the reader of a pipe went away (`actormap … | head`): not a failure to
    /// report, only a reason to stop.
    public var isBrokenPipe = false

    /// Creates the error of an output that could not be written.
    ///
    /// - Parameters:
    ///   - path: The path as the user gave it, or "standard output".
    ///   - reason: What is wrong, as a sentence.
    ///   - fix: What to do about it.
    public init(path: String, reason: String, fix: String) {
        self.path = path
        self.reason = reason
        self.fix = fix
    }

    /// The message for a system error number, in words rather than codes.
    ///
    /// - Parameter folder: The folder the error came from making something in, when it did,
    ///   so that permission is the folder's.
    init(path: String, errno code: Int32, folder: String? = nil) {
        self.path = path
        let place = folder ?? OutputFile.folder(of: path)
        switch code {
        case ENOENT:
            (reason, fix) = ("the folder \(place) does not exist.", "create it first (mkdir -p \(place)) or choose another folder.")
        case EACCES, EPERM:
            (reason, fix) = folder != nil
                ? ("you do not have permission to write in the folder \(place).", "choose a folder you can write in, or ask for write permission on \(place).")
                : ("you do not have permission to write it.", "choose a file you can write, or ask for write permission.")
        case ENOSPC:
            (reason, fix) = ("the disk is full.", "free some space, or write to another disk.")
        case EDQUOT:
            (reason, fix) = ("you have used up your disk quota.", "free some space, or write to another disk.")
        case EROFS:
            (reason, fix) = ("the disk is read-only.", "write to another disk.")
        case EFBIG:
            (reason, fix) = ("the file would be larger than this system allows.", "write to another disk, or raise the file size limit (ulimit -f).")
        case ENAMETOOLONG:
            (reason, fix) = ("the name is too long.", "choose a shorter name.")
        case ELOOP:
            (reason, fix) = ("its symbolic links go round in a circle.", "point the link at a file.")
        case EISDIR:
            (reason, fix) = ("it is a folder.", "give the name of a file, inside it or elsewhere.")
        case ENOTDIR:
            (reason, fix) = ("part of the path is a file, not a folder.", "check the path.")
        case EBADF:
            (reason, fix) = ("nothing is open under that number.", "open it in the shell (such as 3> file), or give a file name.")
        case EPIPE:
            (reason, fix) = ("the program reading it has stopped.", "nothing to do.")
            isBrokenPipe = true
        default:
            (reason, fix) = ("\(String(cString: strerror(code)).lowercased()).", "check the path, the disk and the permissions.")
        }
    }

    /// `cannot write out/map.svg: the folder out does not exist. Fix: …`
    public var description: String { "cannot write \(path): \(reason) Fix: \(fix)" }
}

extension OutputFile {
    /// The file called `name` in `folder`: `years/2017.svg`.
    ///
    /// - Parameters:
    ///   - name: The file's name.
    ///   - folder: The folder, with or without a slash at the end.
    /// - Returns: The path, with one slash between folder and name.
    public static func path(_ name: String, in folder: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The folder a path is in: "." for a bare file name, "/" for one at the root.
    static func folder(of path: String) -> String {
        let trimmed = trailingSlashesRemoved(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        let folder = trailingSlashesRemoved(String(trimmed[..<slash]))
        return folder.isEmpty ? "/" : folder
    }

    /// The last part of a path: `2017.svg` for `years/2017.svg`.
    static func name(of path: String) -> String {
        let trimmed = trailingSlashesRemoved(path)
        return trimmed.lastIndex(of: "/").map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
    }

    // Written here rather than with NSString, whose path methods trap on some short paths.
    private static func trailingSlashesRemoved(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}

/// The system's `write`, named apart from ``OutputFile/write(_:to:)``.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
