import CYajl
import ClaimTraceCore

/// JSON text to ``JSONValue`` through yajl's event parser: no Foundation
/// objects in between, strings built once from yajl's unescaped bytes.
///
/// Invalid UTF-8 inside strings is replaced with U+FFFD, never an error;
/// nesting deeper than ``maxDepth`` is an error (the value would otherwise
/// cost a deep recursion to free).
public enum JSONParser {
    public static let maxDepth = 512

    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// yajl's words ("premature EOF", "invalid object key (must be a string)").
        public var message: String
        /// How far the parser got, in bytes.
        public var offset: Int
        public var description: String { "\(message) at byte \(offset)" }
    }

    /// The single JSON value in `bytes` (surrounding whitespace allowed).
    public static func parse(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> JSONValue {
        let builder = Builder()
        let context = Unmanaged.passUnretained(builder).toOpaque()
        let outcome: Failure? = withUnsafePointer(to: callbacks) { callbacks in
            guard let handle = yajl_alloc(callbacks, nil, context) else {
                return Failure(message: "out of memory", offset: 0)
            }
            defer { yajl_free(handle) }
            // Strings are validated (and repaired) by Swift, so bad UTF-8 costs a U+FFFD, not the record.
            yajl_config_dont_validate(handle)
            var status = yajl_status_ok
            if let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 {
                status = yajl_parse(handle, base, bytes.count)
            }
            // Counted within the chunk just parsed: the end of the text when completing fails.
            var offset = yajl_get_bytes_consumed(handle)
            if status == yajl_status_ok {
                status = yajl_complete_parse(handle)
                offset = bytes.count
            }
            guard status != yajl_status_ok else { return nil }
            if var failure = builder.failure {
                failure.offset = offset
                return failure
            }
            guard let text = yajl_get_error(handle, 0, nil, 0) else {
                return Failure(message: "not JSON", offset: offset)
            }
            defer { yajl_free_error(handle, text) }
            var message = String(cString: text)
            if message.hasPrefix("parse error: ") { message.removeFirst("parse error: ".count) }
            while message.last?.isWhitespace == true { message.removeLast() }
            return Failure(message: message, offset: offset)
        }
        if let outcome { throw outcome }
        guard let root = builder.root else { throw Failure(message: "no JSON value", offset: bytes.count) }
        return root
    }

    public static func parse(_ bytes: some Collection<UInt8>) throws(Failure) -> JSONValue {
        let result: Result<JSONValue, Failure>? = bytes.withContiguousStorageIfAvailable { buffer in
            do throws(Failure) { return .success(try parse(UnsafeRawBufferPointer(buffer))) } catch { return .failure(error) }
        }
        if let result { return try result.get() }
        return try parse(Array(bytes))
    }

    /// Collects yajl's events into values: one stack of open arrays, one of open objects.
    final class Builder {
        var root: JSONValue?
        var failure: Failure?
        private var arrays: [[JSONValue]] = []
        private var objects: [[String: JSONValue]] = []
        private var keys: [String] = []
        /// For each open container, outermost first: true for an object.
        private var open: [Bool] = []

        func add(_ value: JSONValue) {
            guard let isObject = open.last else {
                root = value
                return
            }
            if isObject {
                let key = keys.removeLast()
                objects[objects.count - 1][key] = value
            } else {
                arrays[arrays.count - 1].append(value)
            }
        }

        func start(object: Bool) -> Bool {
            guard open.count < JSONParser.maxDepth else {
                failure = Failure(message: "nested deeper than \(JSONParser.maxDepth) levels", offset: 0)
                return false
            }
            open.append(object)
            if object { objects.append([:]) } else { arrays.append([]) }
            return true
        }

        func key(_ key: String) { keys.append(key) }

        func endObject() {
            open.removeLast()
            add(.object(objects.removeLast()))
        }

        func endArray() {
            open.removeLast()
            add(.array(arrays.removeLast()))
        }
    }

    private static func builder(_ context: UnsafeMutableRawPointer?) -> Builder? {
        context.map { Unmanaged<Builder>.fromOpaque($0).takeUnretainedValue() }
    }

    private static func string(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> String {
        guard let bytes else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    // yajl returns to its caller when a callback returns 0: that is how depth errors stop it.
    private static let callbacks = yajl_callbacks(
        yajl_null: { context in
            builder(context)?.add(.null)
            return 1
        },
        yajl_boolean: { context, value in
            builder(context)?.add(.bool(value != 0))
            return 1
        },
        yajl_integer: nil,
        yajl_double: nil,
        yajl_number: { context, text, count in
            // Raw digits, so that integers beyond 64 bits read as doubles instead of failing.
            let digits = text.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: count), as: UTF8.self) } ?? ""
            builder(context)?.add(Double(digits).map(JSONValue.number) ?? .null)
            return 1
        },
        yajl_string: { context, bytes, count in
            builder(context)?.add(.string(string(bytes, count)))
            return 1
        },
        yajl_start_map: { context in
            builder(context)?.start(object: true) == true ? 1 : 0
        },
        yajl_map_key: { context, bytes, count in
            builder(context)?.key(string(bytes, count))
            return 1
        },
        yajl_end_map: { context in
            builder(context)?.endObject()
            return 1
        },
        yajl_start_array: { context in
            builder(context)?.start(object: false) == true ? 1 : 0
        },
        yajl_end_array: { context in
            builder(context)?.endArray()
            return 1
        }
    )
}
