import Foundation

/// Paths of the repository and of the shared folder beside it, found from this source file.
enum Repository {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> URL { root.appending(path: relative) }

    /// `../shared`, the project's real data and contracts; nil where it is not checked out.
    static var shared: URL? {
        let url = root.deletingLastPathComponent().appending(path: "shared")
        return FileManager.default.fileExists(atPath: url.appending(path: "corpus").path) ? url : nil
    }

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: path(relative), encoding: .utf8)
    }

    /// The records of a JSON Lines file under `../shared`, or nil when `../shared` is absent.
    static func sharedRecords(_ relative: String) throws -> [[String: Any]]? {
        guard let shared else { return nil }
        let text = try String(contentsOf: shared.appending(path: relative), encoding: .utf8)
        return try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }
}
