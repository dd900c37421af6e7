/// A tab-separated data file: a header row naming the columns, then one record per line.
/// Lines starting with `#` and blank lines are ignored, so the files can carry their own notes.
struct TSVTable: Sendable {
    struct Row: Sendable {
        var line: Int
        var cells: [Substring]
    }

    let file: String
    let columns: [String]
    let rows: [Row]

    init(file: String, text: String, required: [String]) throws(SMPCheckError) {
        self.file = file
        var header: [String]?
        var rows: [Row] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = line.last == "\r" ? line.dropLast() : line
            if line.isEmpty || line.first == "#" { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let columns = header else {
                header = cells.map { String($0) }
                continue
            }
            guard cells.count == columns.count else {
                throw .invalidLexicon(file: file, line: lineNumber, reason: "\(cells.count) columns, the header has \(columns.count)")
            }
            rows.append(Row(line: lineNumber, cells: cells))
        }
        guard let header else { throw .invalidLexicon(file: file, line: lineNumber, reason: "no header row") }
        for name in required where !header.contains(name) {
            throw .invalidLexicon(file: file, line: 1, reason: "missing column \(name)")
        }
        self.columns = header
        self.rows = rows
    }

    /// The cell of `column` in `row`, trimmed of spaces.
    func value(_ row: Row, _ column: String) -> String {
        guard let index = columns.firstIndex(of: column), index < row.cells.count else { return "" }
        return row.cells[index].trimmingCharacters(in: " ")
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        var slice = self
        while slice.first == set { slice.removeFirst() }
        while slice.last == set { slice.removeLast() }
        return String(slice)
    }
}
