/// A shop's product-import CSV that puts every product that is `ok` for the phase in a collection by
/// tagging it: Shopify's `Handle,Tags`, or WooCommerce's `SKU,Tags`. Each product's own tags (its export's
/// `Tags` column) are kept, the collection's tag is added to the products that are ok and taken off the
/// ones that are not (a product whose formula changed leaves the collection). Rows without an id, variant
/// rows and records that could not be read get no line: an import matches products by id.
public struct CollectionScanFormatter: ScanFormatter {
    /// The import format of a shop.
    public enum Shop: String, Sendable, CaseIterable {
        case shopify, woocommerce

        /// The id column of the shop's product import.
        var idColumn: String {
            switch self {
            case .shopify: "Handle"
            case .woocommerce: "SKU"
            }
        }
    }

    public var tag: String
    public var shop: Shop

    public init(tag: String, shop: Shop = .shopify) {
        self.tag = tag
        self.shop = shop
    }

    public func header() -> [UInt8] { Array("\(shop.idColumn),Tags\r\n".utf8) }

    public func write(_ result: ScanResult, to output: inout [UInt8]) {
        guard let id = result.id, case .report(let report) = result.outcome else { return }
        CSVScanFormatter.append(id, to: &output)
        output.append(UInt8(ascii: ","))
        CSVScanFormatter.append(tags(result.listing?.tags ?? "", inCollection: report.verdict == .ok), to: &output)
        output.append(contentsOf: [0x0D, 0x0A])
    }

    /// The product's tags, in their order, with the collection's tag at the end when it belongs there.
    func tags(_ existing: String, inCollection: Bool) -> String {
        let lowered = tag.lowercased()
        var tags = existing.split(separator: ",").map(\.trimmingWhiteSpace).filter {
            !$0.isEmpty && $0.lowercased() != lowered
        }
        if inCollection { tags.append(tag) }
        return tags.joined(separator: ", ")
    }
}
