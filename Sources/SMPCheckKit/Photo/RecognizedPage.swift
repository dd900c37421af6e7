/// What an OCR engine read from a photo of a pack: its words in reading order. `SMPCheckOCR` makes
/// one from an image; tests and other engines can make their own.
public struct RecognizedPage: Sendable, Equatable {
    /// Where the photo came from: a path, `stdin`, an upload.
    public var source: String
    public var words: [OCRWord]

    public init(source: String, words: [OCRWord]) {
        self.source = source
        self.words = words
    }

    /// A page from plain text, one word per run of non-spaces, every word read with `confidence`:
    /// for tests and for engines that give no word confidences.
    public init(source: String, text: String, confidence: Double = 95) {
        var words: [OCRWord] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for (index, word) in line.split(separator: " ").enumerated() {
                words.append(OCRWord(String(word), confidence: confidence, startsLine: index == 0))
            }
        }
        self.init(source: source, words: words)
    }
}
