import SMPCheckKit

/// Looks a barcode up in Open Beauty Facts (API v2): only the barcode leaves the machine. Bounded in time
/// and size like a page fetch; every unhappy answer (not found, no list, no network, a broken answer) is
/// an error that says what to do instead, never a verdict.
///
/// ```swift
/// let product = try await OpenBeautyFactsClient().product(Barcode("3600550362626")!)
/// let report = try SMPChecker().check(try product.labelInput())
/// ```
public struct OpenBeautyFactsClient: Sendable {
    /// `https://world.openbeautyfacts.org`, or a stand-in (`--obf-url`, `SMPCHECK_OBF_URL`).
    public var baseURL: String
    public var fetcher: PageFetcher

    public init(
        baseURL: String = OpenBeautyFactsProduct.defaultBaseURL, timeout: Int64 = 20, maximumBytes: Int = 2 << 20
    ) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        fetcher = PageFetcher(timeout: timeout, maximumBytes: maximumBytes, maximumRedirects: 3)
    }

    /// The product behind `barcode`.
    public func product(_ barcode: Barcode) async throws(SMPCheckError) -> OpenBeautyFactsProduct {
        let address = "\(baseURL)/api/v2/product/\(barcode).json?fields=\(OpenBeautyFactsProduct.fields)"
        let response: (status: UInt, body: [UInt8])
        do {
            response = try await fetcher.get(address, accept: "application/json")
        } catch {
            let reason: String
            switch error {
            case .unreadableInput(_, let why): reason = why
            default: reason = error.description
            }
            throw .unreadableInput(
                source: "barcode \(barcode)",
                reason: "could not reach Open Beauty Facts (\(reason)): paste the label's ingredient list instead")
        }
        // OBF answers an unknown barcode with 404 and `"status": 0`.
        if response.status == 404 { throw OpenBeautyFactsProduct.notFound(barcode) }
        guard (200..<300).contains(response.status) else {
            throw .unreadableInput(
                source: "barcode \(barcode)",
                reason: "Open Beauty Facts answered HTTP \(response.status): try again later, or paste the label's "
                    + "ingredient list instead")
        }
        return try OpenBeautyFactsProduct(json: response.body, barcode: barcode)
    }
}
