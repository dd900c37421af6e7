import Foundation
import Testing

/// The page in a real browser: headless Chromium loads a result URL from the running server, and
/// the test reads the verdict from the DOM Chromium rendered. Skipped where no Chromium is
/// installed (`.ci/run` installs Debian's).
@Suite("Web page in headless Chromium", .serialized, .enabled(if: Chromium.path != nil, "needs a chromium binary"))
struct BrowserTests {
    @Test(
        "A label with a script in it: the verdict is rendered, the script stays text, and a phone-sized screenshot is saved"
    )
    func verdictInChromium() async throws {
        try await TestServer.with { port in
            let url =
                "http://127.0.0.1:\(port)/check?" + PageTests.query(["text": PageTests.hostileLabel, "days": "5"])
            let dom = try await Chromium.dumpDOM(url)
            #expect(
                dom.contains(
                    #"<h2 id="verdict">Avoid for now — this product has ingredients to keep off a healing scalp.</h2>"#),
                "\(dom.prefix(2000))")
            #expect(dom.contains("For: healing (days 3 to 14)."))
            #expect(dom.contains("Sodium Laureth Sulfate"))
            // Chromium serializes what it parsed: an injected tag would come back as a tag.
            #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!dom.contains("<script>alert") && !dom.contains("<img"))

            // Kept after the run (outside the repository) for a person to look at.
            let screenshot = FileManager.default.temporaryDirectory.appending(path: "smpcheck-page.png")
            try await Chromium.screenshot(url, to: screenshot)
            let png = try Data(contentsOf: screenshot)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
        }
    }

    /// The session date and avoid list stay in the browser: a link's `#` part (never sent) is stored in
    /// localStorage, and the form is filled from what is stored.
    @Test("The profile script stores the session date and avoid list in the browser and fills the form")
    func profileInBrowser() async throws {
        try await TestServer.with { port in
            let session = Calendar.current.date(byAdding: .day, value: -12, to: Date())!
            let date = session.formatted(.iso8601.year().month().day().dateSeparator(.dash))
            let dom = try await Chromium.dumpDOM("http://127.0.0.1:\(port)/#session=\(date)&avoid=coconut,lanolin")
            #expect(dom.contains(#"<input id="session" type="date" value="\#(date)">"#), "\(dom.prefix(4000))")
            #expect(
                dom.contains(
                    #"<input id="days" name="days" type="number" min="0" step="1" inputmode="numeric" value="12">"#))
            #expect(dom.contains(#"value="coconut,lanolin""#))
        }
    }

    @Test("The empty form renders with its labels")
    func formInChromium() async throws {
        try await TestServer.with { port in
            let dom = try await Chromium.dumpDOM("http://127.0.0.1:\(port)/")
            #expect(dom.contains("Paste the ingredient list") && dom.contains("Days since your last SMP session"))
            #expect(dom.contains(#"<button type="submit">Check this product</button>"#))
        }
    }
}

/// Debian's `chromium`, run headless.
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func dumpDOM(_ url: String) async throws -> String {
        String(decoding: try await run(["--dump-dom", url]), as: UTF8.self)
    }

    /// A screenshot the size of a phone screen (412 × 915 CSS pixels).
    static func screenshot(_ url: String, to file: URL) async throws {
        try? FileManager.default.removeItem(at: file)
        _ = try await run(["--window-size=412,915", "--screenshot=\(file.path)", url])
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw TestConnection.Failure(description: "chromium wrote no screenshot")
        }
    }

    /// Runs Chromium and returns its stdout. Output goes through a file, not a pipe: Chromium's
    /// helper processes would hold a pipe open, and other tests' children could inherit it.
    private static func run(_ arguments: [String]) async throws -> Data {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "smpcheck-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appending(path: "stdout")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=\(scratch.appending(path: "profile").path)",
            ] + arguments
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        let watchdog = Task {
            // A browser that hangs fails the test instead of stalling the run.
            try await Task.sleep(for: .seconds(90))
            kill(pid, SIGKILL)
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                process.waitUntilExit()
                continuation.resume()
            }
        }
        watchdog.cancel()
        guard process.terminationStatus == 0 else {
            throw TestConnection.Failure(description: "chromium exited with \(process.terminationStatus)")
        }
        return try Data(contentsOf: output)
    }
}
