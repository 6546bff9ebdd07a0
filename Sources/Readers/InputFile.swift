internal import CLzma
internal import CZlib
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClaimTraceCore

/// Why an input could not be read at all (as opposed to one bad record).
public struct InputError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}

/// A file or stdin, decompressed on the fly: gzip through zlib (which passes
/// plain files through unchanged, so sniffing is zlib's job) and xz through
/// liblzma (files only: the magic bytes are checked before opening).
public final class InputFile {
    public let name: String
    private var handle: gzFile?
    private var xz: XZReader?
    /// A member of an archive, already read.
    private var memory: [UInt8] = []
    private var memoryOffset = 0

    /// Bytes already in memory (a member of a tar archive), under the name `name`.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        memory = bytes
    }

    /// Opens `path`; "-" is standard input.
    public init(path: String) throws(InputError) {
        name = path == "-" ? "<stdin>" : path
        if path != "-", Self.isXZ(path) {
            guard let reader = XZReader(path: path) else {
                throw InputError(file: name, message: "cannot open the xz file (\(String(cString: strerror(errno))))")
            }
            xz = reader
            return
        }
        let handle: gzFile?
        if path == "-" {
            handle = gzdopen(dup(0), "rb")
        } else {
            handle = gzopen(path, "rb")
        }
        guard let handle else {
            throw InputError(file: name, message: "cannot open (\(String(cString: strerror(errno)))); check the path")
        }
        gzbuffer(handle, 1 << 17)
        self.handle = handle
    }

    deinit {
        if let handle { gzclose(handle) }
    }

    static func isXZ(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var magic = [UInt8](repeating: 0, count: 6)
        let n = magic.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, 6) }
        return n == 6 && magic == [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]
    }

    /// Reads up to `count` decompressed bytes; 0 at end of input.
    public func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
        if let xz {
            guard let n = xz.read(into: buffer, count: count) else {
                throw InputError(file: name, message: "cannot read: corrupt or truncated xz data")
            }
            return n
        }
        guard let handle else {
            let n = min(count, memory.count - memoryOffset)
            guard n > 0 else { return 0 }
            memory.withUnsafeBytes { raw in
                if let base = raw.baseAddress { buffer.copyMemory(from: base + memoryOffset, byteCount: n) }
            }
            memoryOffset += n
            return n
        }
        let n = gzread(handle, buffer, UInt32(clamping: count))
        if n < 0 {
            var code: Int32 = 0
            let message = gzerror(handle, &code).map { String(cString: $0) } ?? "read error"
            throw InputError(file: name, message: "cannot read: \(message) (truncated or corrupt gzip?)")
        }
        return Int(n)
    }
}

/// Streaming xz (LZMA2) decompression with liblzma; concatenated streams are read as one.
final class XZReader {
    private let fd: Int32
    private var stream = lzma_stream()
    /// liblzma keeps a pointer into the input between calls, so it lives outside any Swift array.
    private let input = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 16)
    private let inputSize = 1 << 16
    private var inputEnded = false
    private var finished = false

    init?(path: String) {
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        // 0x08 is LZMA_CONCATENATED (a macro Swift cannot import): read concatenated streams as one.
        guard lzma_stream_decoder(&stream, UInt64.max, 0x08) == LZMA_OK else {
            close(fd)
            input.deallocate()
            return nil
        }
    }

    deinit {
        lzma_end(&stream)
        input.deallocate()
        close(fd)
    }

    /// Up to `count` bytes; 0 at the end; nil on corrupt data.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int? {
        guard !finished else { return 0 }
        stream.next_out = buffer.assumingMemoryBound(to: UInt8.self)
        stream.avail_out = count
        while stream.avail_out == count || (stream.avail_out > 0 && stream.avail_in > 0) {
            if stream.avail_in == 0, !inputEnded {
                let n = Glibc.read(fd, input, inputSize)
                if n <= 0 { inputEnded = true }
                stream.next_in = UnsafePointer(input)
                stream.avail_in = max(0, n)
            }
            let status = lzma_code(&stream, inputEnded ? LZMA_FINISH : LZMA_RUN)
            if status == LZMA_STREAM_END {
                finished = true
                break
            }
            guard status == LZMA_OK || status == LZMA_BUF_ERROR && !inputEnded else { return nil }
            if inputEnded, stream.avail_in == 0, stream.avail_out == count { return nil }
        }
        return count - stream.avail_out
    }
}

/// Splits an input into lines without copying more than once. Lines keep
/// no terminator; a trailing "\r" is removed.
public struct LineReader {
    public let file: InputFile
    /// A line longer than this is reported and skipped, so one runaway record
    /// cannot take the whole memory.
    public let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    public private(set) var lineNumber = 0

    public init(file: InputFile, maxLineBytes: Int = 64 << 20) {
        self.file = file
        self.maxLineBytes = maxLineBytes
    }

    public enum Line {
        case line(ArraySlice<UInt8>, number: Int)
        case tooLong(number: Int, bytes: Int)
    }

    public mutating func next() throws(InputError) -> Line? {
        var searchFrom = start
        var skipping = false
        var skipped = 0
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                lineNumber += 1
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                if skipping { return .tooLong(number: lineNumber, bytes: skipped + line.count) }
                return .line(line, number: lineNumber)
            }
            if eof {
                guard start < buffer.count || skipping else { return nil }
                lineNumber += 1
                let line = buffer[start...]
                start = buffer.count
                if skipping { return .tooLong(number: lineNumber, bytes: skipped + line.count) }
                return .line(line, number: lineNumber)
            }
            if buffer.count - start > maxLineBytes {
                skipping = true
                skipped += buffer.count - start
                start = buffer.count
            }
            searchFrom = buffer.count - start
            try fill()
            searchFrom += start
        }
    }

    /// The first `count` bytes ahead, without consuming them (for sniffing).
    public mutating func peek(count: Int) throws(InputError) -> ArraySlice<UInt8> {
        while !eof, buffer.count - start < count { try fill() }
        return buffer[start..<min(buffer.count, start + count)]
    }

    /// Up to `count` bytes into `destination`: what is buffered first, then the file.
    public mutating func read(into destination: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
        if start < buffer.count {
            let n = min(count, buffer.count - start)
            buffer.withUnsafeBytes { raw in
                if let base = raw.baseAddress { destination.copyMemory(from: base + start, byteCount: n) }
            }
            start += n
            return n
        }
        return try file.read(into: destination, count: count)
    }

    /// Exactly `count` bytes (fewer only at the end of input), for length-prefixed records.
    public mutating func readExactly(_ count: Int) throws(InputError) -> [UInt8] {
        while !eof, buffer.count - start < count { try fill() }
        let end = min(buffer.count, start + count)
        let bytes = Array(buffer[start..<end])
        start = end
        return bytes
    }

    /// Reads everything that is left (for formats that are one document per file).
    public mutating func readRest(limit: Int) throws(InputError) -> [UInt8]? {
        while !eof {
            if buffer.count - start > limit { return nil }
            try fill()
        }
        let rest = Array(buffer[start...])
        start = buffer.count
        return rest.count > limit ? nil : rest
    }

    private mutating func fill() throws(InputError) {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let chunk = 1 << 18
        let old = buffer.count
        var failure: InputError?
        // Read into a fresh uninitialised chunk (no zero-fill), then append it: one copy per chunk.
        buffer.reserveCapacity(old + chunk)
        let spare = Array<UInt8>(unsafeUninitializedCapacity: chunk) { raw, initialized in
            initialized = 0
            guard let base = raw.baseAddress else { return }
            do throws(InputError) {
                initialized = try file.read(into: base, count: chunk)
            } catch {
                failure = error
            }
        }
        buffer.append(contentsOf: spare)
        let got = spare.count
        if let failure { throw failure }
        if got == 0 { eof = true }
    }
}
