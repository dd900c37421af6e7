import Foundation

/// The real labels of `../shared/corpus/labels.jsonl`: each record's id and `text`.
struct CorpusLabels {
    var ids: [String] = []
    var texts: [[UInt8]] = []

    init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in text.split(separator: "\n") where !line.isEmpty {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let label = object["text"] as? String
            else { continue }
            ids.append(object["id"] as? String ?? "\(ids.count)")
            texts.append(Array(label.utf8))
        }
    }

    var byteCount: Int { texts.reduce(0) { $0 + $1.count } }
}
