import Testing

@testable import SMPCheckKit

/// The tokenizer's stages against a recognizer that knows only the names each test gives it: what is
/// split, joined or set aside follows from which names are known, not from the lexicon's data.
@Suite("Tokenizer stages with a stub recognizer")
struct TokenizerStageTests {
    @Test("Splitting needs no known name: separators, brackets, periods and shade blocks")
    func splitting() {
        let list = tokenize(
            "Alpha, Beta (Gamma, Delta); Epsilon. Zeta. May contain: Eta, Theta", knowing: StubRecognizer(names: []))
        #expect(list.tokens.map(\.printed) == ["Alpha", "Beta (Gamma, Delta)", "Epsilon", "Zeta", "Eta", "Theta"])
        #expect(
            list.tokens.map(\.section) == [
                ListSection.declared, ListSection.declared, ListSection.declared, ListSection.declared,
                ListSection.mayContain, ListSection.mayContain,
            ])
    }

    @Test("A run of words splits into names only where known names cover it")
    func runOnSegmenting() {
        let glycols = StubRecognizer(names: ["butylene glycol", "pentylene glycol", "water"])
        #expect(
            tokenize("Water, Butylene Glycol Pentylene Glycol", knowing: glycols).tokens.map(\.printed)
                == ["Water", "Butylene Glycol", "Pentylene Glycol"])
        // The same run, known as one name, stays one; with no name known it stays as printed.
        let whole = StubRecognizer(names: ["butylene glycol pentylene glycol", "butylene glycol", "pentylene glycol"])
        #expect(tokenize("Butylene Glycol Pentylene Glycol, Water", knowing: whole).tokens.count == 2)
        #expect(
            tokenize("Butylene Glycol Pentylene Glycol, Water", knowing: StubRecognizer(names: [])).tokens.count == 2)
    }

    @Test("A name a comma cut in two is rejoined only when the whole is a known name")
    func cutNames() {
        let known = StubRecognizer(names: ["sodium chloride", "water"])
        #expect(
            tokenize("Water, Sodium, Chloride", knowing: known).tokens.map(\.printed) == ["Water", "Sodium, Chloride"])
        #expect(tokenize("Water, Sodium, Chloride", knowing: StubRecognizer(names: ["water"])).tokens.count == 3)
    }

    @Test("A name printed again as its alias is one ingredient; two INCI names stay two")
    func aliases() {
        let water = StubRecognizer(names: ["water", "glycerin"], aliases: ["aqua": "water"])
        #expect(tokenize("Water, Aqua, Glycerin", knowing: water).tokens.map(\.printed) == ["Water, Aqua", "Glycerin"])
        let twoNames = StubRecognizer(names: ["water", "aqua"])
        #expect(tokenize("Water, Aqua", knowing: twoNames).tokens.count == 2)
    }

    @Test("A marked item is a footnote when it explains a mark or is unknown at the end of the list")
    func footnotes() {
        let known = StubRecognizer(names: ["water", "glycerin"])
        let list = tokenize("Water, Glycerin*, *Certified organic", knowing: known)
        #expect(list.tokens.map(\.printed) == ["Water", "Glycerin*"])
        #expect(list.skipped == [SkippedText(text: "*Certified organic", reason: .footnote)])
        let trailing = tokenize("Water, Glycerin, *Hadasei-3", knowing: known)
        #expect(trailing.skipped.map(\.reason) == [.footnote])
        // A known name after a mark is an ingredient, wherever it stands.
        let marked = tokenize("Water, *Glycerin", knowing: known)
        #expect(marked.tokens.map(\.printed) == ["Water", "*Glycerin"])
    }

    @Test("What an item reads as is remembered, and read the same from the cache")
    func readingsAreRemembered() {
        let known = StubRecognizer(names: ["water", "butylene glycol", "pentylene glycol"])
        let lexicon = sharedChecker.lexicon
        let tokenizer = Tokenizer(phrases: lexicon.phrases, normalizer: lexicon.normalizer)
        func tokens(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            let structure = lexicon.phrases.structureMatcher.hits(in: bytes, range: 0..<bytes.count)
            let panel = Panel(ranges: [0..<bytes.count], heading: nil, origin: .heading)
            return tokenizer.tokenize(bytes, panel: panel, structure: structure, recognizer: known).tokens.map(
                \.printed)
        }
        let first = tokens("Water, Butylene Glycol Pentylene Glycol")
        #expect(tokens("Water, Butylene Glycol Pentylene Glycol") == first)
        // The same item elsewhere in another list is placed where it stands there.
        #expect(tokens("Butylene Glycol Pentylene Glycol, Water") == ["Butylene Glycol", "Pentylene Glycol", "Water"])
    }
}
