import Foundation

/// The real labels of `../shared/corpus/labels.jsonl`: the `text` field of every record.
struct CorpusLabels {
    var texts: [[UInt8]]

    init(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        texts = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let object = try JSONSerialization.jsonObject(with: line) as? [String: Any],
                  let text = object["text"] as? String else { continue }
            texts.append(Array(text.utf8))
        }
    }

    var byteCount: Int { texts.reduce(0) { $0 + $1.count } }
}
