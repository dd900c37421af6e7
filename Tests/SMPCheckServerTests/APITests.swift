import Foundation
import SMPCheckKit
import Testing

/// The JSON API over real HTTP on loopback: every route and every error status.
@Suite("JSON API")
struct APITests {
    static let harshLabel = "Ingredients: Aqua, Sodium Laureth Sulfate, Glycerin"

    @Test("GET /healthz says ok")
    func health() async throws {
        let response = try await TestServer.with { try await TestServer.request($0, "GET", "/healthz") }
        #expect(response.status == 200 && response.headers["content-type"] == "application/json")
        #expect(response.text == #"{"status":"ok"}"#)
    }

    @Test("GET /v1/lexicon gives the version and the lexicon's counts")
    func lexicon() async throws {
        let response = try await TestServer.with { try await TestServer.request($0, "GET", "/v1/lexicon") }
        let json = try #require(response.json)
        #expect(response.status == 200 && json["version"] as? String == "test-version")
        let counts = try #require(json["counts"] as? [String: Int])
        let lexicon = TestServer.checker.lexicon
        #expect(
            counts == [
                "entries": lexicon.entries.count, "rules": lexicon.rules.count,
                "inventory": lexicon.inventory.count, "concerns": lexicon.concerns.count,
            ])
        #expect(counts["inventory"]! > 20_000 && counts["entries"]! > 100)
    }

    @Test("POST /v1/check returns exactly the JSONReporter bytes of the library's report")
    func checkText() async throws {
        let response = try await TestServer.with {
            try await TestServer.postJSON($0, "/v1/check", #"{"text": "\#(Self.harshLabel)", "days": 5}"#)
        }
        #expect(response.status == 200 && response.headers["content-type"] == "application/json")
        let expected = try TestServer.checker.check(
            LabelInput(text: Self.harshLabel, source: "request", kind: .text), daysSinceSession: 5)
        #expect(response.body == JSONReporter(pretty: false).bytes(expected))
        let json = try #require(response.json)
        #expect(
            json["verdict"] as? String == "avoid" && json["phase"] as? String == "healing"
                && json["schemaVersion"] as? Int == 1)
    }

    @Test("avoid: the person's list gives personal findings and names what was not found; a bad list is 400")
    func avoid() async throws {
        try await TestServer.with { port in
            let response = try await TestServer.postJSON(
                port, "/v1/check", #"{"text": "Aqua, Lanolin, Glycerin", "avoid": ["lanolin", "coconut"], "days": 20}"#)
            let findings = response.json?["findings"] as? [[String: Any]] ?? []
            #expect(findings.map { $0["concern"] as? String } == ["personal"])
            #expect(response.json?["personalNotFound"] as? [String] == ["coconut"])
            #expect(response.json?["daysSinceSession"] as? Int == 20 && response.json?["usableFromDay"] is NSNull)
            let bad = try await TestServer.postJSON(port, "/v1/check", #"{"text": "Aqua", "avoid": "lanolin"}"#)
            #expect(bad.status == 400 && bad.json?["error"] as? String == #""avoid" must be a list of strings"#)
        }
    }

    @Test("barcode: looked up in Open Beauty Facts once, then answered from memory; a bad one is 400")
    func barcode() async throws {
        // A one-product stand-in that answers a single request and exits: the second answer must come from memory.
        let script = #"""
            import http.server, json
            body = json.dumps({"status": 1, "product": {"code": "3600550362626", "product_name": "Elseve",
                "brands": "L'Oreal", "ingredients_text_en": "Aqua, Sodium Laureth Sulfate, Glycerin"}}).encode()
            class Handler(http.server.BaseHTTPRequestHandler):
                def log_message(self, *args): pass
                def do_GET(self):
                    self.send_response(200); self.send_header("Content-Type", "application/json"); self.end_headers()
                    self.wfile.write(body)
            server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
            print(server.server_address[1], flush=True)
            server.handle_request()
            """#
        let process = Process()
        let stdout = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.standardOutput = stdout
        try process.run()
        defer { process.terminate() }
        var line = Data()
        while let byte = try stdout.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([0x0A]) {
            line.append(byte)
        }
        let configuration = TestServer.configuration(
            openBeautyFactsURL: "http://127.0.0.1:\(String(decoding: line, as: UTF8.self))")
        try await TestServer.with(configuration) { port in
            for _ in 0..<2 {
                let response = try await TestServer.postJSON(port, "/v1/check", #"{"barcode": "3600550362626"}"#)
                #expect(response.status == 200 && response.json?["verdict"] as? String == "avoid")
                #expect((response.json?["product"] as? [String: Any])?["name"] as? String == "Elseve")
            }
            let bad = try await TestServer.postJSON(port, "/v1/check", #"{"barcode": "3600550362627"}"#)
            #expect(bad.status == 400 && (bad.json?["error"] as? String)?.contains("check digit") == true)
            let both = try await TestServer.postJSON(
                port, "/v1/check", #"{"barcode": "3600550362626", "text": "Aqua"}"#)
            #expect(both.status == 400)
        }
    }

    @Test("phase and days pick the phase; html is read as a page")
    func phaseAndHTML() async throws {
        try await TestServer.with { port in
            let healed = try await TestServer.postJSON(
                port, "/v1/check", #"{"text": "Aqua, Glycolic Acid, Glycerin", "phase": "healed"}"#)
            #expect(healed.json?["phase"] as? String == "healed" && healed.json?["verdict"] as? String == "ok")
            let fresh = try await TestServer.postJSON(
                port, "/v1/check", #"{"text": "Aqua, Glycolic Acid, Glycerin", "days": 1}"#)
            #expect(fresh.json?["phase"] as? String == "fresh" && fresh.json?["verdict"] as? String == "avoid")
            let page = try await TestServer.postJSON(
                port, "/v1/check",
                #"{"html": "<html><body><nav>Menu</nav><h2>Ingredients</h2><p>Aqua, Sodium Lauryl Sulfate</p></body></html>"}"#
            )
            #expect(
                page.status == 200 && page.json?["listFound"] as? Bool == true
                    && page.json?["verdict"] as? String == "avoid")
            let noList = try await TestServer.postJSON(port, "/v1/check", #"{"text": "Lovely for every hair type."}"#)
            #expect(noList.status == 200 && noList.json?["verdict"] as? String == "unknown")
            // The product's name or type, when the shop sends it, tells how its list reads.
            let scrub = try await TestServer.postJSON(
                port, "/v1/check",
                #"{"text": "Glycerin, Kaolin, Propanediol, Silica, Parfum, PEG-8", "product": "Lip Scrub"}"#)
            #expect(scrub.json?["productType"] as? String == "exfoliating")
        }
    }

    @Test(
        "400 with a JSON message for each kind of bad body",
        arguments: [
            ("{not json", "not valid JSON"),
            ("[1, 2]", "must be a JSON object"),
            (#"{"phase": "healing"}"#, "missing \"text\""),
            (#"{"text": 12}"#, "\"text\" must be a string"),
            (#"{"text": "Aqua", "html": "<p>Aqua</p>"}"#, "not both"),
            (#"{"text": "Aqua", "phase": "scabbing"}"#, "unknown phase 'scabbing'"),
            (#"{"text": "Aqua", "days": -2}"#, "cannot be negative"),
            (#"{"text": "Aqua", "days": "five"}"#, "\"days\" must be a whole number"),
            (#"{"text": "Aqua", "days": 3, "phase": "healed"}"#, "\"phase\" or \"days\", not both"),
            (#"{"text": "PK\u0003\u0004\u0000\u0000binary\u0000"}"#, "not text"),
            ("", "not valid JSON"),
        ])
    func badRequests(_ body: String, _ message: String) async throws {
        let response = try await TestServer.with { try await TestServer.postJSON($0, "/v1/check", body) }
        #expect(response.status == 400 && response.headers["content-type"] == "application/json")
        let json = try #require(response.json)
        #expect(json["status"] as? Int == 400)
        #expect((json["error"] as? String)?.contains(message) == true, "\(json)")
    }

    @Test(
        "415 for a body that is not JSON, with the types the route takes",
        arguments: ["text/plain", "application/xml", nil])
    func unsupportedMediaType(_ contentType: String?) async throws {
        let headers = contentType.map { [("Content-Type", $0)] } ?? []
        let response = try await TestServer.with {
            try await TestServer.request(
                $0, "POST", "/v1/check", headers: headers, body: Array(#"{"text": "Aqua"}"#.utf8))
        }
        #expect(response.status == 415 && response.json?["status"] as? Int == 415)
        #expect((response.json?["error"] as? String)?.contains("application/json") == true)
    }

    @Test("413 for a body over the limit, declared or chunked, and the limit is an option")
    func tooLarge() async throws {
        let label = #"{"text": "Ingredients: Aqua, \#(String(repeating: "Glycerin, ", count: 200))"}"#
        try await TestServer.with(TestServer.configuration(maximumBodyBytes: 1000)) { port in
            let declared = try await TestServer.postJSON(port, "/v1/check", label)
            #expect(
                declared.status == 413
                    && declared.json?["error"] as? String == "the request body is over the 1000-byte limit")
            let chunked = try await TestConnection.blocking {
                let connection = try TestConnection.chunkedPost(
                    port: port, "/v1/check", contentType: "application/json")
                for piece in Array(label.utf8).chunks(of: 300) { try connection.writeChunk(piece) }
                try connection.writeChunk([])
                return try connection.readResponse()
            }
            #expect(chunked.status == 413 && chunked.json?["status"] as? Int == 413)
            let small = try await TestServer.postJSON(port, "/v1/check", #"{"text": "Aqua, Glycerin"}"#)
            #expect(small.status == 200)
        }
    }

    @Test("400, not 500, for a chunked body whose framing is broken")
    func brokenChunkedBody() async throws {
        let response = try await TestServer.with { port in
            try await TestConnection.blocking {
                let connection = try TestConnection.chunkedPost(
                    port: port, "/v1/check", contentType: "application/json")
                try connection.write("zz\r\n{}\r\n0\r\n\r\n")
                return try connection.readResponse()
            }
        }
        #expect(
            response.status == 400
                && (response.json?["error"] as? String)?.hasPrefix("the request body could not be read") == true)
    }

    @Test("404 and 405 are JSON; 405 names the allowed methods")
    func notFoundAndMethodNotAllowed() async throws {
        try await TestServer.with { port in
            let missing = try await TestServer.request(port, "GET", "/v2/check")
            #expect(missing.status == 404 && missing.json?["error"] as? String == "no such path: /v2/check")
            let wrongMethod = try await TestServer.request(port, "GET", "/v1/check")
            #expect(wrongMethod.status == 405 && wrongMethod.headers["allow"] == "POST")
            #expect(wrongMethod.json?["status"] as? Int == 405)
            let delete = try await TestServer.request(port, "DELETE", "/check")
            #expect(delete.status == 405 && delete.headers["allow"] == "GET, POST")
        }
    }

    @Test("Many requests at once share one checker and all get their own answer")
    func concurrentRequests() async throws {
        try await TestServer.with { port in
            try await withThrowingTaskGroup(of: (Int, String?).self) { group in
                for days in 0..<12 {
                    group.addTask {
                        let response = try await TestServer.postJSON(
                            port, "/v1/check", #"{"text": "Aqua, Glycolic Acid", "days": \#(days * 5)}"#)
                        return (days * 5, response.json?["phase"] as? String)
                    }
                }
                for try await (days, phase) in group {
                    #expect(phase == Phase(daysSinceSession: days).rawValue)
                }
            }
        }
    }
}

extension Array {
    /// Consecutive pieces of at most `size` elements.
    func chunks(of size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
