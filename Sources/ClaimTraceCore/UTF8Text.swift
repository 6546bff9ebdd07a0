/// Helpers for moving between UTF-8 byte offsets (used inside the pipeline)
/// and Unicode scalar offsets (used in the output contract).
public enum UTF8Text {
    /// True for bytes that start a scalar (anything but 10xxxxxx).
    @inlinable
    public static func isScalarStart(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }

    /// Number of Unicode scalars in `bytes[from..<to]`.
    @inlinable
    public static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var n = 0
        var i = from
        while i < to {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    /// A String from a byte range; invalid sequences become U+FFFD.
    @inlinable
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
    }
}

extension String {
    /// Runs `body` over the string's UTF-8 bytes without copying when the
    /// storage is native (always on Linux).
    @inlinable
    public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        let copy = Array(utf8)
        return try copy.withUnsafeBufferPointer(body)
    }
}
