/// One word as an OCR engine read it from a photo, with where it stands in the layout.
public struct OCRWord: Sendable, Equatable {
    /// The word as read, with any punctuation the engine attached (`GLYCERIN,`).
    public var text: String
    /// The engine's confidence in the word, 0 to 100.
    public var confidence: Double
    /// Whether the word opens a line of text.
    public var startsLine: Bool
    /// Whether the word opens a block (a column or a separate region of print).
    public var startsBlock: Bool

    public init(_ text: String, confidence: Double, startsLine: Bool = false, startsBlock: Bool = false) {
        self.text = text
        self.confidence = confidence
        self.startsLine = startsLine
        self.startsBlock = startsBlock
    }
}
