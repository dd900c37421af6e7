import Foundation
import SMPCheckKit
import SMPCheckOCR
import Testing

/// Photos read end to end with Tesseract and Leptonica; skipped where they are not installed.
@Suite("Photos of the pack", .enabled(if: PhotoReader.isAvailable))
struct PhotoReaderTests {
    static let reader = PhotoReader(checker: try! SMPChecker())
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let photos = root.appending(path: "../shared/corpus/photos")

    /// The two real photos and their transcriptions, when the corpus is present.
    static var realPhotos: [(file: String, transcription: String)] {
        guard let text = try? String(contentsOf: photos.appending(path: "photos.jsonl"), encoding: .utf8) else {
            return []
        }
        return text.split(separator: "\n").compactMap { line in
            guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let file = record["file"] as? String, let transcription = record["transcription"] as? String
            else { return nil }
            return (file, transcription)
        }
    }

    @Test("The real photos: the verdict is the transcription's, every ingredient read or to be checked")
    func realPhotos() throws {
        let photos = Self.realPhotos
        guard !photos.isEmpty else { return }
        for (file, transcription) in photos {
            let bytes = Array(try Data(contentsOf: Self.photos.appending(path: file)))
            let report = try Self.reader.check(bytes, source: file)
            let expected = try Self.reader.checker.check(LabelInput(text: transcription, source: "transcription"))
            #expect(report.verdict == expected.verdict, "\(file): \(TextReporter().render(report))")
            let ocr = try #require(report.ocr)
            let concerns = Set(report.findings.map(\.concern))
            #expect(Set(expected.findings.map(\.concern)).isSubset(of: concerns), "\(file)")
            let read = Set(report.ingredients.compactMap(\.name))
            for ingredient in expected.ingredients {
                guard let name = ingredient.name, !read.contains(name) else { continue }
                #expect(!ocr.checkThese.isEmpty, "\(file): \(name) neither read nor to be checked")
            }
        }
    }

    @Test("A rendered label with slips in its print is read, corrected and flagged")
    func renderedLabel() throws {
        let image = try #require(
            try Self.render("INGREDIENTS: AQUA, SODIUM LAURYL SULFATE, GLYCERIN, PARFUM, LINALOOL."))
        let report = try Self.reader.check(image, source: "rendered.png")
        let concerns = Set(report.findings.map(\.concern.rawValue))
        #expect(concerns.isSuperset(of: ["sulfate-surfactant", "fragrance"]), "\(TextReporter().render(report))")
        #expect(report.verdict == .avoid)
        #expect(report.ocr != nil)
    }

    @Test("An image that holds no label: unknown with advice, never ok")
    func notALabel() throws {
        let image = try #require(try Self.magick(["-size", "400x300", "gradient:white-blue"], "png"))
        let report = try Self.reader.check(image, source: "sky.png")
        #expect(report.verdict == .unknown)
        #expect(report.ocr?.advice != nil)
    }

    @Test("Bad images: one clear error each, no crash")
    func badImages() throws {
        func error(_ bytes: [UInt8], limit: Int = PhotoReader.defaultMaximumPixels) -> SMPCheckError? {
            do {
                _ = try PhotoReader(checker: Self.reader.checker, maximumPixels: limit).read(bytes, source: "bad")
                return nil
            } catch { return error }
        }
        #expect(error([]) == .unreadableImage(source: "bad", reason: "it is empty"))
        let png = try #require(try Self.magick(["-size", "300x200", "xc:white"], "png"))
        if case .unreadableImage = error(Array(png.prefix(60))) {} else { Issue.record("truncated PNG read") }
        if case .unreadableImage = error([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0x41, count: 500)) {
        } else {
            Issue.record("corrupt JPEG read")
        }
        let large = try #require(try Self.magick(["-size", "1200x1000", "xc:white"], "png"))
        #expect(error(large, limit: 1_000_000) == .imageTooLarge(source: "bad", width: 1200, height: 1000, limit: 1))
        // A PNG bomb: a 100,000 × 100,000 header over a few bytes of data is refused before decoding.
        #expect(error(Self.pngHeader(width: 100_000, height: 100_000)) != nil)
        if case .imageTooLarge = error(Self.pngHeader(width: 100_000, height: 100_000)) {
        } else {
            Issue.record("PNG bomb not refused by its size")
        }
    }

    /// A PNG signature and header chunk claiming `width` × `height`, then an empty end: enough for a
    /// decoder to believe the size.
    static func pngHeader(width: UInt32, height: UInt32) -> [UInt8] {
        func bigEndian(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) } }
        let header = Array("IHDR".utf8) + bigEndian(width) + bigEndian(height) + [8, 2, 0, 0, 0]
        let end = Array("IEND".utf8)
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + bigEndian(13) + header + bigEndian(crc32(header))
            + bigEndian(0) + end + bigEndian(crc32(end))
    }

    /// The CRC-32 PNG chunks carry.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// Text drawn as a photo by ImageMagick; nil where it is not installed.
    static func render(_ text: String) throws -> [UInt8]? {
        try magick(
            [
                "-background", "white", "-fill", "#1d2a6b", "-font", "DejaVu-Sans", "-pointsize", "28", "-size", "900x",
                "caption:\(text)", "-rotate", "2", "-blur", "0x0.6",
            ], "png")
    }

    /// An image made by ImageMagick's `convert`; nil where it is not installed.
    static func magick(_ arguments: [String], _ format: String) throws -> [UInt8]? {
        let output = FileManager.default.temporaryDirectory.appending(path: "smpcheck-\(UUID().uuidString).\(format)")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/convert")
        process.arguments = arguments + [output.path]
        guard FileManager.default.fileExists(atPath: "/usr/bin/convert") else { return nil }
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Array(try Data(contentsOf: output))
    }
}
