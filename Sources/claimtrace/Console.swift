import Foundation

/// Messages to standard error. Library code never prints; only the command does.
enum Console {
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    static func error(_ message: String) { write("claimtrace: error: \(message)\n") }
    static func warning(_ message: String) { write("claimtrace: warning: \(message)\n") }
    static func note(_ message: String) { write("claimtrace: \(message)\n") }

    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        writeAll(fd: 2, &bytes)
    }

    static func writeAll(fd: Int32, _ bytes: inout [UInt8]) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, base + offset, raw.count - offset)
                if n <= 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }
}

/// A one-line progress display on standard error: articles, MB read, MB/s and,
/// when the input size is known, the time left.
struct ProgressMeter {
    let enabled: Bool
    let totalBytes: Int
    let started: ContinuousClock.Instant
    private var lastDraw: ContinuousClock.Instant
    private var drawn = false

    init(enabled: Bool, totalBytes: Int, started: ContinuousClock.Instant) {
        self.enabled = enabled
        self.totalBytes = totalBytes
        self.started = started
        lastDraw = started
    }

    mutating func update(articles: Int, bytes: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastDraw > .milliseconds(250) else { return }
        lastDraw = now
        let seconds = max(0.001, (now - started) / .seconds(1))
        let mb = Double(bytes) / 1_000_000
        var line = String(format: "\r%d articles, %.1f MB, %.1f MB/s", articles, mb, mb / seconds)
        if totalBytes > bytes, bytes > 0 {
            let eta = Double(totalBytes - bytes) / (Double(bytes) / seconds)
            line += String(format: ", %.0f%%, ETA %.0f s", 100 * Double(bytes) / Double(totalBytes), eta)
        }
        Console.write(line + "\u{1B}[K")
        drawn = true
    }

    mutating func clear() {
        if drawn { Console.write("\r\u{1B}[K") }
        drawn = false
    }
}
