import Foundation
import SMPCheckKit

/// Reads a label from a file or stdin, turning file-system failures into `SMPCheckError`.
enum InputReader {
    static func read(_ path: String, kind: LabelInput.Kind, limit: Int) throws(SMPCheckError) -> LabelInput {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return LabelInput(bytes: Array(data), source: "stdin", kind: kind)
        }
        if path.contains("://") {
            throw .invalidArgument("\(path): only http:// and https:// addresses can be fetched")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadableInput(source: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadableInput(source: path, reason: "it is a folder, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadableInput(source: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        // Read one byte past the limit so an oversized file is refused without reading all of it.
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw .unreadableInput(source: path, reason: "read failed")
        }
        guard data.count <= limit else { throw .inputTooLarge(source: path, bytes: data.count, limit: limit) }
        let detected: LabelInput.Kind =
            kind == .automatic && (path.hasSuffix(".html") || path.hasSuffix(".htm")) ? .html : kind
        return LabelInput(bytes: Array(data), source: path, kind: detected)
    }
}
