import CTesseractShim
import Foundation
import SMPCheckKit

/// Tesseract and Leptonica, opened on the first photo read (never by a process that reads only
/// text), and kept open. Their sonames are Debian's; `SMPCHECK_TESSERACT_LIBRARY` and
/// `SMPCHECK_LEPTONICA_LIBRARY` name other files (a non-Debian system, or a test of their absence).
struct OCRLibraries: @unchecked Sendable {
    /// The loaded functions. `@unchecked`: a table of C function pointers, written once, then only read.
    let functions: SMPOCRFunctions

    static let leptonicaName = "liblept.so.5"
    static let tesseractName = "libtesseract.so.5"

    /// The libraries, or why they cannot be used; loaded once per process.
    static func load() throws(SMPCheckError) -> OCRLibraries { try loaded.get() }

    private static let loaded: Result<OCRLibraries, SMPCheckError> = {
        let environment = ProcessInfo.processInfo.environment
        var functions = SMPOCRFunctions()
        var message = [CChar](repeating: 0, count: 256)
        let status = smp_ocr_load(
            environment["SMPCHECK_LEPTONICA_LIBRARY"] ?? leptonicaName,
            environment["SMPCHECK_TESSERACT_LIBRARY"] ?? tesseractName, &functions, &message, message.count)
        guard status == 0 else {
            let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return .failure(.photoReadingUnavailable(reason: reason))
        }
        // A broken image is reported once, as an error of ours, not as Leptonica's lines on stderr.
        _ = functions.setMsgSeverity(Int32(SMP_L_SEVERITY_NONE))
        return .success(OCRLibraries(functions: functions))
    }()
}
