import ClaimTraceCore
import Synchronization

/// A record that could not become an article, and why.
public struct Rejection: Sendable, CustomStringConvertible {
    public var location: RecordLocation
    public var reason: String

    public init(location: RecordLocation, reason: String) {
        self.location = location
        self.reason = reason
    }

    public var description: String { "\(location): \(reason)" }
}

/// Counts what readers saw, shared between the reader task and the command
/// that prints the summary. Every record is either an article, skipped
/// (not an article by design, e.g. a blank record) or rejected.
public final class ReadStats: Sendable {
    private struct Counts {
        var records = 0
        var articles = 0
        var skipped = 0
        var rejected: [Rejection] = []
        var bytes = 0
    }

    private let counts = Mutex(Counts())
    private let onReject: @Sendable (Rejection) -> Void
    private let onSkip: @Sendable (Rejection) -> Void

    /// `onReject` is called as each rejection happens (the CLI prints it); `onSkip` for records skipped with a
    /// reason worth telling.
    public init(onReject: @escaping @Sendable (Rejection) -> Void = { _ in }, onSkip: @escaping @Sendable (Rejection) -> Void = { _ in }) {
        self.onReject = onReject
        self.onSkip = onSkip
    }

    public func recordArticle(bytes: Int) {
        counts.withLock {
            $0.records += 1
            $0.articles += 1
            $0.bytes += bytes
        }
    }

    public func recordSkipped(bytes: Int = 0) {
        counts.withLock {
            $0.records += 1
            $0.skipped += 1
            $0.bytes += bytes
        }
    }

    /// A record skipped for a reason a user should hear ("the page holds no article"), not a blank one.
    public func recordSkipped(bytes: Int = 0, because note: Rejection) {
        recordSkipped(bytes: bytes)
        onSkip(note)
    }

    public func reject(_ rejection: Rejection, bytes: Int = 0) {
        counts.withLock {
            $0.records += 1
            $0.rejected.append(rejection)
            $0.bytes += bytes
        }
        onReject(rejection)
    }

    /// An article already counted as read turned out unusable: count it as rejected instead.
    public func reclassifyAsRejected(_ rejection: Rejection) {
        counts.withLock {
            $0.articles -= 1
            $0.rejected.append(rejection)
        }
        onReject(rejection)
    }

    public var records: Int { counts.withLock { $0.records } }
    public var articles: Int { counts.withLock { $0.articles } }
    public var skipped: Int { counts.withLock { $0.skipped } }
    public var rejected: [Rejection] { counts.withLock { $0.rejected } }
    public var bytes: Int { counts.withLock { $0.bytes } }
}
