/// How a report's list was read from a photo: the text read, the names corrected against the INCI
/// inventory and the words to check against the pack. The JSON's `"ocr"` object.
public struct PhotoReading: Sendable, Equatable, Codable {
    /// The ingredient panel as read (names wrapped across lines rejoined), corrections applied.
    public var text: String
    /// Each name read with OCR slips and corrected, in printed order.
    public var corrections: [OCRCorrection]
    /// Words read with low confidence and not confirmed by the lexicon: check these against the pack.
    public var checkThese: [String]
    /// The mean word confidence over the panel, in percent.
    public var confidence: Int
    /// What to do for a better reading, when the photo could not be read well enough to judge.
    public var advice: String?

    public init(
        text: String, corrections: [OCRCorrection], checkThese: [String], confidence: Int, advice: String? = nil
    ) {
        self.text = text
        self.corrections = corrections
        self.checkThese = checkThese
        self.confidence = confidence
        self.advice = advice
    }
}

/// A name as the OCR read it and the INCI name it was corrected to.
public struct OCRCorrection: Sendable, Equatable, Codable {
    /// What is most likely printed on the pack (`GLYCERIN`).
    public var printed: String
    /// What the OCR read (`GLYCERN`).
    public var readAs: String
    /// The OCR's lowest confidence in the name's words, in percent.
    public var confidence: Int
    /// How many OCR slips the correction undid (a letter confusion or a dropped thin letter is one).
    public var distance: Int

    public init(printed: String, readAs: String, confidence: Int, distance: Int) {
        self.printed = printed
        self.readAs = readAs
        self.confidence = confidence
        self.distance = distance
    }
}
