import SMPCheckKit

/// A fragment of HTML in which every interpolated `String` is escaped.
///
/// Labels, file names and error messages come from whoever posts to the server, so the page is
/// built only from `HTML` values: raw markup must be written as a literal or as another `HTML`,
/// and text cannot reach the page unescaped by mistake.
struct HTML: Sendable, ExpressibleByStringInterpolation {
    private(set) var markup: String

    init(stringLiteral literal: String) { markup = literal }

    init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }

    /// Joins fragments, as `Array.joined` does for strings.
    init(_ fragments: some Sequence<HTML>) { markup = fragments.map(\.markup).joined() }

    struct Interpolation: StringInterpolationProtocol {
        var markup = ""

        init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity * 2) }

        mutating func appendLiteral(_ literal: String) { markup += literal }

        /// Text, escaped for element content and for quoted attribute values alike.
        mutating func appendInterpolation(_ text: String) { markup += HTMLEscaping.escaped(text) }

        mutating func appendInterpolation(_ number: Int) { markup += String(number) }

        mutating func appendInterpolation(_ fragment: HTML) { markup += fragment.markup }
    }
}
