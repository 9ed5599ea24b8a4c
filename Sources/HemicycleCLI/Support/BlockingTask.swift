import Dispatch

/// Runs async work from a synchronous command (the CLI's commands are synchronous) and waits for
/// it on the calling thread, which is never one of the concurrency pool's.
package enum BlockingTask {
    private final class Outcome<T: Sendable>: @unchecked Sendable {
        // Written by the task before it signals, read by the caller after it waits.
        var result: Result<T, any Error>?
    }

    package static func run<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = Outcome<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { outcome.result = .success(try await operation()) } catch { outcome.result = .failure(error) }
            done.signal()
        }
        done.wait()
        guard let result = outcome.result else { preconditionFailure("the task signalled without a result") }
        return try result.get()
    }
}
