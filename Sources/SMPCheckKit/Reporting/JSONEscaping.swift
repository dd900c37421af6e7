/// Text as a JSON string literal, for callers that write small JSON objects of their own (a
/// service's error bodies and scan lines): the same escaping every report's JSON gets.
public enum JSONEscaping {
    /// `text` quoted, with quotes, backslashes and control characters escaped.
    public static func quoted(_ text: String) -> String {
        String(decoding: JSONWriter.literal(text), as: UTF8.self)
    }
}
