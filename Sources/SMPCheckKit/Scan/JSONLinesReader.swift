/// Catalog records from JSON Lines: one JSON object per line. The reader finds the lines; each is
/// decoded later, on a scan's worker (see `JSONLineDecoder`).
struct JSONLinesReader: FileCatalogReader {
    let file: CatalogFile
    private let decoder: JSONLineDecoder
    private var splitter: LineSplitter
    private var lines: [LineSplitter.Line]
    private var nextLineIndex = 0
    private var atEnd = false
    private var number = 0

    init(file: CatalogFile, prefix: [UInt8], options: CatalogOptions, fields: CatalogFields) {
        self.file = file
        decoder = JSONLineDecoder(source: file.path, options: options, fields: fields)
        splitter = LineSplitter(maximumLineBytes: options.maximumRecordBytes)
        lines = splitter.append(prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? prefix.dropFirst(3) : prefix[...])
    }

    /// The next line, left for a worker to decode.
    mutating func next() throws(SMPCheckError) -> PendingRecord? {
        while let line = try nextLine() {
            switch line {
            case .tooLong:
                number += 1
                return .ready(
                    CatalogRecord(
                        number: number, id: nil, source: file.path,
                        content: .error("the line is over the \(splitter.maximumLineBytes)-byte limit")))
            case .line(let bytes):
                guard !bytes.allSatisfy(ByteClass.isSpace) else { continue }
                number += 1
                return .jsonLine(number: number, line: bytes, decoder: decoder)
            }
        }
        return nil
    }

    private mutating func nextLine() throws(SMPCheckError) -> LineSplitter.Line? {
        while nextLineIndex == lines.count {
            guard !atEnd else { return nil }
            var chunk: [UInt8] = []
            if try file.read(into: &chunk, count: 1 << 18) == 0 {
                atEnd = true
                lines = splitter.finish().map { [$0] } ?? []
            } else {
                lines = splitter.append(chunk)
            }
            nextLineIndex = 0
        }
        defer { nextLineIndex += 1 }
        return lines[nextLineIndex]
    }
}
