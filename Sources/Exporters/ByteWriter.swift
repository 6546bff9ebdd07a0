/// An output buffer that exporters write through a pointer: an append is a capacity check and a copy.
/// (`[UInt8].append(contentsOf:)` checked uniqueness and took a generic path for every literal and
/// field, half of the JSON exporter's time.) Not copyable, so the memory has one owner and is freed once.
struct ByteWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = Swift.max(64, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always) mutating func append(_ byte: UInt8) {
        if count == capacity { grow(1) }
        base[count] = byte
        count += 1
    }

    @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(bytes.count) }
        (base + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    /// A literal's bytes.
    @inline(__always) mutating func append(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// A string's UTF-8 bytes.
    @inline(__always) mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    private mutating func grow(_ needed: Int) {
        let newCapacity = Swift.max(capacity * 2, count + needed)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = newCapacity
    }

    /// The bytes written, as an array (the buffer is freed when the writer goes).
    func bytes() -> [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
