import Testing

@testable import SMPCheckKit

/// The plain-name fast path copies and lower-cases a name in one go; it must give the key every
/// step would, or a name would be looked up under two keys depending on how it was printed.
@Suite("Key normalizer: the fast path agrees with every step")
struct KeyNormalizerTests {
    let normalizer = sharedChecker.lexicon.normalizer

    func expectAgreement(_ names: some Sequence<String>) {
        for name in names {
            let bytes = Array(name.utf8)
            #expect(normalizer.keyBytes(bytes) == normalizer.fullKey(bytes), "\(name)")
        }
    }

    @Test("Brackets, periods and their spacing; codes, colour indexes and spellings")
    func handWritten() {
        expectAgreement([
            "Cocos Nucifera (Coconut) Oil", "Aqua ( Water )", "Aqua (Water )", "Aqua( Water)", "Aqua (Water)Glycerin",
            "Mica (nano)", "Zinc Oxide [Nano]", "Titanium Dioxide (Nano )", "Talc (Code F.I.L. D240552/1)",
            "Talc (F.I.L. C183943/1)",
            "Talc (lot 4)", "Talc ()", "Talc ( )", "Iron Oxides (CI 77491)", "Iron Oxides (CI77491)",
            "Iron Oxides (cl 77491)",
            "C.I. 77891", "Pigment (c.i. 77891)", "Vit. E", "Alcohol Denat.", "Tocopherol.", ".Tocopherol",
            "Sodium Laureth Sulphate",
            "Sodium Laureth Sulphate (Sulphate)", "Polyquaternium -10", "Aqua / Water", "Aqua/ Water",
            "Aqua (Water) / Eau",
            "Parfum (Fragrance", "Parfum Fragrance)", "((Aqua))", "[Aqua] (Water)", "Glycerin (nanoparticle)",
            "Glycerin (coded)",
        ])
    }

    @Test("Every CosIng inventory name")
    func inventory() {
        expectAgreement(sharedChecker.lexicon.inventory.map(\.name))
    }

    @Test("Every item of the real labels", .enabled(if: Repository.shared != nil))
    func corpus() throws {
        let records = try #require(try Repository.sharedRecords("corpus/labels.jsonl"))
        let items = records.flatMap {
            ($0["text"] as! String).split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" })
        }
        expectAgreement(Set(items.map(String.init)))
    }
}
