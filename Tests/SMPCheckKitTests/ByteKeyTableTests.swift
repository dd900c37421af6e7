import Testing

@testable import SMPCheckKit

@Suite("ByteKeyTable: byte-string keys, looked up where they lie")
struct ByteKeyTableTests {
    @Test("Keys are found by content, from arrays, slices and strings alike; the first value stays")
    func lookups() {
        var table = ByteKeyTable<Int>()
        let text = Array("aqua, glycerin, aqua".utf8)
        table.insert(1, for: text[0..<4])
        table.insert(2, for: "glycerin".utf8)
        #expect(table.insert(3, for: text[16..<20]) == 0)
        #expect(table[text[16..<20]] == 1)
        #expect(table["glycerin".utf8] == 2)
        #expect(table[Array("glycerol".utf8)] == nil)
        #expect(table[Array("aqu".utf8)] == nil)
        table.update(4, for: "aqua".utf8)
        #expect(table["aqua".utf8] == 4 && table.count == 2)
    }

    @Test("The empty key is a key; growth keeps every entry; removeAll starts over")
    func growth() {
        var table = ByteKeyTable<Int>(minimumCapacity: 2)
        table.insert(-1, for: [UInt8]())
        for number in 0..<10_000 { table.insert(number, for: Array("name \(number)".utf8)) }
        #expect(table.count == 10_001 && table[[UInt8]()] == -1)
        #expect((0..<10_000).allSatisfy { (number: Int) in table[Array("name \(number)".utf8)] == number })
        #expect(String(decoding: table.key(at: 5), as: UTF8.self) == "name 4")
        table.removeAll()
        #expect(table.count == 0 && table["name 1".utf8] == nil)
        table.insert(7, for: "name 1".utf8)
        #expect(table["name 1".utf8] == 7)
    }
}

/// Tables keyed by untrusted text bound their probing; with a limit of one occupied slot, keys
/// refused are plentiful whatever the hash's secrets, which makes the rule visible.
@Suite("ByteKeyTable with a probe limit: a key past the limit is refused, and every key stored is found")
struct ByteKeyTableProbeLimitTests {
    @Test("Refused keys are reported and not found; stored keys are found; the count is the stored keys")
    func refusals() throws {
        var table = ByteKeyTable<Int>(minimumCapacity: 16, probeLimit: 1)
        var stored: [Int] = []
        var refused: [Int] = []
        for number in 0..<2_000 {
            if table.insert(number, for: Array("name \(number)".utf8)) == nil {
                refused.append(number)
            } else {
                stored.append(number)
            }
        }
        #expect(!refused.isEmpty, "a limit of one slot refused nothing in 2,000 keys")
        #expect(table.count == stored.count)
        #expect(stored.allSatisfy { (number: Int) in table[Array("name \(number)".utf8)] == number })
        #expect(refused.allSatisfy { (number: Int) in table[Array("name \(number)".utf8)] == nil })
        // A key refused earlier may fit once the table has grown, so the key for `update` is one the
        // table refuses now (a refusal changes nothing, so `update` meets the same full probe).
        let later = (0..<2_000).lazy.map { Array("later \($0)".utf8) }.first { key in
            var probe = table
            return probe.insert(0, for: key) == nil
        }
        let key = try #require(later)
        table.update(-1, for: key)
        #expect(table[key] == nil, "update does not store a refused key either")
    }

    @Test("Equal bytes hash alike wherever they lie; one table's secrets are not another's")
    func keyedHash() {
        let text = Array("xx sodium laureth sulfate".utf8)
        let hasher = ByteHash()
        let inPlace = text.withUnsafeBytes { hasher.hash(UnsafeRawBufferPointer(rebasing: $0[3...])) }
        let copied = Array(text[3...]).withUnsafeBytes { hasher.hash($0) }
        #expect(inPlace == copied)
        let others = (0..<4).map { _ in Array(text[3...]).withUnsafeBytes { ByteHash().hash($0) } }
        #expect(Set(others + [copied]).count > 1, "five tables' secrets gave one hash")
    }
}

@Suite("Item memo: a name read once is placed right in every label")
struct ItemMemoTests {
    @Test("The same item text in another label, section and position gets its own range and section")
    func placement() throws {
        let first = try check("Ingredients: Aqua, Zzmemo Test Alpha Extract, Glycerin")
        let kit = try check("Day Cream: Aqua, Glycerin. Night Cream: Squalane, Zzmemo Test Alpha Extract, Aqua")
        let early = try #require(first.ingredients.first { $0.printed == "Zzmemo Test Alpha Extract" })
        let late = try #require(kit.ingredients.first { $0.printed == "Zzmemo Test Alpha Extract" })
        #expect(early.position == 2 && early.section == ListSection.declared)
        #expect(late.position == 4 && late.section == "Night Cream")
        let text = Array("Day Cream: Aqua, Glycerin. Night Cream: Squalane, Zzmemo Test Alpha Extract, Aqua".utf8)
        let tokens = try #require(
            try sharedChecker.readIngredientList(LabelInput(bytes: text, source: "t", kind: .text))
        ).2.tokens
        let token = try #require(tokens.first { $0.printed == "Zzmemo Test Alpha Extract" })
        #expect(String(decoding: text[token.range], as: UTF8.self) == "Zzmemo Test Alpha Extract")
    }

    @Test("Footnotes and prose read from a memo are set aside again, in every label")
    func skippedAgain() throws {
        for _ in 0..<2 {
            let report = try check("Ingredients: Aqua, *Certified organic ingredient, Glycerin")
            #expect(report.ingredients.map(\.printed) == ["Aqua", "Glycerin"])
            #expect(report.skipped.map(\.reason) == [.footnote])
        }
    }
}
