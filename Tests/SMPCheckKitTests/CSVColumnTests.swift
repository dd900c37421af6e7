import Testing

@testable import SMPCheckKit

/// Reading only some columns of a wide export (an Open Beauty Facts dump) must give those columns
/// exactly as a full read does, whatever quotes, line ends and broken records the others hold.
struct CSVColumnTests {
    @Test("Kept columns read as in a full read; the others come back empty")
    func keptColumnsMatchFullRead() throws {
        let csv = "a\tb\tc\td\n1\t\"two\n lines\"\t3\t\"x\"\"y\"\n5\t6\t7\t8\r\n9\t10\t\"open\n11\t12\t13\t14\n"
        let full = try ScanTests.readRows(csv)
        let kept = try ScanTests.readRows(csv, keeping: [0, 2])
        #expect(Self.describe(kept, keeping: [0, 2]) == Self.describe(full, keeping: [0, 2]))
        guard case .fields(let second)? = kept.dropFirst().first else {
            Issue.record("no second row")
            return
        }
        #expect(second[1].isEmpty && second[2] == Array("3".utf8))
    }

    @Test("Random sheets: the kept columns of every row agree with a full read")
    func randomSheets() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "bc", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "é"]
        for _ in 0..<300 {
            let csv = (0..<Int.random(in: 1...60, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            let keeping = (0..<4).filter { _ in Bool.random(using: &generator) }
            let full = try ScanTests.readRows(csv, delimiter: UInt8(ascii: ","), limit: 40)
            let kept = try ScanTests.readRows(csv, delimiter: UInt8(ascii: ","), limit: 40, keeping: keeping)
            #expect(
                Self.describe(kept, keeping: keeping) == Self.describe(full, keeping: keeping),
                "\(csv.debugDescription)"
            )
        }
    }

    /// Each row as its kept fields (a missing field reads as empty), or the reason it is malformed.
    private static func describe(_ rows: [CSVReader.Row], keeping: [Int]) -> [String] {
        rows.map {
            switch $0 {
            case .fields(let fields):
                keeping.map { $0 < fields.count ? String(decoding: fields[$0], as: UTF8.self) : "" }
                    .joined(separator: "|")
            case .malformed(let reason): "ERROR " + reason
            }
        }
    }
}
