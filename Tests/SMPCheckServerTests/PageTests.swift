import Foundation
import Testing

/// The web page over HTTP, as a browser with JavaScript off would use it.
@Suite("Web page")
struct PageTests {
    static let html = [("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")]
    static let hostileLabel =
        "Ingredients: Aqua, Sodium Laureth Sulfate, <script>alert(1)</script>, \"><img src=x onerror=alert(2)>, Glycerin"

    static func query(_ fields: [String: String]) -> String {
        var components = URLComponents()
        components.queryItems = fields.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
        // URLComponents leaves `+` alone, but a form decoder reads it as a space.
        return components.percentEncodedQuery!.replacingOccurrences(of: "+", with: "%2B")
    }

    @Test("GET / is a form that works without JavaScript, readable on a phone, with no outside assets")
    func home() async throws {
        let response = try await TestServer.with { try await TestServer.request($0, "GET", "/", headers: Self.html) }
        let page = response.text
        #expect(response.status == 200 && response.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.contains(#"<meta name="viewport" content="width=device-width, initial-scale=1">"#))
        #expect(page.contains(#"<form id="form" method="post" action="/check" enctype="multipart/form-data">"#))
        for field in [
            #"<textarea id="text" name="text""#, #"<input id="page" name="page" type="file""#,
            #"<input id="days" name="days" type="number""#, #"<select id="phase" name="phase">"#,
        ] {
            #expect(page.contains(field), "missing \(field)")
        }
        // Every control has a label.
        #expect(page.contains(#"<input id="barcode" name="barcode" type="text" inputmode="numeric""#))
        for id in ["text", "page", "barcode", "days", "phase", "session", "avoid"] {
            #expect(page.contains(#"<label for="\#(id)">"#))
        }
        // One script, from this server, none inline; nothing from elsewhere.
        #expect(
            page.components(separatedBy: "<script").count == 2 && page.contains(#"<script src="/profile.js" defer>"#))
        #expect(!page.contains("src=\"http") && !page.contains("<link"))
        let policy = response.headers["content-security-policy"] ?? ""
        #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"))
    }

    @Test("The verdict comes first, then each flagged ingredient in the text report's words")
    func verdictFirst() async throws {
        let label = "Ingredients: Aqua, Sodium Laureth Sulfate, Glycerin, Zyxolon Extract"
        let response = try await TestServer.with {
            try await TestServer.request(
                $0, "GET", "/check?" + Self.query(["text": label, "days": "5"]), headers: Self.html)
        }
        let page = response.text
        #expect(response.status == 200)
        let verdict = try #require(
            page.range(of: "Avoid for now — this product has ingredients to keep off a healing scalp."))
        let form = try #require(page.range(of: "<form"))
        #expect(verdict.lowerBound < form.lowerBound)
        #expect(page.contains("For: healing (days 3 to 14)."))
        #expect(
            page.contains("Sodium Laureth Sulfate <span class=\"why\">(#2 on the list; harsh sulfate cleanser)</span>"))
        #expect(page.contains("<p>Later: After about six weeks"))
        #expect(page.contains("Not recognized (1)") && page.contains("<li>Zyxolon Extract</li>"))
        #expect(page.contains("Read 4 ingredients; recognized 3. 1 not recognized."))
        // The form comes back filled in.
        #expect(page.contains(#"value="5""#) && page.contains(">\(label)</textarea>"))
    }

    @Test("Everything from the input is escaped")
    func escapesInput() async throws {
        let response = try await TestServer.with {
            try await TestServer.request(
                $0, "GET", "/check?" + Self.query(["text": Self.hostileLabel, "days": "5"]), headers: Self.html)
        }
        let page = response.text
        #expect(page.contains("<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>"))
        #expect(page.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"))
        #expect(!page.contains("<script>") && !page.contains("<img"))
        // The form shows the label again, escaped too.
        #expect(
            page.contains(
                "Sulfate, &lt;script&gt;alert(1)&lt;/script&gt;, &quot;&gt;&lt;img src=x onerror=alert(2)&gt;, Glycerin</textarea>"
            ))
    }

    @Test("POST /check reads a urlencoded form and a multipart form with an uploaded page")
    func formPosts() async throws {
        try await TestServer.with { port in
            let urlencoded = try await TestServer.request(
                port, "POST", "/check",
                headers: Self.html + [("Content-Type", "application/x-www-form-urlencoded")],
                body: Array(Self.query(["text": "Aqua, Glycolic Acid, Glycerin", "phase": "healed", "days": ""]).utf8))
            #expect(urlencoded.status == 200 && urlencoded.text.contains("Looks fine — nothing on this list"))
            #expect(urlencoded.text.contains("For: healed (after about 6 weeks)."))

            let saved = try String(
                contentsOf: PageTests.samples.appending(path: "shopify-body-scrub.html"), encoding: .utf8)
            let boundary = "----smpcheckBoundary7MA4YWxk"
            var body = ""
            for (name, filename, value) in [
                ("text", nil, ""), ("page", "shopify-body-scrub.html", saved), ("days", nil, "4"), ("phase", nil, ""),
            ] {
                body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\""
                if let filename { body += "; filename=\"\(filename)\"\r\nContent-Type: text/html" }
                body += "\r\n\r\n\(value)\r\n"
            }
            body += "--\(boundary)--\r\n"
            let multipart = try await TestServer.request(
                port, "POST", "/check",
                headers: Self.html + [("Content-Type", "multipart/form-data; boundary=\(boundary)")],
                body: Array(body.utf8))
            #expect(multipart.status == 200)
            #expect(multipart.text.contains("Checked: shopify-body-scrub.html"))
            #expect(multipart.text.contains("<section class=\"result avoid\""))
        }
    }

    @Test("Page errors: the page with the message for a browser, JSON for anything else")
    func pageErrors() async throws {
        try await TestServer.with { port in
            let empty = try await TestServer.request(port, "GET", "/check?text=&days=3", headers: Self.html)
            #expect(
                empty.status == 400 && empty.text.contains(#"<p class="error" role="alert">Paste an ingredient list"#))
            let badDays = try await TestServer.request(port, "GET", "/check?text=Aqua&days=-1", headers: Self.html)
            #expect(badDays.status == 400 && badDays.text.contains("whole number, 0 or more"))
            let badPhase = try await TestServer.request(
                port, "GET", "/check?text=Aqua&phase=%3Cb%3E", headers: Self.html)
            #expect(badPhase.status == 400 && badPhase.text.contains("unknown phase &#39;&lt;b&gt;&#39;"))
            let asJSON = try await TestServer.request(port, "GET", "/check?text=Aqua&days=x")
            #expect(
                asJSON.status == 400 && asJSON.headers["content-type"] == "application/json"
                    && asJSON.json?["status"] as? Int == 400)
            let wrongType = try await TestServer.request(
                port, "POST", "/check", headers: [("Content-Type", "application/json")], body: Array("{}".utf8))
            #expect(wrongType.status == 415 && wrongType.json != nil)
            let badMultipart = try await TestServer.request(
                port, "POST", "/check",
                headers: Self.html + [("Content-Type", "multipart/form-data; boundary=abc")],
                body: Array("--abc\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nAqua".utf8))
            #expect(badMultipart.status == 400 && badMultipart.text.contains("ends inside a part"))
        }
        try await TestServer.with(TestServer.configuration(maximumBodyBytes: 100)) { port in
            let tooLarge = try await TestServer.request(
                port, "POST", "/check", headers: Self.html + [("Content-Type", "application/x-www-form-urlencoded")],
                body: Array(("text=" + String(repeating: "Aqua%2C+", count: 40)).utf8))
            #expect(tooLarge.status == 413 && tooLarge.text.contains("over the 100-byte limit"))
            #expect(tooLarge.headers["content-type"]?.hasPrefix("text/html") == true)
        }
    }

    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Samples")
}
