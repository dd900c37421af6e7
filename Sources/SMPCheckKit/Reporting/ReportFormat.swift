/// The formats a single-product report can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case markdown

    /// The reporter that writes this format.
    public var reporter: any Reporter {
        switch self {
        case .text: TextReporter()
        case .json: JSONReporter()
        case .markdown: MarkdownReporter()
        }
    }
}

/// Turns a report into text for people or programs. Reporters are pure functions of the report,
/// so their output can be compared with golden files.
public protocol Reporter: Sendable {
    func render(_ report: Report) -> String
}
