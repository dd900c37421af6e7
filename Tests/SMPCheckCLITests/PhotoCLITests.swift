import Foundation
import Testing

/// `smpcheck photo.jpg` end to end, and what happens where Tesseract is missing.
@Suite("smpcheck with photos", .serialized)
struct PhotoCLITests {
    /// Runs the binary with extra environment; returns status, stdout and stderr.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLITests.Run {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = CLITests.root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLITests.Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A file that starts like a PNG: enough to be taken for a photo.
    static func pngFile() throws -> String {
        let path = FileManager.default.temporaryDirectory.appending(path: "smpcheck-\(UUID().uuidString).png").path
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test("Without Tesseract a photo exits 2 with one line saying what to install")
    func missingLibraries() throws {
        let path = try Self.pngFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try Self.run([path], environment: ["SMPCHECK_TESSERACT_LIBRARY": "/nonexistent/libtesseract.so.5"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("apt-get install libtesseract5 tesseract-ocr-eng"))
    }

    @Test("A damaged photo: exit 2 and one line, not the image library's own messages too")
    func damagedPhoto() throws {
        let path = try Self.pngFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try Self.run([path])
        #expect(run.status == 2)
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
    }

    @Test("Checking text never loads the OCR libraries")
    func textDoesNotLoadOCR() throws {
        let run = try Self.run(["Samples/harsh-shampoo.txt"], environment: ["LD_DEBUG": "libs"])
        #expect(run.status == 1)
        #expect(!run.stderr.contains("libtesseract"))
        #expect(!run.stderr.contains("liblept"))
    }
}
