import Foundation

/// Where the exported bytes go. Standard output is written as it comes; a
/// file is written to a temporary file in the same folder and renamed over
/// the target only when the run succeeds, so a failed or interrupted run
/// never leaves a half-written or clobbered file.
final class OutputSink: @unchecked Sendable {
    // @unchecked: the fd and paths are written once in init; `abandon` may be
    // called from the signal handler while the main task writes, and only
    // unlinks the temporary file.
    let target: String?
    let temporary: String?
    private let fd: Int32
    private var buffer: [UInt8] = []

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(path: String?) throws {
        guard let path, path != "-" else {
            target = nil
            temporary = nil
            fd = 1
            return
        }
        // A device, FIFO or socket ("-o /dev/null", a named pipe) is written in place: renaming a
        // temporary file over it would replace it with a regular file.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            let fd = open(path, O_WRONLY)
            guard fd >= 0 else {
                throw Failure(description: "\(path): cannot open for writing (\(String(cString: strerror(errno))))")
            }
            self.fd = fd
            target = nil
            temporary = nil
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var template = Array((directory + "/." + url.lastPathComponent + ".claimtrace-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard fd >= 0 else {
            throw Failure(description: "\(path): cannot create a file in \(directory) (\(String(cString: strerror(errno))))")
        }
        fchmod(fd, 0o644)
        self.fd = fd
        target = path
        // mkstemp filled in the X's; drop the C string's terminating NUL.
        temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        var offset = 0
        let count = buffer.count
        let failed: Bool = buffer.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return false }
            while offset < count {
                let n = Foundation.write(fd, base + offset, count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                offset += n
            }
            return false
        }
        buffer.removeAll(keepingCapacity: true)
        if failed {
            throw Failure(description: "\(target ?? "standard output"): write failed (\(String(cString: strerror(errno))))")
        }
    }

    /// Makes the output final (renames the temporary file over the target).
    func commit() throws {
        try flush()
        guard let target, let temporary else { return }
        close(fd)
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: "\(target): cannot replace the file (\(reason))")
        }
    }

    /// Drops the temporary file; an existing target is left as it was.
    func abandon() {
        if let temporary { unlink(temporary) }
    }
}

/// On SIGINT or SIGTERM, remove the temporary output file and exit 130/143.
final class InterruptCleanup {
    private let sources: [any DispatchSourceSignal]

    init(sink: OutputSink) {
        var sources: [any DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                sink.abandon()
                Console.write("\nclaimtrace: interrupted; no output file was written\n")
                exit(128 + sig)
            }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    func cancel() {
        for source in sources { source.cancel() }
    }
}
