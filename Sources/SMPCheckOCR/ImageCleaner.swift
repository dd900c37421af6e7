import CTesseractShim

/// Cleans a photo for OCR with Leptonica: grey, print too small for Tesseract enlarged, light evened
/// out (a curved bottle, a shadow), and text at a slant turned straight.
struct ImageCleaner {
    let lept: SMPOCRFunctions

    /// Tesseract reads best with capital letters some 30 pixels high; labels photographed whole are
    /// often smaller than that, so images narrower than this are enlarged (at most three times).
    static let enlargeBelowWidth = 1600

    /// Text slanted less than this (degrees) is left as it is: Tesseract follows a slight slant, and
    /// rotating a sharp photo by a fraction of a degree blurs its thin strokes (`Glycerin` then read
    /// `Ghosrn` on a real photo).
    static let smallestSkew: Float = 1

    func clean(_ image: PixImage) -> PixImage {
        var image = image.then { lept.pixConvertTo8($0, 0) }
        if image.width < Self.enlargeBelowWidth {
            let scale = Float(min(3, Double(Self.enlargeBelowWidth) / Double(image.width)))
            image = image.then { lept.pixScale($0, scale, scale) }
        }
        image = image.then { lept.pixBackgroundNormSimple($0, nil, nil) }
        return straightened(image)
    }

    /// The image turned by its text's skew, found on a black-and-white copy (the background is
    /// normalized to 200, so 130 parts ink from paper); itself when the skew is small or uncertain.
    private func straightened(_ image: PixImage) -> PixImage {
        guard let binary = PixImage(lept.pixConvertTo1(image.pix, 130), lept) else { return image }
        var (angle, confidence): (Float, Float) = (0, 0)
        guard lept.pixFindSkew(binary.pix, &angle, &confidence) == 0, confidence >= 3,
            abs(angle) >= Self.smallestSkew
        else { return image }
        return image.then {
            lept.pixRotate(
                $0, angle * .pi / 180, Int32(SMP_L_ROTATE_AREA_MAP), Int32(SMP_L_BRING_IN_WHITE), 0, 0)
        }
    }
}
