import CLibXML2
import Foundation

/// Turns an HTML page or fragment into plain text that keeps its block structure, using
/// libxml2's recovering HTML parser (no network, no external entities).
///
/// Block elements end a paragraph, `<br>` and `<li>` end a line, inline elements do not split
/// words, entities are decoded, and scripts, styles and navigation are dropped. The result goes
/// through the same list locator as a plain-text label.
///
/// Besides the page text it returns focused sources, tried first: schema.org JSON-LD values and
/// microdata (`itemprop="ingredients"`), and elements whose id, class or data attributes name
/// ingredients (an accordion panel `<div id="ingredients">`), full lists before highlights.
struct HTMLExtractor: Sendable {
    /// Deeper nesting than this is not a real page; the rest of such a subtree is ignored.
    var maximumDepth = SMPChecker.defaultMaximumNesting

    private static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "svg", "iframe", "object", "button", "select", "form",
        "title",
    ]
    private static let paragraphs: Set<String> = [
        "p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "header",
        "footer", "main", "aside", "details", "summary", "blockquote", "pre", "figure", "hr",
    ]
    private static let lines: Set<String> = ["br", "li", "tr", "dt", "dd", "td", "th", "option"]

    /// The focused sources (best first) followed by the whole page's text.
    func sources(from html: [UInt8], source: String) -> [TextSource] {
        var walk = Walk()
        text(from: html, source: source, into: &walk)
        let product = (walk.heading ?? walk.title).flatMap(Self.productName)
        var sources = walk.jsonLD.flatMap(Self.ingredientValues).map {
            TextSource(origin: "json-ld", bytes: Array($0.utf8), isHTML: true, productName: product)
        }
        let ranked = walk.marked.sorted { $0.rank < $1.rank }
        for mark in ranked where !mark.range.isEmpty {
            sources.append(
                TextSource(origin: mark.origin, bytes: Array(walk.out[mark.range]), isHTML: true, productName: product))
        }
        sources.append(TextSource(origin: "page", bytes: walk.out, isHTML: true, productName: product))
        return sources
    }

    /// A page's title or first heading as a product's name: its text with spaces collapsed, nil when
    /// empty or too long to be a name.
    private static func productName(_ bytes: [UInt8]) -> String? {
        let name = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return name.isEmpty || name.count > 200 ? nil : name
    }

    /// State of one pass over the tree.
    private struct Walk {
        var out: [UInt8] = []
        var jsonLD: [[UInt8]] = []
        /// Ranges of `out` that came from elements marked as holding ingredients.
        var marked: [(origin: String, rank: Int, range: Range<Int>)] = []
        /// The page's `<title>` and first `<h1>`: the product's name, on a product page.
        var title: [UInt8]?
        var heading: [UInt8]?
    }

    private func text(from html: [UInt8], source: String, into walk: inout Walk) {
        guard !html.isEmpty else { return }
        smp_xml_silence_errors()
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let document = html.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(clamping: buffer.count), source, "UTF-8", options)
            }
        }
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        walk.out.reserveCapacity(html.count / 2)
        var node = document.pointee.children
        while let current = node {
            visit(current, depth: 0, into: &walk)
            node = current.pointee.next
        }
    }

    private func visit(_ node: xmlNodePtr, depth: Int, into walk: inout Walk) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            appendText(node.pointee.content, into: &walk.out)
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            guard depth < maximumDepth else { return }
            if name == "script", attribute(node, "type")?.lowercased() == "application/ld+json" {
                walk.jsonLD.append(textContent(node))
                return
            }
            if name == "title", walk.title == nil { walk.title = textContent(node) }
            if name == "h1", walk.heading == nil { walk.heading = textContent(node) }
            guard !Self.skipped.contains(name) else { return }
            let lines = Self.paragraphs.contains(name) ? 2 : Self.lines.contains(name) ? 1 : 0
            endLine(&walk.out, blankLines: lines)
            let mark = ingredientMark(node)
            let start = walk.out.count
            var child = node.pointee.children
            while let current = child {
                visit(current, depth: depth + 1, into: &walk)
                child = current.pointee.next
            }
            endLine(&walk.out, blankLines: lines)
            if let mark { walk.marked.append((mark.origin, mark.rank, start..<walk.out.count)) }
        default:
            return
        }
    }

    // MARK: Marked elements

    /// Whether an element's attributes say it holds ingredients, and how much to trust it:
    /// microdata first, then full-list names, then highlights ("key ingredients").
    private func ingredientMark(_ node: xmlNodePtr) -> (origin: String, rank: Int)? {
        if let itemprop = attribute(node, "itemprop")?.lowercased(), itemprop.contains("ingredient") {
            return ("itemprop=\(itemprop)", 0)
        }
        var property = node.pointee.properties
        while let current = property {
            defer { property = current.pointee.next }
            let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            guard name == "id" || name == "class" || name.hasPrefix("data-") || name == "aria-labelledby" else {
                continue
            }
            guard let value = attribute(node, name)?.lowercased() else { continue }
            let words = value.split { !$0.isLetter }
            guard words.contains(where: { $0.hasPrefix("ingredient") || $0 == "inci" || $0 == "composition" }) else {
                continue
            }
            let highlight = words.contains {
                ["key", "hero", "main", "star", "featured", "highlights", "active"].contains($0)
            }
            return ("element \(name)=\"\(value.prefix(40))\"", highlight ? 2 : 1)
        }
        return nil
    }

    private func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { smp_xml_free(value) }
        return String(cString: value)
    }

    private func textContent(_ node: xmlNodePtr) -> [UInt8] {
        guard let content = xmlNodeGetContent(node) else { return [] }
        defer { smp_xml_free(content) }
        return Array(UnsafeBufferPointer(start: content, count: Int(strlen(content))))
    }

    // MARK: JSON-LD

    /// String values under ingredient-named keys of a JSON-LD block, and schema.org
    /// `PropertyValue`s named like ingredients (`{"name": "Ingredients", "value": "..."}`).
    static func ingredientValues(_ json: [UInt8]) -> [String] {
        guard json.count < 4 << 20, let root = try? JSONSerialization.jsonObject(with: Data(json)) else { return [] }
        var found: [String] = []
        func visit(_ value: Any, depth: Int) {
            guard depth < 32 else { return }
            if let object = value as? [String: Any] {
                if let name = object["name"] as? String, name.lowercased().contains("ingredient"),
                    let text = object["value"] as? String
                {
                    found.append(text)
                }
                for (key, child) in object {
                    if key.lowercased().contains("ingredient") {
                        if let text = child as? String { found.append(text) }
                        if let list = child as? [String] { found.append(list.joined(separator: ", ")) }
                    }
                    visit(child, depth: depth + 1)
                }
            } else if let array = value as? [Any] {
                for child in array { visit(child, depth: depth + 1) }
            }
        }
        visit(root, depth: 0)
        return found
    }

    /// Ends the current line (1) or paragraph (2) unless the text already ends that way, so nested
    /// blocks never pile up empty lines and a `<br>` never looks like a paragraph break.
    private func endLine(_ out: inout [UInt8], blankLines: Int) {
        guard blankLines > 0, !out.isEmpty else { return }
        while out.last == 0x20 { out.removeLast() }
        let trailing = out.reversed().prefix { $0 == 0x0A }.count
        if trailing < blankLines { out.append(contentsOf: repeatElement(0x0A, count: blankLines - trailing)) }
    }

    /// Appends a text node, turning runs of whitespace into one space (page source wraps lines
    /// arbitrarily; only elements decide where lines break).
    private func appendText(_ content: UnsafeMutablePointer<xmlChar>?, into out: inout [UInt8]) {
        guard var pointer = content else { return }
        var pendingSpace = false
        while pointer.pointee != 0 {
            let byte = pointer.pointee
            // U+00A0 (no-break space, C2 A0) counts as a space: pages put `&nbsp;` between words.
            if byte == 0xC2, pointer[1] == 0xA0 {
                pendingSpace = true
                pointer += 2
                continue
            }
            if ByteClass.isSpace(byte) {
                pendingSpace = true
            } else {
                if pendingSpace, let last = out.last, last != 0x0A, last != 0x20 { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
            pointer += 1
        }
        if pendingSpace, let last = out.last, last != 0x0A, last != 0x20 { out.append(0x20) }
    }

    /// Whether bytes look like markup rather than a text label: a known tag near the start or
    /// several tags anywhere.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let end = min(bytes.count, 4096)
        var index = 0
        while let open = ByteSearch.firstIndex(of: UInt8(ascii: "<"), in: bytes, index..<end) {
            if markupMarkers.contains(where: { bytes.startsLowercased(with: $0, at: open) }) { return true }
            index = open + 1
        }
        return false
    }

    /// Tags and comments that only markup opens with (`<` alone is common in labels: `< 1%`).
    private static let markupMarkers: [StaticString] = [
        "<!doctype html", "<html", "<body", "<p>", "<p ", "<div", "<br", "<li", "<span", "<h1", "<h2", "<h3", "<ul",
        "<table",
        "<strong", "<meta", "<!--",
    ]
}
