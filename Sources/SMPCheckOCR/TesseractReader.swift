import CTesseractShim
import Foundation
import SMPCheckKit

/// Reads the words of a cleaned image with Tesseract, with their confidences and line starts.
struct TesseractReader {
    let libraries: OCRLibraries

    /// The words Tesseract reads on `image`, in reading order.
    func words(in image: PixImage) throws(SMPCheckError) -> [OCRWord] {
        let tess = libraries.functions
        guard let api = tess.TessBaseAPICreate() else {
            throw .photoReadingUnavailable(reason: "Tesseract could not start")
        }
        defer {
            tess.TessBaseAPIEnd(api)
            tess.TessBaseAPIDelete(api)
        }
        let dataPath = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"]
        guard tess.TessBaseAPIInit3(api, dataPath, "eng") == 0 else {
            throw .photoReadingUnavailable(reason: "Tesseract has no English data (tesseract-ocr-eng)")
        }
        // Tesseract's own notes ("Estimating resolution as ...") are not for the person checking.
        _ = tess.TessBaseAPISetVariable(api, "debug_file", "/dev/null")
        tess.TessBaseAPISetPageSegMode(api, Int32(SMP_PSM_AUTO))
        tess.TessBaseAPISetImage2(api, image.pix)
        tess.TessBaseAPISetSourceResolution(api, 300)
        guard tess.TessBaseAPIRecognize(api, nil) == 0 else { return [] }
        guard let iterator = tess.TessBaseAPIGetIterator(api) else { return [] }
        defer { tess.TessResultIteratorDelete(iterator) }
        let page = tess.TessResultIteratorGetPageIteratorConst(iterator)
        let word = Int32(SMP_RIL_WORD)
        var words: [OCRWord] = []
        repeat {
            guard let text = tess.TessResultIteratorGetUTF8Text(iterator, word) else { continue }
            defer { tess.TessDeleteText(text) }
            words.append(
                OCRWord(
                    String(cString: text), confidence: Double(tess.TessResultIteratorConfidence(iterator, word)),
                    startsLine: tess.TessPageIteratorIsAtBeginningOf(page, Int32(SMP_RIL_TEXTLINE)) != 0,
                    startsBlock: tess.TessPageIteratorIsAtBeginningOf(page, Int32(SMP_RIL_BLOCK)) != 0))
        } while tess.TessResultIteratorNext(iterator, word) != 0
        return words
    }
}
