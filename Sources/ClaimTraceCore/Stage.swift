/// A pure, per-item transform with typed input and output.
///
/// Stages hold only immutable options, so the runner may call `process` on
/// many items at once from different tasks. Joining two stages whose types do
/// not line up is a compile error (see ``Chain``).
public protocol Stage<Input, Output>: Sendable {
    associatedtype Input: Sendable
    associatedtype Output: Sendable
    func process(_ input: Input) -> Output
}

/// Two stages fused into one: `second(first(x))`, with no channel between them.
public struct Chain<First: Stage, Second: Stage>: Stage where First.Output == Second.Input {
    public let first: First
    public let second: Second

    public init(_ first: First, _ second: Second) {
        self.first = first
        self.second = second
    }

    @inlinable
    public func process(_ input: First.Input) -> Second.Output {
        second.process(first.process(input))
    }
}

extension Stage {
    /// `a.then(b)` is the stage that runs `a`, then `b`.
    public func then<Next: Stage>(_ next: Next) -> Chain<Self, Next> where Next.Input == Output {
        Chain(self, next)
    }
}

/// A stage from a closure, for tests and small adapters.
public struct AnyStage<Input: Sendable, Output: Sendable>: Stage {
    let body: @Sendable (Input) -> Output

    public init(_ body: @escaping @Sendable (Input) -> Output) {
        self.body = body
    }

    public func process(_ input: Input) -> Output { body(input) }
}
