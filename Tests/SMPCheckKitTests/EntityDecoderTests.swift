import Testing

@testable import SMPCheckKit

@Suite("EntityDecoder: character references in copied text")
struct EntityDecoderTests {
    private func decoded(_ text: String) -> String {
        String(decoding: EntityDecoder.decode(Array(text.utf8)), as: UTF8.self)
    }

    @Test("References are decoded; a bare ampersand, an unknown name and an unterminated reference stay as printed")
    func references() {
        #expect(
            decoded("Water & Aloe &amp; Jojoba, Caf&eacute; &#233;&#x2019;s &unknown; Tea &amp")
                == "Water & Aloe & Jojoba, Café é’s &unknown; Tea &amp")
        #expect(decoded("&amp;&lt;&gt;") == "&<>")
        #expect(decoded("&&amp;&") == "&&&")
        #expect(decoded("no references") == "no references")
        #expect(decoded("") == "")
    }
}
