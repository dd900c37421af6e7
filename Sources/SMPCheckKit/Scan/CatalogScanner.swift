import Foundation

/// Checks every record of a catalog export and writes one result per record, in input order.
///
/// Streams: the calling thread reads records in batches and hands them to the workers, which check
/// and format them; it writes the formatted batches back in input order as they finish, and reads
/// the next batches while the workers are busy. A few batches per worker are in flight at once, so
/// memory stays flat whatever the size of the catalog.
public struct CatalogScanner: Sendable {
    public var checker: SMPChecker
    public var phase: Phase
    /// Threads that check records; 1 checks on the calling thread.
    public var workers: Int
    /// The names the built-in readers look for, from the checker's lexicon.
    private var fields: CatalogFields { CatalogFields(checker.lexicon.phrases) }
    /// Records per batch: large enough to amortize handing it over, small enough that the workers
    /// finish batches often and evenly.
    public var batchSize = 32
    /// Enough that a worker always finds the next batch waiting while the caller writes and reads, few
    /// enough that the results held for in-order writing stay a few megabytes.
    private static let batchesInFlightPerWorker = 8
    private static let reservedBytesPerRecord = 16384

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
        var source = FileRecordSource(reader: try CatalogReaders.open(path, options: options, fields: fields))
        return scan(&source, name: path, formatter: formatter, write: write, progress: progress)
    }

    /// Scans a catalog export already in memory (a request body, say), as `scan(path:)` scans a file.
    /// `name` is used in messages and for detecting the format from its extension (`feed.xml`); the
    /// bytes are read as they are (gzip is uncompressed only from a file).
    public func scan(
        bytes: [UInt8], name: String, options: CatalogOptions = CatalogOptions(), formatter: some ScanFormatter,
        write: ([UInt8]) throws -> Void, progress: ((Progress) -> Void)? = nil
    ) throws(SMPCheckError) -> ScanSummary {
        let file = CatalogFile(bytes: bytes, name: name)
        var source = FileRecordSource(reader: try CatalogReaders.open(file, options: options, fields: fields))
        return scan(&source, name: name, formatter: formatter, write: write, progress: progress)
    }

    /// Scans the records a reader of your own hands over (a feed format smpcheck does not read, a
    /// database cursor), handing formatted output to `write` in order, as `scan(path:)` does.
    ///
    /// A failure of the reader or of `write` part-way ends the scan with `ScanSummary.stop` set;
    /// everything counted before it was written.
    public func scan(
        _ reader: some CatalogReader, source name: String = "records", formatter: some ScanFormatter,
        write: ([UInt8]) throws -> Void, progress: ((Progress) -> Void)? = nil
    ) -> ScanSummary {
        var source = CallerRecordSource(reader: reader)
        return scan(&source, name: name, formatter: formatter, write: write, progress: progress)
    }

    private func scan(
        _ reader: inout some RecordSource, name path: String, formatter: some ScanFormatter,
        write: ([UInt8]) throws -> Void, progress: ((Progress) -> Void)?
    ) -> ScanSummary {
        let clock = ContinuousClock()
        let start = clock.now
        var summary = ScanSummary()
        var read = 0
        var reading = true
        let pipeline = OrderedPipeline(workers: workers, capacity: workers * Self.batchesInFlightPerWorker) { batch in
            process(batch, formatter: formatter)
        }
        defer { pipeline.finish() }
        while true {
            // Keep the workers supplied: the next batches are read while they check earlier ones.
            while reading, pipeline.hasRoom {
                var batch: [PendingRecord] = []
                do throws(SMPCheckError) {
                    reading = try readBatch(from: &reader, into: &batch)
                } catch {
                    summary.stop = .scanStopped(
                        source: path, afterRecord: read + batch.count, reason: error.description)
                    reading = false
                }
                read += batch.count
                if !batch.isEmpty { pipeline.submit(batch) }
            }
            guard let (bytes, batchSummary) = pipeline.next() else { break }
            do {
                try write(bytes)
            } catch {
                summary.stop = .scanStopped(
                    source: path, afterRecord: summary.records, reason: "cannot write the output: \(error)")
                break
            }
            summary.merge(batchSummary)
            progress?(
                Progress(
                    records: summary.records, offset: reader.offset, size: reader.size,
                    seconds: (clock.now - start).seconds))
        }
        summary.seconds = (clock.now - start).seconds
        return summary
    }

    /// Hands each record of the catalog at `path` (`-` for stdin) to `body`, in order, on this thread:
    /// for callers that look at records themselves, such as an audit of the names a catalog prints.
    public func forEachRecord(
        in path: String, options: CatalogOptions = CatalogOptions(), _ body: (CatalogRecord) -> Void
    ) throws(SMPCheckError) {
        var reader = try CatalogReaders.open(path, options: options, fields: fields)
        while let pending = try reader.next() { body(pending.record) }
    }

    /// Hands each record of a catalog export in memory to `body`, in order, on this thread; `name` is
    /// used in messages and for detecting the format from its extension.
    public func forEachRecord(
        inBytes bytes: [UInt8], name: String, options: CatalogOptions = CatalogOptions(),
        _ body: (CatalogRecord) -> Void
    ) throws(SMPCheckError) {
        var reader = try CatalogReaders.open(CatalogFile(bytes: bytes, name: name), options: options, fields: fields)
        while let pending = try reader.next() { body(pending.record) }
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
        ScanResult(
            record: record.number, id: record.id, source: record.source, outcome: outcome(of: record.content),
            listing: record.listing)
    }

    private func outcome(of content: CatalogRecord.Content) -> ScanResult.Outcome {
        switch content {
        case .label(let input):
            do throws(SMPCheckError) {
                return .report(try checker.check(input, phase: phase))
            } catch {
                return .error(error.description)
            }
        case .skipped(let reason): return .skipped(reason)
        case .error(let message): return .error(message)
        }
    }

    // MARK: Pipeline

    /// Reads up to one batch of records; false when the input is exhausted. A read failure is
    /// thrown after the records read before it, which stay in `batch`.
    private func readBatch(from reader: inout some RecordSource, into batch: inout [PendingRecord])
        throws(SMPCheckError) -> Bool
    {
        batch.reserveCapacity(batchSize)
        while batch.count < batchSize {
            guard let record = try reader.nextPending() else { return false }
            batch.append(record)
        }
        return true
    }

    private func process(_ batch: [PendingRecord], formatter: some ScanFormatter) -> ([UInt8], ScanSummary) {
        var bytes: [UInt8] = []
        // Room for a batch of long reports: a record's JSON runs to some 6 KB on average and 13 KB at
        // the 90th percentile, and a batch that outgrows its buffer copies all it wrote so far.
        bytes.reserveCapacity(batch.count * Self.reservedBytesPerRecord)
        var summary = ScanSummary(batchOf: batch.count)
        for pending in batch {
            let result = result(for: pending.record)
            formatter.write(result, to: &bytes)
            summary.add(result)
        }
        return (bytes, summary)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
