import Foundation

/// Checks every record of a catalog export and writes one result per record, in input order.
///
/// Streams: records are read in windows of batches, the batches of a window are checked and
/// formatted on all workers at once, and the window is written in order before the next is read,
/// so memory holds one window whatever the size of the catalog.
public struct CatalogScanner: Sendable {
    public var checker: SMPChecker
    public var phase: Phase
    /// Threads that check records; 1 checks on the calling thread.
    public var workers: Int
    /// Records per batch: large enough to amortize scheduling, small enough to spread a window evenly.
    public var batchSize = 32

    public init(checker: SMPChecker, phase: Phase = .healing, workers: Int = CatalogScanner.defaultWorkers) {
        self.checker = checker
        self.phase = phase
        self.workers = max(1, workers)
    }

    /// One worker per core.
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Where a scan stands, for progress displays.
    public struct Progress: Sendable {
        public var records: Int
        /// Bytes of the input consumed, and its size (0 when unknown).
        public var offset: Int
        public var size: Int
        /// Wall time since the scan started.
        public var seconds: Double
    }

    /// Scans the catalog at `path` (`-` for stdin), handing formatted output to `write` in order.
    ///
    /// - Throws: `SMPCheckError.unreadableInput` when the file cannot be opened or has no usable
    ///   header. A failure part-way (reading or writing) ends the scan with `ScanSummary.stop` set;
    ///   everything counted before it was written.
    public func scan(
        path: String, options: CatalogOptions = CatalogOptions(), formatter: some ScanFormatter,
        write: ([UInt8]) throws -> Void, progress: ((Progress) -> Void)? = nil
    ) throws(SMPCheckError) -> ScanSummary {
        let clock = ContinuousClock()
        let start = clock.now
        var reader = try CatalogReaders.open(path, options: options)
        var summary = ScanSummary()
        while summary.stop == nil {
            var window: [[PendingRecord]] = []
            do throws(SMPCheckError) {
                try readWindow(from: &reader, into: &window)
            } catch {
                summary.stop = .scanStopped(source: path, afterRecord: summary.records + window.reduce(0) { $0 + $1.count },
                                            reason: error.description)
            }
            if window.isEmpty { break }
            for (bytes, batchSummary) in process(window, formatter: formatter) {
                do {
                    try write(bytes)
                } catch {
                    summary.stop = .scanStopped(source: path, afterRecord: summary.records,
                                                reason: "cannot write the output: \(error)")
                    break
                }
                summary.merge(batchSummary)
            }
            progress?(Progress(records: summary.records, offset: reader.offset, size: reader.size,
                               seconds: (clock.now - start).seconds))
        }
        summary.seconds = (clock.now - start).seconds
        return summary
    }

    /// The results of some records, in order: what `scan` does to each record, for callers that
    /// bring their own records (a request body, a database cursor).
    public func results(for records: [CatalogRecord]) -> [ScanResult] {
        let batches = stride(from: 0, to: records.count, by: batchSize).map {
            Array(records[$0..<min($0 + batchSize, records.count)])
        }
        return Parallel.map(batches, workers: workers) { batch in batch.map(result) }.flatMap { $0 }
    }

    /// Checks one record.
    public func result(for record: CatalogRecord) -> ScanResult {
        ScanResult(record: record.number, id: record.id, source: record.source, outcome: outcome(of: record.content))
    }

    private func outcome(of content: CatalogRecord.Content) -> ScanResult.Outcome {
        switch content {
        case let .label(input):
            do throws(SMPCheckError) {
                return .report(try checker.check(input, phase: phase))
            } catch {
                return .error(error.description)
            }
        case let .skipped(reason): return .skipped(reason)
        case let .error(message): return .error(message)
        }
    }

    // MARK: Pipeline

    /// Enough batches to keep every worker busy for a while, and small ones, so the last batch of a
    /// window leaves the other workers idle only briefly; a read failure ends the window early
    /// and is thrown after the records read before it.
    private func readWindow(from reader: inout any CatalogReader, into window: inout [[PendingRecord]]) throws(SMPCheckError) {
        let batches = workers == 1 ? 1 : workers * 32
        var batch: [PendingRecord] = []
        batch.reserveCapacity(batchSize)
        defer { if !batch.isEmpty { window.append(batch) } }
        while window.count < batches {
            guard let record = try reader.next() else { return }
            batch.append(record)
            if batch.count == batchSize {
                window.append(batch)
                batch = []
                batch.reserveCapacity(batchSize)
            }
        }
    }

    private func process(_ window: [[PendingRecord]], formatter: some ScanFormatter) -> [([UInt8], ScanSummary)] {
        Parallel.map(window, workers: workers) { batch in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(batch.count * 8192)
            var summary = ScanSummary()
            for pending in batch {
                let result = result(for: pending.record)
                formatter.write(result, to: &bytes)
                summary.add(result)
            }
            return (bytes, summary)
        }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
