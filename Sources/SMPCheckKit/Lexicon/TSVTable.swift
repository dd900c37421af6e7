/// A tab-separated data file: a header row naming the columns, then one record per line.
/// Lines starting with `#` and blank lines are ignored, so the files can carry their own notes.
///
/// Parsed on UTF-8 bytes, with every row's cells in one flat array: the CosIng inventory alone
/// has 28,000 rows, and start-up time matters.
struct TSVTable: Sendable {
    struct Row: Sendable {
        var line: Int
        /// Index of the row's first cell in `cells`; a row has one cell per column.
        fileprivate var firstCell: Int
    }

    let file: String
    let columns: [String]
    let rows: [Row]
    /// The file's bytes; cell ranges index into them.
    let bytes: [UInt8]
    private let cells: [Range<Int>]
    private let columnIndex: [String: Int]

    init(file: String, text: String, required: [String]) throws(SMPCheckError) {
        self.file = file
        let bytes = Array(text.utf8)
        var cells: [Range<Int>] = []
        cells.reserveCapacity(bytes.count / 16)
        let (header, rows) = try bytes.withUnsafeBufferPointer { buffer throws(SMPCheckError) in
            try Self.split(buffer, file: file, into: &cells)
        }
        for name in required where !header.contains(name) {
            throw .invalidLexicon(file: file, line: 1, reason: "missing column \(name)")
        }
        self.columns = header
        self.rows = rows
        self.bytes = bytes
        self.cells = cells
        var index: [String: Int] = [:]
        for (position, name) in header.enumerated() { index[name] = position }
        columnIndex = index
    }

    /// Splits the file into rows and cells, with no copies; `memchr` finds the line ends and tabs.
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, file: String, into cells: inout [Range<Int>])
        throws(SMPCheckError) -> (header: [String], rows: [Row])
    {
        var header: [String]?
        var rows: [Row] = []
        var lineNumber = 0
        var lineStart = 0
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = ByteSearch.firstIndex(of: 0x0A, in: bytes, lineStart..<bytes.count) ?? bytes.count
            let next = lineEnd + 1
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { lineStart = next }
            if lineEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
            let firstCell = cells.count
            var cellStart = lineStart
            while let tab = ByteSearch.firstIndex(of: 0x09, in: bytes, cellStart..<lineEnd) {
                cells.append(cellStart..<tab)
                cellStart = tab + 1
            }
            cells.append(cellStart..<lineEnd)
            guard let columns = header else {
                header = cells[firstCell...].map {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)
                }
                cells.removeAll(keepingCapacity: true)
                continue
            }
            let count = cells.count - firstCell
            guard count == columns.count else {
                throw .invalidLexicon(
                    file: file, line: lineNumber, reason: "\(count) columns, the header has \(columns.count)")
            }
            rows.append(Row(line: lineNumber, firstCell: firstCell))
        }
        guard let header else { throw .invalidLexicon(file: file, line: lineNumber, reason: "no header row") }
        return (header, rows)
    }

    /// The position of a column, to read many rows' cells without looking the name up each time.
    func position(of column: String) -> Int? { columnIndex[column] }

    /// The byte range of a cell, trimmed of spaces.
    func range(_ row: Row, column position: Int) -> Range<Int> {
        trimmed(cells[row.firstCell + position])
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var range = range
        while !range.isEmpty, bytes[range.lowerBound] == 0x20 { range = (range.lowerBound + 1)..<range.upperBound }
        while !range.isEmpty, bytes[range.upperBound - 1] == 0x20 { range = range.lowerBound..<(range.upperBound - 1) }
        return range
    }

    /// The cell of `column` in `row` split at `separator`, each part trimmed of spaces, empty parts
    /// left out (`healing-exfoliant, fragrance` -> two ids). Split on the bytes: 1,300 entries' lists are
    /// read at every start.
    func list(_ row: Row, _ column: String, separator: UInt8) -> [String] {
        guard let position = columnIndex[column] else { return [] }
        let cell = range(row, column: position)
        var parts: [String] = []
        var start = cell.lowerBound
        while start <= cell.upperBound {
            let end = ByteSearch.firstIndex(of: separator, in: bytes, start..<cell.upperBound) ?? cell.upperBound
            let part = trimmed(start..<end)
            if !part.isEmpty { parts.append(String(decoding: bytes[part], as: UTF8.self)) }
            start = end + 1
        }
        return parts
    }

    /// The cell of `column` in `row`, trimmed of spaces; empty when the table has no such column.
    func value(_ row: Row, _ column: String) -> String {
        guard let position = columnIndex[column] else { return "" }
        return String(decoding: bytes[range(row, column: position)], as: UTF8.self)
    }
}
