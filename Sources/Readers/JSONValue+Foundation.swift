import ClaimTraceCore

import Foundation

extension JSONValue {
    /// From what JSONSerialization returns.
    init(foundation value: Any) {
        switch value {
        case let s as String:
            // Foundation may hand back a bridged string; the stages want native UTF-8 storage.
            var native = s
            native.makeContiguousUTF8()
            self = .string(native)
        case let n as NSNumber:
            self = String(cString: n.objCType) == "c" ? .bool(n.boolValue) : .number(n.doubleValue)
        case let a as [Any]: self = .array(a.map(JSONValue.init(foundation:)))
        case let o as [String: Any]: self = .object(o.mapValues(JSONValue.init(foundation:)))
        default: self = .null
        }
    }
}
