/// Runs jobs on a fixed number of child tasks and hands their outputs back in submission order,
/// with a bounded number in flight: the async counterpart of the library's `OrderedPipeline`,
/// which runs on threads and blocks its caller, and so cannot serve a handler on Swift's
/// cooperative pool.
///
/// Job *n* goes to worker *n* mod `workers`; each worker runs its jobs in order, so the outputs are
/// read back from the workers in turn, with no reordering buffer. With one worker, jobs run one at
/// a time (on one core) while the producer reads ahead and the consumer writes.
enum OrderedWorkers {
    /// Runs `produce` (which calls its `submit` argument for each job, in order) beside the workers,
    /// and `consume` on each output in submission order on the calling task.
    ///
    /// `submit` waits while `window` jobs are submitted and not yet consumed, which bounds memory;
    /// it returns false once the work is being cancelled (the consumer threw), and the producer
    /// should stop. A throw from `consume` cancels the producer and the workers and is rethrown.
    static func run<Job: Sendable, Output: Sendable>(
        workers: Int, window: Int, transform: @escaping @Sendable (Job) -> Output,
        produce: @escaping @Sendable (_ submit: (Job) async -> Bool) async -> Void,
        consume: (Output) async throws -> Void
    ) async throws {
        let workers = max(1, workers)
        let window = max(workers, window)
        let jobs = (0..<workers).map { _ in AsyncStream<Job>.makeStream() }
        let outputs = (0..<workers).map { _ in AsyncStream<Output>.makeStream() }
        // The consumer gives one credit back per output it took; the producer spends one per job.
        let (credits, credit) = AsyncStream<Void>.makeStream()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<workers {
                group.addTask {
                    for await job in jobs[worker].stream { outputs[worker].continuation.yield(transform(job)) }
                    outputs[worker].continuation.finish()
                }
            }
            group.addTask {
                var sequence = 0
                var inFlight = 0
                var returned = credits.makeAsyncIterator()
                await produce { job in
                    if inFlight >= window {
                        guard await returned.next() != nil else { return false }
                        inFlight -= 1
                    }
                    jobs[sequence % workers].continuation.yield(job)
                    sequence += 1
                    inFlight += 1
                    return !Task.isCancelled
                }
                for job in jobs { job.continuation.finish() }
            }
            var results = outputs.map { $0.stream.makeAsyncIterator() }
            var next = 0
            while let output = await results[next % workers].next() {
                try await consume(output)
                credit.yield()
                next += 1
            }
            try await group.waitForAll()
        }
    }
}
