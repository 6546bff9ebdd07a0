internal import CZlib
import Foundation

/// The few bytes of the ZIP format an XLSX workbook needs: deflated entries
/// written in memory, and read back (for reviewed sheets). zlib does the
/// compression and the CRC; entries carry a fixed timestamp so the same claims
/// give the same bytes on every run.
public struct ZipWriter {
    private var output: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0

    public init() {}

    public mutating func add(_ path: String, _ data: [UInt8]) {
        let name = Array(path.utf8)
        let crc = data.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        let compressed = Zip.deflateRaw(data)
        let offset = UInt32(output.count)
        // Local file header.
        Zip.put32(&output, 0x0403_4b50)
        Zip.put16(&output, 20)  // version needed
        Zip.put16(&output, 0x0800)  // UTF-8 names
        Zip.put16(&output, 8)  // deflate
        Zip.put16(&output, 0)  // time 00:00
        Zip.put16(&output, 0x2821)  // date 2000-01-01
        Zip.put32(&output, crc)
        Zip.put32(&output, UInt32(compressed.count))
        Zip.put32(&output, UInt32(data.count))
        Zip.put16(&output, UInt16(name.count))
        Zip.put16(&output, 0)
        output += name
        output += compressed
        // Central directory entry.
        Zip.put32(&central, 0x0201_4b50)
        Zip.put16(&central, 20)
        Zip.put16(&central, 20)
        Zip.put16(&central, 0x0800)
        Zip.put16(&central, 8)
        Zip.put16(&central, 0)
        Zip.put16(&central, 0x2821)
        Zip.put32(&central, crc)
        Zip.put32(&central, UInt32(compressed.count))
        Zip.put32(&central, UInt32(data.count))
        Zip.put16(&central, UInt16(name.count))
        Zip.put16(&central, 0)
        Zip.put16(&central, 0)
        Zip.put16(&central, 0)
        Zip.put16(&central, 0)
        Zip.put32(&central, 0)
        Zip.put32(&central, offset)
        central += name
        count += 1
    }

    public func finish() -> [UInt8] {
        var out = output
        let centralOffset = UInt32(out.count)
        out += central
        Zip.put32(&out, 0x0605_4b50)
        Zip.put16(&out, 0)
        Zip.put16(&out, 0)
        Zip.put16(&out, UInt16(count))
        Zip.put16(&out, UInt16(count))
        Zip.put32(&out, UInt32(central.count))
        Zip.put32(&out, centralOffset)
        Zip.put16(&out, 0)
        return out
    }
}

public enum Zip {
    static func put16(_ out: inout [UInt8], _ v: UInt16) {
        out.append(UInt8(v & 0xFF))
        out.append(UInt8(v >> 8))
    }

    static func put32(_ out: inout [UInt8], _ v: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((v >> UInt32(shift)) & 0xFF)) }
    }

    static func get16(_ b: [UInt8], _ i: Int) -> Int { i + 1 < b.count ? Int(b[i]) | Int(b[i + 1]) << 8 : 0 }
    static func get32(_ b: [UInt8], _ i: Int) -> Int { get16(b, i) | get16(b, i + 2) << 16 }

    static func deflateRaw(_ data: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return [] }
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(data.count))) + 16)
        var input = data
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            out.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                _ = deflate(&stream, Z_FINISH)
                return outBuffer.count - Int(stream.avail_out)
            }
        }
        return Array(out.prefix(produced))
    }

    static func inflateRaw(_ data: ArraySlice<UInt8>, size: Int) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: max(1, size))
        var input = Array(data)
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
            out.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                return inflate(&stream, Z_FINISH)
            }
        }
        return status == Z_STREAM_END ? out : nil
    }

    /// The entries of a ZIP archive by name (stored or deflated; at most 256 MiB each).
    public static func entries(_ archive: [UInt8]) -> [String: [UInt8]]? {
        // The end-of-central-directory record is in the last 64 KiB.
        var eocd = -1
        var i = archive.count - 22
        while i >= max(0, archive.count - 65_557) {
            if get32(archive, i) == 0x0605_4b50 {
                eocd = i
                break
            }
            i -= 1
        }
        guard eocd >= 0 else { return nil }
        let total = get16(archive, eocd + 10)
        var p = get32(archive, eocd + 16)
        var result: [String: [UInt8]] = [:]
        for _ in 0..<total {
            guard p + 46 <= archive.count, get32(archive, p) == 0x0201_4b50 else { return nil }
            let method = get16(archive, p + 10)
            let compressedSize = get32(archive, p + 20)
            let size = get32(archive, p + 24)
            let nameLength = get16(archive, p + 28)
            let extra = get16(archive, p + 30)
            let comment = get16(archive, p + 32)
            let local = get32(archive, p + 42)
            guard p + 46 + nameLength <= archive.count, size <= 256 << 20 else { return nil }
            let name = String(decoding: archive[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            let dataStart = local + 30 + get16(archive, local + 26) + get16(archive, local + 28)
            guard local + 30 <= archive.count, dataStart + compressedSize <= archive.count else { return nil }
            let raw = archive[dataStart..<(dataStart + compressedSize)]
            switch method {
            case 0: result[name] = Array(raw)
            case 8: result[name] = inflateRaw(raw, size: size)
            default: break
            }
            p += 46 + nameLength + extra + comment
        }
        return result
    }
}
