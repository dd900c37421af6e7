import SMPCheckKit
import Testing

@testable import SMPCheckServer

/// The server's own small parsers and its escaping, on the inputs that break naive ones.
@Suite("Request parsing")
struct ParsingTests {
    @Test("Form fields: + is a space, %XX a byte, a broken escape stays as written")
    func urlEncoded() {
        let fields = FormFields(
            urlEncoded: Array("text=Aqua%2C+Glycerin+%3Cb%3E&days=5&bad=100%&odd=%G1&empty=&flag".utf8))
        #expect(fields.text("text") == "Aqua, Glycerin <b>")
        #expect(fields.text("days") == "5")
        #expect(fields.text("bad") == "100%" && fields.text("odd") == "%G1")
        #expect(fields.text("empty") == nil && fields["flag"]?.value == [])
    }

    @Test("Multipart: fields, a file name, a value holding the boundary's dashes; malformed bodies are 400")
    func multipart() throws {
        let body =
            "--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nAqua\r\n-- not the end\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"page\"; filename=\"my page.html\"\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n"
            + "--XyZ--\r\n"
        let fields = try FormFields(multipart: Array(body.utf8), boundary: "XyZ")
        #expect(fields.text("text") == "Aqua\r\n-- not the end")
        #expect(fields["page"]?.filename == "my page.html" && fields["page"]?.value == Array("<p>x</p>".utf8))
        #expect(throws: APIError.badRequest("the multipart body ends inside a part")) {
            try FormFields(
                multipart: Array("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end".utf8),
                boundary: "XyZ")
        }
        #expect(throws: APIError.badRequest("the multipart body has no part")) {
            try FormFields(multipart: Array("hello".utf8), boundary: "XyZ")
        }
        #expect(throws: APIError.self) { try FormFields(multipart: [], boundary: "") }
    }

    @Test("HTML escaping covers text and quoted attributes; JSON strings escape quotes and controls")
    func escaping() {
        let hostile = "<a href=\"x\" onclick='y'>&</a>\u{0}"
        let html: HTML = "<p title=\"\(hostile)\">\(hostile)</p>"
        let escaped = "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;\u{FFFD}"
        #expect(html.markup == "<p title=\"\(escaped)\">\(escaped)</p>")
        #expect(JSONEscaping.quoted("a\"b\\c\n\u{1}é") == #""a\"b\\c\n\u0001é""#)
    }
}
