/// A product barcode (GTIN-8, UPC-A, EAN-13 or GTIN-14): digits whose last one checks the others.
public struct Barcode: Sendable, Equatable, CustomStringConvertible {
    /// The digits, as printed.
    public let digits: String

    /// The barcode in `text`, when it is 8, 12, 13 or 14 digits with a valid check digit.
    public init?(_ text: String) {
        guard Self.hasBarcodeShape(text), Self.checkDigit(of: text.dropLast()) == text.last?.wholeNumberValue else {
            return nil
        }
        digits = text
    }

    public var description: String { digits }

    /// The barcode in `text`, or the error that says what is wrong with it: not digits of a barcode's
    /// length, or a wrong check digit (with the digit it should end in).
    public static func parse(_ text: String) throws(SMPCheckError) -> Barcode {
        if let barcode = Barcode(text) { return barcode }
        guard hasBarcodeShape(text) else {
            throw .invalidArgument("\(text) is not a barcode: a barcode is the 8, 12, 13 or 14 digits under the bars")
        }
        let expected = checkDigit(of: text.dropLast()).map { " (it should end in \($0))" } ?? ""
        throw .invalidArgument(
            "\(text) is not a valid barcode: its check digit is wrong\(expected). Check the number, "
                + "or paste the label's ingredient list instead")
    }

    /// Whether `text` is shaped like a barcode (8, 12, 13 or 14 ASCII digits), whatever its check digit.
    public static func hasBarcodeShape(_ text: String) -> Bool {
        [8, 12, 13, 14].contains(text.utf8.count) && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// The check digit the other digits call for (GS1: weights 3 and 1 from the right).
    public static func checkDigit(of body: Substring) -> Int? {
        var sum = 0
        for (offset, character) in body.reversed().enumerated() {
            guard let digit = character.wholeNumberValue else { return nil }
            sum += digit * (offset % 2 == 0 ? 3 : 1)
        }
        return (10 - sum % 10) % 10
    }
}
