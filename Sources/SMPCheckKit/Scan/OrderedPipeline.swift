import Foundation

/// Worker threads that run jobs while the calling thread submits them and takes their outputs
/// back in submission order.
///
/// Reading and writing stay on the caller, so readers and writers need not be thread-safe; the
/// caller reads the next jobs while the workers run earlier ones, and no barrier leaves a worker
/// idle while the others finish a window. At most `capacity` jobs are in flight (submitted, not yet
/// taken back), which bounds memory whatever the size of the input.
///
/// With one worker there are no threads: a job runs on the calling thread when it is submitted.
final class OrderedPipeline<Job: Sendable, Output: Sendable>: @unchecked Sendable {
    private let transform: @Sendable (Job) -> Output
    private let threads: Int
    /// Guards everything below; workers wait on it for jobs, the caller for the next output.
    private let condition = NSCondition()
    /// Jobs not yet started, oldest first, with their submission numbers.
    private var queue: [(number: Int, job: Job)] = []
    /// Finished outputs by submission number modulo `capacity`: no more than `capacity` are in flight.
    private var outputs: [Output?]
    private var submitted = 0
    private var delivered = 0
    private var closed = false
    private var running = 0
    /// Jobs that may be in flight at once.
    private let capacity: Int

    init(workers: Int, capacity: Int, transform: @escaping @Sendable (Job) -> Output) {
        self.transform = transform
        self.capacity = max(1, capacity)
        threads = workers > 1 ? workers : 0
        outputs = Array(repeating: nil, count: self.capacity)
        running = threads
        for _ in 0..<threads {
            // The thread keeps the pipeline alive until it has left `work()`, lock and all.
            let thread = Thread { self.work() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Whether another job may be submitted without exceeding `capacity`.
    var hasRoom: Bool {
        condition.lock()
        defer { condition.unlock() }
        return submitted - delivered < capacity
    }

    /// Queues a job; call only when `hasRoom`.
    func submit(_ job: Job) {
        condition.lock()
        defer { condition.unlock() }
        precondition(!closed && submitted - delivered < capacity, "pipeline is closed or full")
        if threads == 0 {
            outputs[submitted % capacity] = transform(job)
        } else {
            queue.append((submitted, job))
            condition.broadcast()
        }
        submitted += 1
    }

    /// The output of the oldest job not yet taken back, waiting for it to finish; nil when every
    /// submitted job was taken back.
    func next() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        guard delivered < submitted else { return nil }
        let slot = delivered % capacity
        while outputs[slot] == nil { condition.wait() }
        defer { outputs[slot] = nil }
        delivered += 1
        condition.broadcast()
        return outputs[slot]
    }

    /// Drops the jobs not yet started, lets the running ones finish, and stops the workers.
    /// Call once, when done: until then the workers wait for jobs.
    func finish() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        queue.removeAll()
        condition.broadcast()
        while running > 0 { condition.wait() }
    }

    private func work() {
        condition.lock()
        defer { condition.unlock() }
        while true {
            while queue.isEmpty, !closed { condition.wait() }
            guard !queue.isEmpty else { break }
            let (number, job) = queue.removeFirst()
            condition.unlock()
            let output = transform(job)
            condition.lock()
            outputs[number % capacity] = output
            condition.broadcast()
        }
        running -= 1
        condition.broadcast()
    }
}
