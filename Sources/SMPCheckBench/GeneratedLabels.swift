import Foundation
import SMPCheckKit

/// Labels and product pages made from the lexicon itself, the same on every machine: the speed check
/// runs on them so that its thresholds mean the same thing in CI, where the shared corpus may be absent.
///
/// Each label has what real labels have that costs time: a heading, curated names in their label forms,
/// inventory names, botanicals with a common name in brackets, amounts, a misspelling for the fuzzy
/// search, and now and then a free-from claim or a may-contain block. A page wraps a label in the
/// chrome of a shop's product page (navigation, scripts, description), which the extractor must skip.
struct GeneratedLabels {
    private(set) var texts: [[UInt8]] = []
    private(set) var pages: [[UInt8]] = []

    init(lexicon: Lexicon, count: Int, pageCount: Int) {
        var generator = SplitMix(seed: 42)
        let curated = lexicon.entries.flatMap { [$0.name] + $0.variants.filter { $0.utf8.count > 3 } }
        let inventory = lexicon.inventory.map(\.name).filter { $0.utf8.count < 40 }
        func pick(_ names: [String]) -> String { names[Int(generator.next() % UInt64(names.count))] }
        func chance(_ percent: UInt64) -> Bool { generator.next() % 100 < percent }
        for _ in 0..<count {
            var names = ["Aqua"]
            for _ in 0..<(12 + Int(generator.next() % 28)) {
                var name = chance(60) ? pick(curated) : pick(inventory)
                if chance(5) { name = Self.misspelled(name, at: Int(generator.next() % 64)) }
                if chance(5) { name += " \(1 + generator.next() % 9)%" }
                names.append(name)
            }
            if chance(15) { names.append("Rosmarinus Officinalis (Rosemary) Leaf Extract") }
            var label = chance(20) ? "Free from parabens and sulfates. " : ""
            label += "Ingredients: " + names.joined(separator: ", ") + "."
            if chance(10) { label += " May contain: CI 77491, CI 77492, CI 77499." }
            texts.append(Array(label.utf8))
        }
        pages = texts.prefix(pageCount).enumerated().map { Array(Self.page(around: $1, number: $0).utf8) }
    }

    /// The name with one letter dropped (a typo or an OCR slip), when it is long enough to be found anyway.
    private static func misspelled(_ name: String, at offset: Int) -> String {
        guard name.count > 8 else { return name }
        var characters = Array(name)
        characters.remove(at: 2 + offset % (characters.count - 4))
        return String(characters)
    }

    private static func escaped(_ label: [UInt8]) -> String {
        String(decoding: label, as: UTF8.self).replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }

    private static func page(around label: [UInt8], number: Int) -> String {
        let links = (1...30).map { "<li><a href=\"/collections/c\($0)\">Collection \($0)</a></li>" }.joined()
        return """
            <!doctype html><html><head><title>Product \(number)</title>
            <script>window.dataLayer = [{"product": \(number), "price": "12.00"}];</script>
            <style>.panel { display: none }</style></head><body>
            <nav><ul>\(links)</ul></nav>
            <main><h1>Product \(number)</h1><div class="price">$12.00</div>
            <div class="description"><p>A gentle everyday formula for all hair types. Massage into wet hair,
            lather and rinse.</p></div>
            <div class="panel" id="ingredients"><h3>Ingredients</h3><p>\(escaped(label))</p></div>
            </main><footer><p>© Shop. All rights reserved.</p></footer></body></html>
            """
    }
}
