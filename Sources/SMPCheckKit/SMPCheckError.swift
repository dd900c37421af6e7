/// Every way smpcheck can fail to run, in one place. Each case reads as a one-line message.
///
/// A label that simply has no ingredient list is not an error: it yields a report with
/// `listFound == false`.
public enum SMPCheckError: Error, Equatable, Sendable {
    /// The input could not be read (missing file, a directory, no permission).
    case unreadableInput(source: String, reason: String)
    /// The input is not text: it holds NUL bytes or control characters that no label contains.
    case binaryInput(source: String)
    /// The input is larger than the configured limit.
    case inputTooLarge(source: String, bytes: Int, limit: Int)
    /// A lexicon file breaks its schema.
    case invalidLexicon(file: String, line: Int, reason: String)
    /// An option or argument that cannot be honoured.
    case invalidArgument(String)
    /// A scan stopped part-way: every record up to `afterRecord` was written, none after it.
    case scanStopped(source: String, afterRecord: Int, reason: String)
    /// Photos cannot be read here: the OCR libraries (Tesseract, Leptonica) or their English data are missing.
    case photoReadingUnavailable(reason: String)
    /// The input looked like an image but could not be decoded (corrupt, truncated, an unknown kind).
    case unreadableImage(source: String, reason: String)
    /// The image has more pixels than the configured limit (a huge photo, or a decompression bomb).
    case imageTooLarge(source: String, width: Int, height: Int, limit: Int)
}

extension SMPCheckError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unreadableInput(let source, let reason):
            "cannot read \(source): \(reason)"
        case .binaryInput(let source):
            "\(source) is not text (it looks like a binary file); give a label as text or HTML"
        case .inputTooLarge(let source, let bytes, let limit):
            "\(source) is \(bytes) bytes, over the \(limit)-byte limit (raise it with --max-bytes)"
        case .invalidLexicon(let file, let line, let reason):
            "lexicon \(file), line \(line): \(reason)"
        case .invalidArgument(let message):
            message
        case .scanStopped(let source, let record, let reason):
            "\(source): stopped after record \(record): \(reason)"
        case .photoReadingUnavailable(let reason):
            "cannot read photos: \(reason); install Tesseract with: apt-get install libtesseract5 tesseract-ocr-eng"
        case .unreadableImage(let source, let reason):
            "\(source) cannot be read as an image: \(reason)"
        case .imageTooLarge(let source, let width, let height, let limit):
            "\(source) is \(width)×\(height) pixels, over the \(limit)-megapixel limit (raise it with --max-megapixels)"
        }
    }
}
