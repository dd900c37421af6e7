/// Reads CSV and TSV per RFC 4180 from a catalog file in chunks: quoted fields with embedded
/// delimiters, newlines and doubled quotes, CRLF or LF line ends, a UTF-8 byte-order mark.
///
/// A record that cannot be read (a quote left open to the end of the file, or a record over
/// `maximumRecordBytes`) is returned as `.malformed`, and reading resumes at the line after the
/// one where that record started, so one broken row never swallows the rest of a catalog.
struct CSVReader {
    enum Row {
        case fields([[UInt8]])
        case malformed(String)
    }

    let delimiter: UInt8
    let maximumRecordBytes: Int
    private let file: CatalogFile
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    /// Where the record being parsed starts: `fill` keeps the buffer from here on.
    private var recordStart = 0
    /// A byte-order mark is skipped once, before the first record.
    private var atFileStart = true
    /// Fields of the last record: rows of a sheet are as wide as each other, so the next record's
    /// list of fields is made that large at once.
    private var lastWidth = 0
    /// The columns whose bytes are kept (empty: all). Other fields are parsed, for their quotes and
    /// delimiters, but come back empty: an Open Beauty Facts dump is some 200 columns wide and a
    /// check reads five of them, so copying the rest would be most of the reading.
    private var keptColumns: [Bool] = []
    private static let chunk = 1 << 18

    init(file: CatalogFile, delimiter: UInt8, maximumRecordBytes: Int, prefix: [UInt8] = []) {
        self.file = file
        self.delimiter = delimiter
        self.maximumRecordBytes = maximumRecordBytes
        buffer = prefix
    }

    /// From the next row on, only these columns' fields carry their bytes; the others are empty.
    mutating func keepOnly(columns: some Sequence<Int>) {
        keptColumns = []
        for column in columns where column >= 0 {
            if column >= keptColumns.count {
                keptColumns += repeatElement(false, count: column + 1 - keptColumns.count)
            }
            keptColumns[column] = true
        }
    }

    @inline(__always) private func keeps(_ column: Int) -> Bool {
        keptColumns.isEmpty || (column < keptColumns.count && keptColumns[column])
    }

    /// The next row, nil at the end of the file; blank lines are not rows.
    mutating func next() throws(SMPCheckError) -> Row? {
        if atFileStart {
            atFileStart = false
            while buffer.count < 3, try fill() {}
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        }
        while true {
            try skipBlankLines()
            guard position < buffer.count else { return nil }
            recordStart = position
            switch try parseRecord() {
            case .success(let fields):
                return .fields(fields)
            case .failure(let problem):
                resume(afterLineOf: recordStart)
                return .malformed(problem.description)
            }
        }
    }

    private enum Problem: Error, CustomStringConvertible {
        case unterminatedQuote
        case tooLong(Int)

        var description: String {
            switch self {
            case .unterminatedQuote: "a quoted field is never closed (unterminated quote)"
            case .tooLong(let limit): "the record is over the \(limit)-byte limit (an unterminated quote?)"
            }
        }
    }

    // MARK: Parsing

    /// Parses one record at `position`, or says why it cannot be read (see `next`).
    private mutating func parseRecord() throws(SMPCheckError) -> Result<[[UInt8]], Problem> {
        var fields: [[UInt8]] = []
        fields.reserveCapacity(lastWidth)
        defer { lastWidth = fields.count }
        var field: [UInt8] = []
        var quoted = false
        var keeping = keeps(0)
        // Whether the field has bytes so far, kept or not: a quote opens a field only at its start.
        var fieldHasBytes = false
        while true {
            if !quoted, !fieldHasBytes, fields.count >= keptColumns.count, !keptColumns.isEmpty, skipRestOfRecord() {
                return .success(fields)
            }
            if position - recordStart > maximumRecordBytes { return .failure(.tooLong(maximumRecordBytes)) }
            if position >= buffer.count {
                guard try fill() else {
                    if quoted { return .failure(.unterminatedQuote) }
                    fields.append(field)
                    return .success(fields)
                }
                continue
            }
            let byte = buffer[position]
            if quoted, byte != UInt8(ascii: "\"") {
                // Copy the run up to the next quote (or the end of the buffer) at once: ingredient
                // lists are quoted fields, and `memchr` finds their closing quote many bytes at a time.
                let end =
                    ByteSearch.firstIndex(of: UInt8(ascii: "\""), in: buffer, position..<buffer.count) ?? buffer.count
                if keeping { field.append(contentsOf: buffer[position..<end]) }
                fieldHasBytes = true
                position = end
                continue
            }
            if quoted {
                // A quote inside a quoted field: doubled, it is a literal quote; alone, it closes the field.
                guard try peek(1) else {
                    position += 1
                    quoted = false
                    continue
                }
                if buffer[position + 1] == UInt8(ascii: "\"") {
                    if keeping { field.append(byte) }
                    fieldHasBytes = true
                    position += 2
                } else {
                    quoted = false
                    position += 1
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\"") where !fieldHasBytes:
                quoted = true
                position += 1
            case delimiter:
                fields.append(field)
                field = []
                position += 1
                keeping = keeps(fields.count)
                fieldHasBytes = false
            case 0x0A:
                position += 1
                fields.append(field)
                return .success(fields)
            case 0x0D:
                position += 1
                if try peek(0), buffer[position] == 0x0A { position += 1 }
                fields.append(field)
                return .success(fields)
            default:
                let end = endOfRun(from: position + 1)
                if keeping { field.append(contentsOf: buffer[position..<end]) }
                fieldHasBytes = true
                position = end
            }
        }
    }

    /// Where the unquoted run that goes on at `start` ends: the next special byte, or the buffer's end.
    private func endOfRun(from start: Int) -> Int {
        buffer.withUnsafeBufferPointer { bytes in
            var end = start
            while end < bytes.count, !isSpecial(bytes[end]) { end += 1 }
            return end
        }
    }

    /// Ends the record at its line end when every kept column has been read and the rest of the line
    /// has no quote or bare carriage return (which could make it span lines): its fields would all
    /// come back empty, so `memchr` finds the end instead of reading them. False leaves the record
    /// to be parsed field by field.
    private mutating func skipRestOfRecord() -> Bool {
        guard let newline = ByteSearch.firstIndex(of: 0x0A, in: buffer, position..<buffer.count),
            newline - recordStart <= maximumRecordBytes
        else { return false }
        let end = newline > position && buffer[newline - 1] == 0x0D ? newline - 1 : newline
        guard ByteSearch.firstIndex(of: UInt8(ascii: "\""), in: buffer, position..<end) == nil,
            ByteSearch.firstIndex(of: 0x0D, in: buffer, position..<end) == nil
        else { return false }
        position = newline + 1
        return true
    }

    /// Bytes that end an unquoted run: the delimiter and line ends (a quote only matters at a field's start).
    @inline(__always) private func isSpecial(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == 0x0A || byte == 0x0D
    }

    private mutating func skipBlankLines() throws(SMPCheckError) {
        while true {
            recordStart = position
            if position >= buffer.count, !(try fill()) { return }
            let byte = buffer[position]
            guard byte == 0x0A || byte == 0x0D else { return }
            position += 1
        }
    }

    /// After a malformed record, continue at the line after the one where it started.
    private mutating func resume(afterLineOf start: Int) {
        var index = start
        while index < buffer.count, buffer[index] != 0x0A { index += 1 }
        position = min(index + 1, buffer.count)
    }

    /// Whether the byte at `position + offset` is available, reading more when needed.
    private mutating func peek(_ offset: Int) throws(SMPCheckError) -> Bool {
        while position + offset >= buffer.count {
            guard try fill() else { return false }
        }
        return true
    }

    /// Reads another chunk, first dropping what lies before the record being parsed, so the buffer
    /// holds at most one record plus one chunk.
    private mutating func fill() throws(SMPCheckError) -> Bool {
        guard !atEnd else { return false }
        if recordStart > 0, recordStart >= buffer.count / 2 {
            buffer.removeSubrange(0..<recordStart)
            position -= recordStart
            recordStart = 0
        }
        if try file.read(into: &buffer, count: Self.chunk) == 0 { atEnd = true }
        return !atEnd
    }
}
