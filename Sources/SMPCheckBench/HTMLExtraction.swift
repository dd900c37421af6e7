import CLibXML2
import Foundation
@_spi(Benchmarks) import SMPCheckKit

/// Extraction time per page (parse, flatten, focused sources, entity decoding) beside libxml2's
/// bare parse of the same bytes with the same options.
struct HTMLExtraction {
    let checker: SMPChecker
    let folder: URL
    let rounds: Int

    func run() {
        let pages = pagePaths().compactMap { try? [UInt8](Data(contentsOf: $0)) }
        guard !pages.isEmpty else { return }
        let bytes = pages.reduce(0) { $0 + $1.count }
        let parse = Measure.seconds { for _ in 0..<rounds { for page in pages { Self.bareParse(page) } } }
        let extract = Measure.seconds {
            for _ in 0..<rounds {
                for page in pages {
                    _ = try? checker.extractedByteCount(LabelInput(bytes: page, source: "page", kind: .html))
                }
            }
        }
        let check = Measure.seconds {
            for _ in 0..<rounds {
                for page in pages { _ = try? checker.check(LabelInput(bytes: page, source: "page", kind: .html)) }
            }
        }
        let perPage = { (seconds: Double) in Measure.format(seconds / Double(rounds * pages.count) * 1e6, 0) }
        print("## HTML: \(pages.count) real pages (\(bytes / 1024) KiB) × \(rounds)\n")
        print("| stage | µs per page | vs bare parse |")
        print("|---|---:|---:|")
        print("| libxml2 `htmlReadMemory` + free (bare parse) | \(perPage(parse)) | 1.0x |")
        print(
            "| smpcheck extraction (parse, flatten, focused sources, entities) | \(perPage(extract)) | \(Measure.format(extract / parse, 2))x |"
        )
        print("| smpcheck full check of the page | \(perPage(check)) | \(Measure.format(check / parse, 2))x |\n")
    }

    /// libxml2's parse of a page with the options smpcheck's extractor uses, and nothing else.
    static func bareParse(_ page: [UInt8]) {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        page.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlFreeDoc(htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options))
            }
        }
    }

    private func pagePaths() -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "html" }.sorted {
            $0.path < $1.path
        }
    }
}
