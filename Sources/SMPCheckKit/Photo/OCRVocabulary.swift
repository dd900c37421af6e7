/// Every word of every name the lexicon knows (curated names and their label forms, the CosIng
/// inventory), as lookup keys: what a word read from a photo is corrected towards. Words, not whole
/// names, because OCR slips are in letters of words, and a word fixed in one name is fixed in all.
struct OCRVocabulary: Sendable {
    private let words: Set<[UInt8]>

    init(lexicon: Lexicon) {
        var words = Set<[UInt8]>()
        func add(_ name: String) {
            let key = lexicon.normalizer.keyBytes(name.utf8)
            for word in key.split(separator: 0x20) {
                words.insert(Array(word))
                words.insert(Array(PrintedWord.trimmed(word)))
                // `acrylates/c10-30`: a slash joins words that are also printed apart.
                if word.contains(UInt8(ascii: "/")) {
                    for part in word.split(separator: UInt8(ascii: "/")) { words.insert(Array(part)) }
                }
            }
        }
        for entry in lexicon.entries {
            add(entry.name)
            entry.variants.forEach(add)
        }
        for index in lexicon.inventory.indices { add(lexicon.inventory.index.name(index)) }
        self.words = words
    }

    func contains(_ word: [UInt8]) -> Bool { words.contains(word) }
}

extension Lexicon {
    /// The words of the names this lexicon knows, built on the first photo read.
    var ocrVocabulary: OCRVocabulary { ocrWords.once { OCRVocabulary(lexicon: self) } }
}
