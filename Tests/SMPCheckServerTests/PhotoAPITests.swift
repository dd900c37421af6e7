import Foundation
import SMPCheckOCR
import Testing

/// Photos posted to `POST /v1/check`: read with Tesseract off the task pool, so text checks are
/// answered meanwhile. Skipped where the OCR libraries are not installed (`.ci/run` installs them).
@Suite("Photos through the API", .enabled(if: PhotoReader.isAvailable))
struct PhotoAPITests {
    static let photo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "../shared/corpus/photos/sensodyne-toothpaste.png")

    @Test(
        "A photo body is read and checked; a text check sent meanwhile is answered first",
        .enabled(if: FileManager.default.fileExists(atPath: photo.path)))
    func photoBody() async throws {
        let image = Array(try Data(contentsOf: Self.photo))
        let (photo, text) = try await TestServer.with { port in
            async let photo = Self.timed {
                try await TestServer.request(
                    port, "POST", "/v1/check?days=5", headers: [("Content-Type", "image/png")], body: image)
            }
            try await Task.sleep(for: .milliseconds(300))
            let text = try await Self.timed {
                try await TestServer.postJSON(port, "/v1/check", #"{"text": "Aqua, Glycerin"}"#)
            }
            return (try await photo, text)
        }
        let json = try #require(photo.response.json)
        #expect(photo.response.status == 200 && json["input"] as? String == "photo")
        #expect(json["verdict"] as? String == "avoid" && json["ocr"] != nil && json["daysSinceSession"] as? Int == 5)
        #expect(text.response.status == 200 && text.seconds < photo.seconds, "text waited \(text.seconds) s")
    }

    @Test(
        "The page's photo field (camera on a phone) gives the result page with the photo note",
        .enabled(if: FileManager.default.fileExists(atPath: photo.path)))
    func pagePhoto() async throws {
        let image = Array(try Data(contentsOf: Self.photo))
        let boundary = "smpcheck-test-boundary"
        func part(_ name: String, _ value: [UInt8], file: String? = nil) -> [UInt8] {
            let disposition = "form-data; name=\"\(name)\"" + (file.map { "; filename=\"\($0)\"" } ?? "")
            return Array("--\(boundary)\r\nContent-Disposition: \(disposition)\r\n\r\n".utf8) + value
                + Array("\r\n".utf8)
        }
        let body =
            part("text", []) + part("photo", image, file: "pack.png") + part("days", Array("5".utf8))
            + Array("--\(boundary)--\r\n".utf8)
        let (home, result) = try await TestServer.with { port in
            let home = try await TestServer.request(port, "GET", "/")
            let result = try await TestServer.request(
                port, "POST", "/check",
                headers: [
                    ("Content-Type", "multipart/form-data; boundary=\(boundary)"), ("Accept", "text/html"),
                ], body: body)
            return (home, result)
        }
        #expect(home.text.contains(#"accept="image/*" capture="environment""#))
        #expect(result.status == 200 && result.text.contains("Read from a photo") && result.text.contains("pack.png"))
    }

    @Test("A broken image is a 400 with a one-line message; an image type not read is a 415")
    func badImages() async throws {
        let (broken, gif) = try await TestServer.with { port in
            let broken = try await TestServer.request(
                port, "POST", "/v1/check", headers: [("Content-Type", "image/png")],
                body: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 64))
            let gif = try await TestServer.request(
                port, "POST", "/v1/check", headers: [("Content-Type", "image/gif")], body: Array("GIF89a".utf8))
            return (broken, gif)
        }
        #expect(broken.status == 400 && (broken.json?["error"] as? String)?.contains("\n") == false)
        #expect(gif.status == 415 && (gif.json?["error"] as? String)?.contains("image/png") == true)
    }

    private static func timed(_ body: () async throws -> TestResponse) async throws -> (
        response: TestResponse, seconds: Double
    ) {
        let start = ContinuousClock.now
        let response = try await body()
        let elapsed = ContinuousClock.now - start
        return (response, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
