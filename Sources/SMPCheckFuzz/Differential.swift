import SMPCheckKit

/// One label given three ways: as text, as HTML in a `<p>`, and as the ingredient cell of a CSV row.
/// The routes share the tokenizer and classifier but not the reading, so a difference in their
/// verdicts or findings is a reader that loses or adds text.
///
/// The label is made one line of printable text without markup characters first: a line break means
/// something in a label and nothing in HTML, and `<`, `>`, `&` would make the text route read markup.
struct Differential {
    let label: [UInt8]

    init?(label bytes: [UInt8]) {
        let line = Self.plainLine(Array(String(decoding: bytes, as: UTF8.self).utf8))
        guard !line.isEmpty else { return nil }
        label = line
    }

    func run() {
        let text = check(LabelInput(bytes: label, source: "fuzz", kind: .text))
        let page = check(
            LabelInput(
                bytes: Array("<html><body><p>".utf8) + label + Array("</p></body></html>".utf8), source: "fuzz",
                kind: .html))
        precondition(page == text, "HTML <p> and text agree: \(page) vs \(text)")
        let quoted = label.flatMap { $0 == UInt8(ascii: "\"") ? [$0, $0] : [$0] }
        let csv = Array("ingredients\n\"".utf8) + quoted + Array("\"\n".utf8)
        var cell: [String] = []
        try? FuzzTarget.scanner.forEachRecord(inBytes: csv, name: "fuzz.csv") { record in
            if case .report(let report) = FuzzTarget.scanner.result(for: record).outcome {
                cell = Self.summary(of: report)
            } else {
                cell = ["not checked"]
            }
        }
        precondition(cell == text, "CSV cell and text agree: \(cell) vs \(text)")
    }

    private func check(_ input: LabelInput) -> [String] {
        guard let report = try? FuzzTarget.checker.check(input) else { return ["not checked"] }
        return Self.summary(of: report)
    }

    /// The verdict and each finding: what a person is told.
    private static func summary(of report: Report) -> [String] {
        ["\(report.verdict)"] + report.findings.map { "\($0.ingredient) \($0.concern) \($0.severity)" }
    }

    /// Printable one-line text: controls and markup characters become spaces, runs of spaces one.
    private static func plainLine(_ bytes: [UInt8]) -> [UInt8] {
        var line: [UInt8] = []
        for byte in bytes {
            let space =
                byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            if space {
                if let last = line.last, last != UInt8(ascii: " ") { line.append(UInt8(ascii: " ")) }
            } else {
                line.append(byte)
            }
        }
        if line.last == UInt8(ascii: " ") { line.removeLast() }
        return line
    }
}
