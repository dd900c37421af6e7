import Testing

@testable import SMPCheckKit

@Suite("Family rule index: all rules at once, as each rule reads alone")
struct FamilyRuleIndexTests {
    let lexicon = sharedChecker.lexicon

    @Test("The index names the same first rule as testing each rule's columns in turn, on every CosIng name")
    func agreesWithRules() {
        let index = FamilyRuleIndex(lexicon.rules)
        var matched = 0
        for name in lexicon.inventory.map(\.name) + Self.ruleNames {
            let key = lexicon.key(for: name)
            let words = Array(key.utf8).split(separator: 0x20)
            let expected = lexicon.rules.firstIndex { Self.reads($0, words) }
            #expect(index.firstMatch(key) == expected, "\(name)")
            if expected != nil { matched += 1 }
        }
        // Enough names meet a rule that a mask mistake cannot pass unseen.
        #expect(matched > 500)
        // Words are what the spaces leave, however many there are.
        #expect(index.firstMatch("  sodium  laureth  sulfate ") != nil)
        #expect(index.firstMatch("  sodium  laureth  sulfate ") == index.firstMatch("sodium laureth sulfate"))
    }

    @Test("Globs: `*` anywhere, literal words, and a word's first and last bytes")
    func globs() {
        func matches(_ pattern: String, _ word: String) -> Bool { WordGlob(pattern).matches(ArraySlice(word.utf8)) }
        #expect(matches("*lauryl", "tea-lauryl") && !matches("*lauryl", "lauryls"))
        #expect(matches("c*-*", "c14-16") && !matches("c*-*", "c14") && !matches("c*-*", "ac14-16"))
        #expect(
            matches("*phenylenediamine*", "n-phenyl-p-phenylenediamine") && !matches("*phenylenediamine*", "phenylene"))
        #expect(matches("peg-*", "peg-100") && !matches("peg-*", "ppg-100"))
        #expect(matches("sodium", "sodium") && !matches("sodium", "sodiums"))
        #expect(WordGlob("sodium").literal == Array("sodium".utf8) && WordGlob("peg-*").literal == nil)
    }

    /// Names the rules are written for, beside CosIng's (which lists few fragrant oils by common name).
    private static let ruleNames = [
        "sodium c13-17 pareth sulfate", "ammonium laureth-3 sulfate", "sodium c14-16 olefin sulfonate",
        "potassium cocoate", "saponified olive oil", "sd alcohol 40-b", "methylisothiazolinone",
        "retinyl palmitate", "hydroxyethyl salicylic acid", "lavender oil", "bergamot peel oil", "sweet orange oil",
        "parfum", "natural fragrance", "fragrance-free", "seaweed extract", "prunus domestica seed oil",
        "dihydroxypropyltrimonium methosulfate", "", "oil",
    ]

    /// A rule read column by column, as its schema states it.
    private static func reads(_ rule: FamilyRule, _ words: [ArraySlice<UInt8>]) -> Bool {
        func any(_ globs: [WordGlob], _ word: ArraySlice<UInt8>) -> Bool { globs.contains { $0.matches(word) } }
        guard let first = words.first, let last = words.last else { return false }
        return (rule.first.isEmpty || any(rule.first, first)) && (rule.last.isEmpty || any(rule.last, last))
            && rule.any.allSatisfy { group in words.contains { any(group, $0) } }
            && !words.contains { any(rule.none, $0) }
    }
}
