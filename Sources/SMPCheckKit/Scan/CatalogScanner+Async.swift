extension CatalogScanner {
    /// Checks records as they arrive, on up to `workers` tasks at once, yielding results in input
    /// order: for a server streaming a request body, or a database cursor. Memory holds at most a
    /// window of `2 × workers` records in flight.
    ///
    /// The stream ends when `records` ends, and finishes with its error if it throws; cancelling the
    /// consumer cancels the work.
    public func results<Records: AsyncSequence & Sendable>(for records: Records) -> AsyncThrowingStream<
        ScanResult, any Error
    >
    where Records.Element == CatalogRecord {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: ScanResult.self)
        let window = max(2, workers * 2)
        let task = Task {
            do {
                try await withThrowingTaskGroup(of: (Int, ScanResult).self) { group in
                    var submitted = 0
                    var nextToYield = 0
                    var finished: [Int: ScanResult] = [:]
                    func yieldReady() {
                        while let ready = finished.removeValue(forKey: nextToYield) {
                            continuation.yield(ready)
                            nextToYield += 1
                        }
                    }
                    for try await record in records {
                        while submitted - nextToYield >= window, let (index, result) = try await group.next() {
                            finished[index] = result
                            yieldReady()
                        }
                        let index = submitted
                        group.addTask { (index, result(for: record)) }
                        submitted += 1
                    }
                    for try await (index, result) in group {
                        finished[index] = result
                        yieldReady()
                    }
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
