import Foundation
import Testing
@testable import SMPCheckKit

@Suite("HTML extraction with libxml2")
struct HTMLExtractorTests {
    func report(_ html: String) throws -> Report {
        try sharedChecker.check(LabelInput(text: html, source: "page.html", kind: .html))
    }

    @Test("A Shopify-style body: heading, paragraph and spans")
    func shopifyBody() throws {
        let html = """
        <h2>Description</h2><p>A calming cream for everyday use.</p>
        <h2>Ingredients</h2><p><span style="font-weight: 400;">Aqua/Water/Eau, Glycerin, Cetearyl&nbsp;Alcohol, Parfum (Fragrance), Lin<b>alool</b></span></p>
        <h2>How to use</h2><p>Apply daily.</p>
        """
        let result = try report(html)
        #expect(result.ingredients.map(\.printed) == ["Aqua/Water/Eau", "Glycerin", "Cetearyl Alcohol", "Parfum (Fragrance)", "Linalool"])
    }

    @Test("List items and line breaks separate; scripts and styles are ignored")
    func structure() throws {
        let html = "<div><script>var x = 'Ingredients: Alcohol';</script><style>.a{}</style><h3>Ingredients</h3><ul><li>Aqua</li><li>Glycerin</li></ul><p>Squalane<br>Tocopherol</p></div>"
        #expect(try report(html).ingredients.map(\.printed) == ["Aqua", "Glycerin"])
        #expect(try report("<p>Ingredients:<br>Aqua<br>Glycerin<br>Squalane</p>").ingredients.count == 3)
    }

    @Test("Broken and deeply nested markup is recovered, not fatal")
    func hostileMarkup() throws {
        let deep = String(repeating: "<div>", count: 20_000) + "Ingredients: Aqua, Glycerin" + String(repeating: "</div>", count: 10)
        _ = try report(deep)
        #expect(try report("<p>Ingredients: Aqua, <b>Glycerin, Squalane</p></i></div>").ingredients.count == 3)
    }

    @Test("No Shopify body or Japanese page errors, and lists are found where they exist",
          .enabled(if: Repository.shared != nil))
    func corpusPages() throws {
        let folders = ["corpus/html/shopify-body", "corpus/html/full-pages-ja"]
        var pages = 0, found = 0
        for folder in folders {
            let url = Repository.shared!.appending(path: folder)
            for file in try FileManager.default.contentsOfDirectory(atPath: url.path) where file.hasSuffix(".html") {
                let bytes = Array(try Data(contentsOf: url.appending(path: file)))
                let result = try sharedChecker.check(LabelInput(bytes: bytes, source: file, kind: .html))
                pages += 1
                if result.listFound { found += 1 }
            }
        }
        #expect(pages == 104)
        print("HTML corpus: \(pages) pages, list found on \(found)")
    }
}
