import Foundation
import SMPCheckKit

/// The labels the load test sends: the corpus's real labels (`../shared/corpus/labels.jsonl`, read at
/// run time, never copied here), or, where it is absent, labels made from the lexicon's names.
struct LoadLabels {
    /// Each label as the JSON body of a `/v1/check` request: `{"text": "..."}`.
    var bodies: [[UInt8]]
    /// Where they came from, for the report.
    var origin: String

    init(path: String, lexicon: Lexicon) throws {
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            bodies = try text.split(separator: "\n").compactMap { line in
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let label = object["text"] as? String
                else { return nil }
                return try Self.body(label)
            }
            origin = "\(bodies.count) real labels of \(path)"
        } else {
            bodies = try Self.generated(from: lexicon, count: 3000).map(Self.body)
            origin = "\(bodies.count) labels made from the lexicon (\(path) is absent)"
        }
    }

    /// The texts themselves, for checking in process.
    var texts: [[UInt8]] {
        bodies.map { body in
            let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: String]
            return Array((object?["text"] ?? "").utf8)
        }
    }

    private static func body(_ label: String) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: ["text": label], options: [.withoutEscapingSlashes]))
    }

    /// Lists of 12 to 40 names, curated and inventory ones mixed, the same on every run.
    private static func generated(from lexicon: Lexicon, count: Int) -> [String] {
        let names = lexicon.entries.map(\.name) + lexicon.inventory.map(\.name).filter { $0.utf8.count < 40 }
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        return (0..<count).map { _ in
            "Ingredients: Aqua, "
                + (0..<(12 + next() % 28)).map { _ in names[next() % names.count] }.joined(separator: ", ")
        }
    }
}
