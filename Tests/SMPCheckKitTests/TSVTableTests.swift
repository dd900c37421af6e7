import Testing

@testable import SMPCheckKit

@Suite("TSVTable: the lexicon's data files")
struct TSVTableTests {
    private let text =
        "# a note\nname\tconcerns\tvariants\r\n\nAqua\t\t Water | Eau ||\nLinalool\tfragrance-allergen, fragrance ,\tLinalol\n"

    @Test("Rows skip notes and blank lines, keep their line numbers, and lose a CRLF's return")
    func rows() throws {
        let table = try TSVTable(file: "t.tsv", text: text, required: ["name", "concerns"])
        #expect(table.columns == ["name", "concerns", "variants"])
        #expect(table.rows.map(\.line) == [4, 5])
        #expect(table.rows.map { table.value($0, "name") } == ["Aqua", "Linalool"])
        #expect(table.value(table.rows[1], "variants") == "Linalol")
        #expect(table.value(table.rows[0], "no such column") == "")
    }

    @Test("A list cell splits at its separator, trims each part and leaves empty parts out")
    func lists() throws {
        let table = try TSVTable(file: "t.tsv", text: text, required: [])
        #expect(table.list(table.rows[0], "variants", separator: UInt8(ascii: "|")) == ["Water", "Eau"])
        #expect(table.list(table.rows[0], "concerns", separator: UInt8(ascii: ",")) == [])
        #expect(
            table.list(table.rows[1], "concerns", separator: UInt8(ascii: ",")) == ["fragrance-allergen", "fragrance"])
    }

    @Test("A row with the wrong number of cells is refused with its line")
    func wrongWidth() {
        #expect(throws: SMPCheckError.invalidLexicon(file: "t.tsv", line: 2, reason: "1 columns, the header has 2")) {
            try TSVTable(file: "t.tsv", text: "a\tb\nonly\n", required: [])
        }
    }
}
