/// Text made safe for HTML: for element content and quoted attribute values alike. Everything a
/// page shows from a label or a catalog goes through here (labels are written by strangers).
public enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` as character references; C0 controls other than tab and line breaks,
    /// which HTML text may not hold, as U+FFFD.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
