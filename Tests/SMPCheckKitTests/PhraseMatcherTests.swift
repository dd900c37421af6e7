import Testing

@testable import SMPCheckKit

/// The phrase matcher skips most bytes with tables (a byte class, a follower set, a trigram filter, a
/// packed comparison of first bytes). Each shortcut must only ever skip work: its hits are those of a
/// plain matcher that tries every phrase at every position.
@Suite("PhraseMatcher: the table shortcuts find what trying every phrase everywhere finds")
struct PhraseMatcherTests {
    private static let phrases = sharedChecker.lexicon.phrases

    /// Hand-made texts for the edges: case, runs of whitespace inside a phrase, phrases at the very
    /// start and end, inside words, after non-ASCII letters, digits, and the `+/-` marker.
    private static let edgeTexts = [
        "Ingredients: Aqua, Glycerin. May contain: CI 77491.",
        "INGREDIENTS:AQUA", "ingredients", "Ingredient", "xIngredients: Aqua", "2Ingredients: Aqua",
        "Full   ingredient\tlist: Water", "Aqua [+/- CI 77891]", "Aqua+/-CI 77891", "ÉIngredients: Aqua",
        "Composition / Ingrédients : Aqua", "成分：水、甘油", "Sulfate-free, paraben free. Made without silicones.",
        "Contains: Water", "contains", "Directions: apply. Warnings: keep away", "In", "I", "",
    ]

    @Test("Panel and item phrases: the same hits as a byte-by-byte reference, on edge cases and every real label")
    func matchesReference() throws {
        var texts = Self.edgeTexts
        if let records = try Repository.sharedRecords("corpus/labels.jsonl") {
            texts += records.map { $0["text"] as! String }
        }
        var differences: [String] = []
        let structureKinds = LabelPhrases.panelKinds.union(LabelPhrases.itemKinds)
        for (matcher, kinds) in [
            (Self.phrases.structureMatcher, structureKinds), (Self.phrases.remarkMatcher, LabelPhrases.remarkKinds),
        ] {
            let reference = ReferenceMatcher(Self.phrases.entries.filter { kinds.contains($0.kind) })
            for text in texts {
                let bytes = Array(text.utf8)
                // A range that starts and ends inside the text too: its first byte counts as a word start.
                for range in [0..<bytes.count, min(3, bytes.count)..<max(min(3, bytes.count), bytes.count - 2)] {
                    let found = matcher.hits(in: bytes, range: range).map { "\($0.kind)@\($0.range)" }
                    let expected = reference.hits(in: bytes, range: range).map { "\($0.kind)@\($0.range)" }
                    if found != expected { differences.append("\(text.prefix(60)) \(range): \(found) vs \(expected)") }
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.count) texts differ, e.g. \(differences.prefix(3))")
    }

    @Test("The edge cases find what a reader expects")
    func edgeCases() {
        func kinds(_ text: String) -> [LabelPhrases.Kind] {
            let bytes = Array(text.utf8)
            return Self.phrases.structureMatcher.hits(in: bytes, range: 0..<bytes.count).map(\.kind)
        }
        #expect(kinds("INGREDIENTS:AQUA") == [.heading])
        #expect(kinds("xIngredients: Aqua").isEmpty)
        #expect(kinds("2Ingredients: Aqua").isEmpty)
        #expect(kinds("Aqua [+/- CI 77891]") == [.mayContain])
    }
}

/// Tries every phrase that starts with the byte, longest first, at every position of the range, with
/// the matcher's rules: ASCII letters match in any case, a space matches a run of whitespace, a phrase
/// starting with an ASCII letter or digit needs a word start, and one ending with one needs a word end.
private struct ReferenceMatcher {
    /// By first byte only (lower-cased): what the matcher's tables narrow further.
    private var byFirstByte: [[(kind: LabelPhrases.Kind, bytes: [UInt8])]] = Array(repeating: [], count: 256)

    init(_ entries: [(kind: LabelPhrases.Kind, phrase: String, note: String)]) {
        let phrases = entries.map { (kind: $0.kind, bytes: Array($0.phrase.utf8).map(ByteClass.lowercased)) }
            .filter { !$0.bytes.isEmpty }
            .sorted { $0.bytes.count > $1.bytes.count }
        for phrase in phrases { byFirstByte[Int(phrase.bytes[0])].append(phrase) }
    }

    func hits(in text: [UInt8], range: Range<Int>) -> [PhraseMatcher.Hit] {
        var hits: [PhraseMatcher.Hit] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let hit = hit(in: text, at: index, range: range) {
                hits.append(hit)
                index = hit.range.upperBound
            } else {
                index += 1
            }
        }
        return hits
    }

    private func hit(in text: [UInt8], at index: Int, range: Range<Int>) -> PhraseMatcher.Hit? {
        let wordStart = index == range.lowerBound || !Self.isASCIIWordByte(text[index - 1])
        for phrase in byFirstByte[Int(ByteClass.lowercased(text[index]))] {
            if !wordStart, Self.isASCIIWordByte(phrase.bytes[0]) { continue }
            guard let end = Self.end(of: phrase.bytes, in: text, at: index, limit: range.upperBound) else { continue }
            if Self.isASCIIWordByte(phrase.bytes.last!), end < range.upperBound, Self.isASCIIWordByte(text[end]) {
                continue
            }
            return PhraseMatcher.Hit(kind: phrase.kind, range: index..<end)
        }
        return nil
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        ByteClass.isASCIILetter(byte) || ByteClass.isDigit(byte)
    }

    private static func end(of phrase: [UInt8], in text: [UInt8], at start: Int, limit: Int) -> Int? {
        var position = start
        for byte in phrase {
            guard position < limit else { return nil }
            if byte == 0x20 {
                guard ByteClass.isSpace(text[position]) else { return nil }
                while position < limit, ByteClass.isSpace(text[position]) { position += 1 }
            } else {
                guard ByteClass.lowercased(text[position]) == byte else { return nil }
                position += 1
            }
        }
        return position
    }
}
