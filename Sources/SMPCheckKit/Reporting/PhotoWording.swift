extension ReportWording {
    /// What reports say about a list read from a photo: that it was, the panel as read, the names
    /// corrected and the words to check against the pack. Empty for a label given as text.
    public static func photoLines(_ report: Report) -> [String] {
        guard let ocr = report.ocr else { return [] }
        var lines = ["Read from a photo (OCR confidence \(ocr.confidence)%). The panel as read:"]
        let panel = ocr.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        lines.append("  \"\(panel)\"")
        if !ocr.corrections.isEmpty {
            lines.append(
                "Read as the closest INCI names (printed, as the photo read it): "
                    + ocr.corrections.map { "\($0.printed) (read \"\($0.readAs)\")" }.joined(separator: "; "))
        }
        if !ocr.checkThese.isEmpty {
            lines.append("Check these against the pack: " + ocr.checkThese.joined(separator: "; "))
        }
        return lines
    }

    /// What to do when a photo could not be read well enough: closer, flatter, better light.
    public static let photoTooLittleAdvice =
        "Too little of the photo could be read. Take it closer, with the ingredient panel flat and filling the "
        + "picture, in even light without glare, or type the list."

    /// Why a photo whose list looks fine still gets no "ok".
    public static let photoUncertainAdvice =
        "Nothing flagged among the names read, but some could not be read for certain, so this cannot be called "
        + "fine: check those against the pack, or take a closer, flatter photo in better light."
}
