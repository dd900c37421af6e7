import CTesseractShim
import SMPCheckKit

/// One Leptonica image, destroyed with its owner. Each step of cleaning a photo makes a new one.
final class PixImage {
    let pix: OpaquePointer
    private let lept: SMPOCRFunctions

    /// Takes ownership of `pix`; nil when Leptonica returned none.
    init?(_ pix: OpaquePointer?, _ lept: SMPOCRFunctions) {
        guard let pix else { return nil }
        self.pix = pix
        self.lept = lept
    }

    deinit {
        var pointer: OpaquePointer? = pix
        lept.pixDestroy(&pointer)
    }

    var width: Int { Int(lept.pixGetWidth(pix)) }
    var height: Int { Int(lept.pixGetHeight(pix)) }

    /// Decodes an image after reading its header: an image over `maximumPixels` is refused before a
    /// byte of it is decoded, so a huge photo or a PNG bomb costs no memory.
    static func decode(_ bytes: [UInt8], source: String, maximumPixels: Int, _ lept: SMPOCRFunctions)
        throws(SMPCheckError) -> PixImage
    {
        var (format, width, height, bits, samples, colormap): (Int32, Int32, Int32, Int32, Int32, Int32) =
            (0, 0, 0, 0, 0, 0)
        let header = bytes.withUnsafeBufferPointer {
            lept.pixReadHeaderMem($0.baseAddress, $0.count, &format, &width, &height, &bits, &samples, &colormap)
        }
        guard header == 0, width > 0, height > 0 else {
            throw .unreadableImage(source: source, reason: "its header is damaged or of an unknown kind")
        }
        guard Int(width) * Int(height) <= maximumPixels else {
            throw .imageTooLarge(
                source: source, width: Int(width), height: Int(height), limit: maximumPixels / 1_000_000)
        }
        guard width >= 16, height >= 16 else {
            throw .unreadableImage(source: source, reason: "it is \(width)×\(height) pixels, too small to hold a label")
        }
        let decoded = bytes.withUnsafeBufferPointer { lept.pixReadMem($0.baseAddress, $0.count) }
        guard let image = PixImage(decoded, lept) else {
            throw .unreadableImage(source: source, reason: "the image data is damaged or truncated")
        }
        return image
    }

    /// A step of cleaning: the new image, or this one when Leptonica could not make it.
    func then(_ step: (OpaquePointer) -> OpaquePointer?) -> PixImage {
        PixImage(step(pix), lept) ?? self
    }
}
