import CLibXML2

/// Turns an HTML page or fragment into plain text that keeps its block structure, using
/// libxml2's recovering HTML parser (no network, no external entities).
///
/// Block elements end a paragraph, `<br>` and `<li>` end a line, inline elements do not split
/// words, entities are decoded, and scripts, styles and navigation are dropped. The result goes
/// through the same list locator as a plain-text label.
struct HTMLExtractor: Sendable {
    /// Deeper nesting than this is not a real page; the rest of such a subtree is ignored.
    var maximumDepth = 256

    private static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "svg", "iframe", "object", "button", "select", "form", "head",
    ]
    private static let paragraphs: Set<String> = [
        "p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "header",
        "footer", "main", "aside", "details", "summary", "blockquote", "pre", "figure", "hr",
    ]
    private static let lines: Set<String> = ["br", "li", "tr", "dt", "dd", "td", "th", "option"]

    func text(from html: [UInt8], source: String) -> [UInt8] {
        guard !html.isEmpty else { return [] }
        smp_xml_silence_errors()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let document = html.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(clamping: buffer.count), source, "UTF-8", options)
            }
        }
        guard let document else { return [] }
        defer { xmlFreeDoc(document) }
        var out: [UInt8] = []
        out.reserveCapacity(html.count / 2)
        var node = document.pointee.children
        while let current = node {
            walk(current, depth: 0, into: &out)
            node = current.pointee.next
        }
        return out
    }

    private func walk(_ node: xmlNodePtr, depth: Int, into out: inout [UInt8]) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            appendText(node.pointee.content, into: &out)
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            guard !Self.skipped.contains(name), depth < maximumDepth else { return }
            let lines = Self.paragraphs.contains(name) ? 2 : Self.lines.contains(name) ? 1 : 0
            endLine(&out, blankLines: lines)
            var child = node.pointee.children
            while let current = child {
                walk(current, depth: depth + 1, into: &out)
                child = current.pointee.next
            }
            endLine(&out, blankLines: lines)
        default:
            return
        }
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
        let sample = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        let markers = ["<!doctype html", "<html", "<body", "<p>", "<p ", "<div", "<br", "<li", "<span", "<h1", "<h2", "<h3",
                       "<ul", "<table", "<strong", "<meta", "<!--"]
        return markers.contains { sample.contains($0) }
    }
}
