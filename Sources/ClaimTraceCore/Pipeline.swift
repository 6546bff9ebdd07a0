import AsyncAlgorithms

/// A run of consecutive items, tagged with its position so the runner can
/// restore input order after parallel work.
public struct Batch<Element: Sendable>: Sendable {
    public var sequence: Int
    public var elements: [Element]

    public init(sequence: Int, elements: [Element]) {
        self.sequence = sequence
        self.elements = elements
    }
}

/// A pull-based producer of items (a reader over a file, a list in a test).
/// Errors thrown here end the run; per-record problems are the source's own
/// business (readers report and skip them).
public protocol RecordSource: SendableMetatype {
    associatedtype Element: Sendable
    mutating func next() throws -> Element?
}

/// A source over an array, for tests and small in-memory runs.
public struct ArraySource<Element: Sendable>: RecordSource {
    var iterator: IndexingIterator<[Element]>
    public init(_ elements: [Element]) { iterator = elements.makeIterator() }
    public mutating func next() -> Element? { iterator.next() }
}

/// Runs a ``Stage`` over a ``RecordSource`` on several cores and hands the
/// results to a sink in input order.
///
/// ```
///  source ──▶ [reader task] ──Batch<In>──▶ inputs channel ──▶ worker 1…jobs
///                                                                  │
///  sink ◀── reorder by sequence ◀── outputs channel ◀──Batch<Out>──┘
/// ```
///
/// - Both channels are `AsyncChannel`s: rendezvous, so a slow consumer stops
///   its producer (back-pressure) instead of growing a queue.
/// - Channels carry batches of `batchSize` items, because one channel hop
///   costs microseconds and would dominate per-article work.
/// - At most `maxInFlight` batches exist between the reader and the sink
///   (a window the reader must acquire before it reads), so memory stays flat
///   even when one batch is much slower than the others.
/// - The sink sees outputs strictly in input order, so the bytes written never
///   depend on `jobs`.
/// - With `jobs == 1` there are no tasks or channels at all: read, process and
///   write take turns on the calling task (one core, the baseline).
public struct PipelineRunner<S: Stage>: Sendable {
    public let stage: S
    public let jobs: Int
    public let batchSize: Int
    public let maxInFlight: Int

    public init(stage: S, jobs: Int, batchSize: Int = 64, maxInFlight: Int? = nil) {
        self.stage = stage
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
        self.maxInFlight = max(self.jobs, maxInFlight ?? 2 * self.jobs)
    }

    /// Runs the whole source through the stage. `sink` is called in order,
    /// once per batch, on the calling task.
    public func run<Source: RecordSource>(
        source: sending Source,
        sink: ([S.Output]) async throws -> Void
    ) async throws where Source.Element == S.Input {
        if jobs == 1 {
            // One job means one core: read, process and write in turn, with no task or channel
            // in between, so `--jobs 1` is the true single-core baseline.
            var source = source
            var elements: [S.Input] = []
            elements.reserveCapacity(batchSize)
            while true {
                let item = try source.next()
                if let item { elements.append(item) }
                if elements.count == batchSize || (item == nil && !elements.isEmpty) {
                    try await sink(elements.map(stage.process))
                    elements.removeAll(keepingCapacity: true)
                }
                if item == nil { return }
            }
        }
        let inputs = AsyncThrowingChannel<Batch<S.Input>, any Error>()
        let outputs = AsyncChannel<Batch<S.Output>>()
        let window = Window(permits: maxInFlight)
        let stage = self.stage
        let batchSize = self.batchSize
        let jobs = self.jobs

        // The reader is an unstructured task because it takes ownership of the
        // (non-Sendable) source; it is cancelled and awaited before returning.
        let reader = Task {
            var source = source
            var sequence = 0
            do {
                reading: while true {
                    guard await window.acquire() else { break }
                    var elements: [S.Input] = []
                    elements.reserveCapacity(batchSize)
                    while elements.count < batchSize {
                        guard let item = try source.next() else {
                            if !elements.isEmpty {
                                await inputs.send(Batch(sequence: sequence, elements: elements))
                            }
                            break reading
                        }
                        elements.append(item)
                    }
                    await inputs.send(Batch(sequence: sequence, elements: elements))
                    sequence += 1
                }
                inputs.finish()
            } catch {
                inputs.fail(error)
            }
        }
        defer { reader.cancel() }

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                // Workers share one input channel; each batch goes to exactly one of them.
                try await withThrowingTaskGroup(of: Void.self) { workers in
                    for _ in 0..<jobs {
                        workers.addTask {
                            for try await batch in inputs {
                                let out = batch.elements.map(stage.process)
                                await outputs.send(Batch(sequence: batch.sequence, elements: out))
                            }
                        }
                    }
                    defer { outputs.finish() }
                    try await workers.waitForAll()
                }
            }

            do {
                var pending: [Int: [S.Output]] = [:]
                var nextSequence = 0
                for await batch in outputs {
                    pending[batch.sequence] = batch.elements
                    while let ready = pending.removeValue(forKey: nextSequence) {
                        try await sink(ready)
                        nextSequence += 1
                        await window.release()
                    }
                }
                try await group.waitForAll()
                await reader.value
            } catch {
                await window.close()
                group.cancelAll()
                throw error
            }
        }
    }
}

/// A counting semaphore for the reader: it may only start a new batch while
/// fewer than `permits` batches are between it and the sink.
actor Window {
    private var permits: Int
    private var waiters: [CheckedContinuation<Bool, Never>] = []
    private var closed = false

    init(permits: Int) { self.permits = permits }

    /// Waits for a permit; false once the run is being torn down.
    func acquire() async -> Bool {
        if closed || Task.isCancelled { return false }
        if permits > 0 {
            permits -= 1
            return true
        }
        return await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty {
            permits += 1
        } else {
            waiters.removeFirst().resume(returning: true)
        }
    }

    func close() {
        closed = true
        for waiter in waiters { waiter.resume(returning: false) }
        waiters.removeAll()
    }
}
