import Foundation
import SMPCheckKit
import Testing

/// `POST /v1/scan`: JSON Lines in, one line out per record, in order, streamed.
@Suite("Streamed scan")
struct ScanTests {
    static func line(_ object: String) -> [UInt8] { Array((object + "\n").utf8) }

    @Test(
        "Each line answers in order while the request is still being sent; a bad line in the middle gets an error line")
    func streamsWithABadLineInTheMiddle() async throws {
        try await TestServer.with { port in
            let (status, contentType, outputs) = try await TestConnection.blocking {
                let connection = try TestConnection.chunkedPost(
                    port: port, "/v1/scan", contentType: "application/x-ndjson")
                var outputs: [String] = []
                var pending: [UInt8] = []
                /// Reads response chunks until one more whole line has arrived.
                func nextLine() throws -> String {
                    while !pending.contains(UInt8(ascii: "\n")) {
                        guard let chunk = try connection.readChunk() else {
                            throw TestConnection.Failure(description: "response ended early")
                        }
                        pending += chunk
                    }
                    let end = pending.firstIndex(of: UInt8(ascii: "\n"))!
                    defer { pending.removeFirst(end + 1) }
                    return String(decoding: pending[..<end], as: UTF8.self)
                }
                // Record 1 goes out alone, and its answer must come back before the rest is sent:
                // proof the response streams instead of waiting for the whole body.
                try connection.writeChunk(
                    Self.line(#"{"id": "shampoo-1", "text": "Ingredients: Aqua, Sodium Laureth Sulfate", "days": 5}"#))
                let head = try connection.readHead()
                outputs.append(try nextLine())
                try connection.writeChunk(Self.line(#"{"id": "broken", "text": "Aqua, "#)) // not valid JSON
                outputs.append(try nextLine())
                // Record 3 arrives split across chunks, without its newline until the very end.
                try connection.writeChunk(Array(#"{"id": 42, "text": "Aqua, Glyc"#.utf8))
                try connection.writeChunk(Array(#"erin", "phase": "healed"}"#.utf8))
                try connection.writeChunk(Self.line(""))
                outputs.append(try nextLine())
                try connection.writeChunk(
                    Self.line(#"{"id": "no-text", "days": 3}"#) + Self.line("   ")
                        + Array(#"{"text": "Aqua, Glycolic Acid"}"#.utf8))
                try connection.writeChunk([])
                while let chunk = try connection.readChunk() { pending += chunk }
                outputs += String(decoding: pending, as: UTF8.self).split(separator: "\n").map(String.init)
                return (head.status, head.headers["content-type"], outputs)
            }
            #expect(status == 200 && contentType == "application/x-ndjson")
            let lines = outputs.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            try #require(lines.count == 5 && outputs.count == 5, "\(outputs)")
            #expect(lines.map { $0["record"] as? Int } == [1, 2, 3, 4, 6]) // line 5 is blank: no record
            #expect(lines.map { $0["id"] as? String } == ["shampoo-1", nil, "42", "no-text", nil])
            #expect(lines[0]["verdict"] as? String == "avoid" && lines[0]["phase"] as? String == "healing")
            #expect(lines[1]["error"] as? String == "the body is not valid JSON" && lines[1]["verdict"] == nil)
            #expect(lines[2]["verdict"] as? String == "ok" && lines[2]["phase"] as? String == "healed")
            #expect((lines[3]["error"] as? String)?.hasPrefix("missing \"text\"") == true)
            #expect(lines[4]["verdict"] as? String == "avoid" && lines[4]["source"] as? String == "record 6")
        }
    }

    @Test("A good line's output is the report's contract JSON with record and id in front")
    func lineIsTheReportPlusRecordFields() async throws {
        let label = "Ingredients: Aqua, Sodium Laureth Sulfate"
        let response = try await TestServer.with {
            try await TestServer.postJSON(
                $0, "/v1/scan", #"{"id": "sku-9", "text": "\#(label)"}"#, contentType: "application/x-ndjson")
        }
        let report = try TestServer.checker.check(
            LabelInput(text: label, source: "sku-9", kind: .text), phase: .healing)
        let expected =
            #"{"record":1,"id":"sku-9","#
            + String(decoding: JSONReporter(pretty: false).bytes(report).dropFirst(), as: UTF8.self) + "\n"
        #expect(response.text == expected)
        let decoded = try JSONDecoder().decode(Report.self, from: Data(response.body))
        #expect(decoded == report)
    }

    @Test("A line over the line limit is an error record, and the lines after it are still checked")
    func longLine() async throws {
        let long = #"{"text": "Aqua, \#(String(repeating: "Glycerin, ", count: 50))"}"#
        let body = Self.line(long) + Self.line(#"{"text": "Aqua, Glycerin"}"#)
        let response = try await TestServer.with(TestServer.configuration(maximumBodyBytes: 200)) {
            try await TestServer.request(
                $0, "POST", "/v1/scan", headers: [("Content-Type", "application/jsonl")], body: body)
        }
        let lines = response.jsonLines
        try #require(lines.count == 2)
        #expect(
            lines[0]["record"] as? Int == 1
                && lines[0]["error"] as? String == "the line is \(long.utf8.count) bytes, over the 200-byte limit")
        #expect(lines[1]["record"] as? Int == 2 && lines[1]["verdict"] as? String == "ok")
    }

    @Test("The scan body limit: 413 when declared up front, an in-band error line when a chunked body passes it")
    func scanBodyLimit() async throws {
        let record = Self.line(#"{"text": "Aqua, Glycerin"}"#)
        let body = Array(repeating: record, count: 20).flatMap { $0 }
        try await TestServer.with(TestServer.configuration(maximumScanBytes: record.count * 5)) { port in
            let declared = try await TestServer.request(
                port, "POST", "/v1/scan", headers: [("Content-Type", "application/x-ndjson")], body: body)
            #expect(declared.status == 413 && declared.json?["status"] as? Int == 413)
            let chunked = try await TestConnection.blocking {
                let connection = try TestConnection.chunkedPost(
                    port: port, "/v1/scan", contentType: "application/x-ndjson")
                for _ in 0..<20 { try connection.writeChunk(record) }
                try connection.writeChunk([])
                return try connection.readResponse()
            }
            let lines = chunked.jsonLines
            #expect(chunked.status == 200 && lines.count == 6)
            #expect(lines.prefix(5).allSatisfy { $0["verdict"] as? String == "ok" })
            #expect(
                lines.last?["record"] as? Int == 6 && (lines.last?["error"] as? String)?.contains("over the") == true)
        }
    }

    @Test("A body whose chunked framing breaks mid-scan ends with an error line after the lines already answered")
    func brokenFramingMidScan() async throws {
        let response = try await TestServer.with { port in
            try await TestConnection.blocking {
                let connection = try TestConnection.chunkedPost(
                    port: port, "/v1/scan", contentType: "application/x-ndjson")
                try connection.writeChunk(Self.line(#"{"text": "Aqua, Glycerin"}"#))
                try connection.write("zz\r\n")
                return try connection.readResponse()
            }
        }
        let lines = response.jsonLines
        #expect(response.status == 200 && lines.count == 2)
        #expect(lines.first?["verdict"] as? String == "ok")
        #expect(
            lines.last?["record"] as? Int == 2
                && (lines.last?["error"] as? String)?.hasPrefix("the request body could not be read") == true)
    }

    @Test("415 when the body is not JSON Lines")
    func wrongContentType() async throws {
        let response = try await TestServer.with {
            try await TestServer.postJSON($0, "/v1/scan", #"{"text": "Aqua"}"#, contentType: "text/csv")
        }
        #expect(
            response.status == 415 && (response.json?["error"] as? String)?.contains("application/x-ndjson") == true)
    }
    @Test("Checked on several workers, every line is answered in order, byte for byte as on one")
    func workersKeepOrder() async throws {
        let labels = [
            #"{"id": "a", "text": "Aqua, Glycerin"}"#, #"{"id": "b", "text": "Aqua, Glycolic Acid, Parfum"}"#,
            #"{"text": "Ingredients: Aqua, Sodium Laureth Sulfate", "days": 40}"#, "", #"{"id": "broken", "text": "#,
            #"{"id": "c", "html": "<p>Ingredients: Aqua, Retinol, Linalool</p>", "phase": "healed"}"#,
        ]
        // 1,203 lines: many batches, some cut mid-line by the chunks they arrive in.
        let body = Array((0..<1203).map { labels[$0 % labels.count] + "\n" }.joined().utf8)
        var outputs: [Int: [UInt8]] = [:]
        for workers in [1, 4] {
            var configuration = TestServer.configuration()
            configuration.scanWorkers = workers
            outputs[workers] = try await TestServer.with(configuration) { port in
                try await TestConnection.blocking {
                    let connection = try TestConnection.chunkedPost(
                        port: port, "/v1/scan", contentType: "application/x-ndjson")
                    for piece in body.chunks(of: 7001) { try connection.writeChunk(piece) }
                    try connection.writeChunk([])
                    return try connection.readResponse().body
                }
            }
        }
        let lines = TestResponse(status: 200, headers: [:], body: outputs[4] ?? []).jsonLines
        #expect(lines.map { $0["record"] as? Int } == (1...1203).filter { $0 % labels.count != 4 })
        #expect(outputs[4] == outputs[1])
    }

    @Test("One scan over the limit of scans at once is answered 429 with Retry-After; when a scan ends, the next runs")
    func concurrentScanLimit() async throws {
        var configuration = TestServer.configuration()
        configuration.maximumConcurrentScans = 1
        try await TestServer.with(configuration) { port in
            let record = Self.line(#"{"text": "Aqua, Glycerin"}"#)
            let (refused, retryAfter) = try await TestConnection.blocking {
                let running = try TestConnection.chunkedPost(
                    port: port, "/v1/scan", contentType: "application/x-ndjson")
                try running.writeChunk(record)
                _ = try running.readHead()
                _ = try running.readChunk()
                let refused = try TestConnection(port: port)
                try refused.writeHead(
                    "POST", "/v1/scan", headers: [("Content-Type", "application/x-ndjson")], bodyLength: record.count)
                try refused.write(record)
                let response = try refused.readResponse()
                try running.writeChunk([])
                while try running.readChunk() != nil {}
                return (response.status, response.headers["retry-after"])
            }
            #expect(refused == 429 && retryAfter == "1")
            // The slot is given back once the finished scan's response is let go of: within moments.
            var status = 0
            for _ in 0..<50 where status != 200 {
                status = try await TestServer.request(
                    port, "POST", "/v1/scan", headers: [("Content-Type", "application/x-ndjson")], body: record
                ).status
                if status != 200 { try await Task.sleep(for: .milliseconds(20)) }
            }
            #expect(status == 200)
        }
    }
}
