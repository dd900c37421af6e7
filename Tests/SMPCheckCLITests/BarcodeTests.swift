import Foundation
import Testing

extension CLITests {
    /// `smpcheck 3600550362626` against an Open Beauty Facts stand-in on loopback (never the internet).
    /// The answers are shaped like OBF's API v2 (`/api/v2/product/CODE.json`); the products are made up
    /// but for the first barcode, whose shape follows the recorded response in openbeautyfacts-ruby.
    @Suite("Barcodes through Open Beauty Facts")
    struct BarcodeTests {
        static let script = """
            import http.server, json, sys, time
            def product(fields): return json.dumps({"code": fields.get("code"), "product": fields, "status": 1,
                "status_verbose": "product found"}).encode()
            answers = {
                "3600550362626": (200, product({"code": "3600550362626", "brands": "L'Oréal Paris",
                    "product_name": "Elseve Multi-Vitamines", "lang": "fr",
                    "ingredients_text": "Aqua, Sodium Laureth Sulfate, Coco-Betaine, Parfum, Limonene",
                    "ingredients_text_en": "Aqua, Sodium Laureth Sulfate, Coco-Betaine, Parfum, Limonene"})),
                "3000000000014": (200, product({"code": "3000000000014", "product_name": "Crème douce",
                    "ingredients_text_fr": "Aqua, Glycerin, Panthenol"})),
                "3000000000021": (200, product({"code": "3000000000021", "product_name": "Mystery Balm",
                    "ingredients_text": ""})),
                "3000000000038": (404, json.dumps({"code": "3000000000038", "status": 0,
                    "status_verbose": "product not found"}).encode()),
                "3000000000045": (200, json.dumps({"code": "3000000000045", "status": 0}).encode()),
                "3000000000069": (200, b"<html>Service unavailable</html>"),
            }
            class Handler(http.server.BaseHTTPRequestHandler):
                def log_message(self, *args): pass
                def do_GET(self):
                    code = self.path.split("/")[-1].split(".json")[0]
                    agent = self.headers.get("User-Agent", "")
                    if not agent.startswith("smpcheck/"): status, body = 403, b"{}"
                    elif code == "3000000000052": time.sleep(5); status, body = 200, b"{}"
                    elif code == "3000000000076":
                        self.send_response(200); self.send_header("Content-Type", "application/json"); self.end_headers()
                        try:
                            for _ in range(50): self.wfile.write(b" " * (1 << 20))
                        except (BrokenPipeError, ConnectionResetError): pass
                        return
                    else: status, body = answers.get(code, (404, b'{"status": 0}'))
                    self.send_response(status); self.send_header("Content-Type", "application/json"); self.end_headers()
                    try: self.wfile.write(body)
                    except (BrokenPipeError, ConnectionResetError): pass
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
            print(server.server_address[1], flush=True)
            server.serve_forever()
            """

        @Test("A product with a list: checked, named, with its source and licence; a French-only list is read")
        func found() throws {
            let server = try LoopbackServer(script: Self.script)
            defer { server.stop() }
            let run = try CLITests.run(["--format", "json", "--obf-url", server.url(), "3600550362626"])
            #expect(run.status == 1, "\(run.stderr)")
            #expect(
                run.json?["input"] as? String == "barcode" && run.json?["source"] as? String == "barcode 3600550362626")
            let product = run.json?["product"] as? [String: Any]
            #expect(
                product?["name"] as? String == "Elseve Multi-Vitamines"
                    && product?["brand"] as? String == "L'Oréal Paris")
            #expect(product?["source"] as? String == "Open Beauty Facts" && product?["licence"] as? String == "ODbL")
            let concerns = (run.json?["findings"] as? [[String: Any]] ?? []).compactMap { $0["concern"] as? String }
            #expect(concerns.contains("sulfate-surfactant"))
            let text = try CLITests.run(["--barcode", "3000000000014", "--obf-url", server.url()])
            #expect(text.status == 0, "\(text.stderr)")
            #expect(
                text.stdout.contains("Product: Crème douce, barcode 3000000000014. Data from Open Beauty Facts (ODbL)"))
            #expect(text.stdout.contains("typed by volunteers and may be out of date"))
        }

        @Test(
            "No list, not found, a broken answer, too slow, too big, a bad check digit: exit 2 and what to do instead")
        func unhappy() throws {
            let server = try LoopbackServer(script: Self.script)
            defer { server.stop() }
            let cases: [(code: String, message: String)] = [
                ("3000000000021", "no ingredient list for this product (Mystery Balm): add one at"),
                ("3000000000038", "Open Beauty Facts does not know this product: add it at"),
                ("3000000000045", "Open Beauty Facts does not know this product"),
                ("3000000000069", "not JSON"),
                ("3000000000052", "could not reach Open Beauty Facts (no answer within 1 second)"),
                ("3000000000076", "could not reach Open Beauty Facts (the page is over the"),
            ]
            for (code, message) in cases {
                let run = try CLITests.run(["--obf-url", server.url(), "--timeout", "1", code])
                #expect(run.status == 2 && run.stderr.contains(message), "\(code): \(run.stderr)")
                #expect(run.stdout.isEmpty, "never a verdict")
            }
            let bad = try CLITests.run(["--obf-url", server.url(), "3600550362627"])
            #expect(
                bad.status == 2
                    && bad.stderr.contains("not a valid barcode: its check digit is wrong (it should end in 6)"))
            let down = try CLITests.run(["--obf-url", "http://127.0.0.1:9", "--timeout", "2", "3600550362626"])
            #expect(down.status == 2 && down.stderr.contains("could not reach Open Beauty Facts"))
        }
    }
}
