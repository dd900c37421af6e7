import CTesseractShim
import SMPCheckKit

/// Reads and checks photos of a pack: the image cleaned with Leptonica (grey, even light, deskewed,
/// small print enlarged), its words read by Tesseract 5, and the label checked by an `SMPChecker`.
///
/// The OCR libraries are opened on the first photo read, never before: a backend that checks only
/// text never loads them. Without them every read throws `SMPCheckError.photoReadingUnavailable`.
///
/// ```swift
/// let reader = PhotoReader(checker: try SMPChecker())
/// let report = try reader.check(Array(try Data(contentsOf: url)), source: "label.jpg", phase: .healing)
/// ```
public struct PhotoReader: Sendable {
    public let checker: SMPChecker
    /// Images with more pixels than this are refused before they are decoded.
    public var maximumPixels: Int

    /// 40 megapixels: above any phone's photo, and at most some 200 MB while it is read.
    public static let defaultMaximumPixels = 40_000_000

    public init(checker: SMPChecker, maximumPixels: Int = PhotoReader.defaultMaximumPixels) {
        self.checker = checker
        self.maximumPixels = maximumPixels
    }

    /// Whether photos can be read here: Tesseract and Leptonica can be loaded.
    public static var isAvailable: Bool { (try? OCRLibraries.load()) != nil }

    /// The words read from a photo (JPEG, PNG, WebP or TIFF bytes).
    public func read(_ bytes: [UInt8], source: String) throws(SMPCheckError) -> RecognizedPage {
        let libraries = try OCRLibraries.load()
        guard !bytes.isEmpty else { throw .unreadableImage(source: source, reason: "it is empty") }
        let image = try PixImage.decode(bytes, source: source, maximumPixels: maximumPixels, libraries.functions)
        let cleaned = ImageCleaner(lept: libraries.functions).clean(image)
        return RecognizedPage(source: source, words: try TesseractReader(libraries: libraries).words(in: cleaned))
    }

    /// Reads a photo and checks the label on it (see `SMPChecker.check(_:phase:avoiding:)` for a page).
    public func check(_ bytes: [UInt8], source: String, phase: Phase = .healing, avoiding: AvoidList? = nil)
        throws(SMPCheckError) -> Report
    {
        try checker.check(try read(bytes, source: source), phase: phase, avoiding: avoiding)
    }

    /// Reads a photo and checks the label on it for someone `days` days after their session.
    public func check(_ bytes: [UInt8], source: String, daysSinceSession days: Int, avoiding: AvoidList? = nil)
        throws(SMPCheckError) -> Report
    {
        try checker.check(try read(bytes, source: source), daysSinceSession: days, avoiding: avoiding)
    }
}
