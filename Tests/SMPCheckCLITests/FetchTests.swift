import Foundation
import Testing

extension CLITests {
    /// `smpcheck https://...` against a throwaway HTTP server on loopback (never the internet).
    /// Nested in `CLITests` so it shares its serialization.
    @Suite("Fetching product pages")
    struct FetchTests {
        /// A small Python server: `/page` is a sample product page, `/loop` redirects to itself,
        /// `/file` redirects to a file: address, `/big` streams 20 MB.
        static let script = """
            import http.server, sys
            page = open(sys.argv[1], 'rb').read()
            class Handler(http.server.BaseHTTPRequestHandler):
                def log_message(self, *args): pass
                def reply(self, status, headers=(), body=b''):
                    self.send_response(status)
                    for name, value in headers: self.send_header(name, value)
                    self.end_headers()
                    try: self.wfile.write(body)
                    except (BrokenPipeError, ConnectionResetError): pass
                def do_GET(self):
                    if self.path == '/page': self.reply(200, [('Content-Type', 'text/html')], page)
                    elif self.path == '/loop': self.reply(302, [('Location', '/loop')])
                    elif self.path == '/file': self.reply(302, [('Location', 'file:///etc/passwd')])
                    elif self.path == '/big': self.reply(200, [('Content-Type', 'text/plain')], b'Aqua, ' * (20 << 18))
                    else: self.reply(404)
            server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
            print(server.server_address[1], flush=True)
            server.serve_forever()
            """

        static func server() throws -> LoopbackServer {
            try LoopbackServer(
                script: script, arguments: [CLITests.root.appending(path: "Samples/product-page.html").path])
        }

        @Test("A page is fetched and checked like a saved one")
        func page() throws {
            let server = try Self.server()
            defer { server.stop() }
            let run = try CLITests.run(["--format", "json", server.url("/page")])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.json?["listSource"] as? String == "element id=\"product-ingredients\"")
            #expect(run.json?["source"] as? String == server.url("/page"))
        }

        @Test("Missing pages, redirect loops, non-http redirects and oversized pages exit 2 with a reason")
        func refusals() throws {
            let server = try Self.server()
            defer { server.stop() }
            let missing = try CLITests.run([server.url("/nothing")])
            #expect(missing.status == 2 && missing.stderr.contains("HTTP 404"))
            let loop = try CLITests.run([server.url("/loop")])
            #expect(loop.status == 2 && loop.stderr.contains("redirect"))
            let file = try CLITests.run([server.url("/file")])
            #expect(file.status == 2)
            let big = try CLITests.run(["--max-bytes", "1000000", server.url("/big")])
            #expect(big.status == 2 && big.stderr.contains("limit"))
            let scheme = try CLITests.run(["ftp://127.0.0.1/label.txt"])
            #expect(scheme.status == 2 && scheme.stderr.contains("only http"))
        }
    }
}
