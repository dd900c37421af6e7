import SMPCheckFetch
import SMPCheckKit

/// Barcode lookups in Open Beauty Facts, remembered for a while: a shop page that shows the same
/// products all day asks OBF once an hour for each, not once a visitor. Bounded: at most `capacity`
/// answers, the oldest dropped first. A product, or OBF's "not found", is remembered; a failure to reach
/// OBF is not, so the next request tries again.
actor ProductLookup {
    private let client: OpenBeautyFactsClient
    private let capacity: Int
    private let lifetime: Duration
    private var answers:
        [String: (answer: Result<OpenBeautyFactsProduct, SMPCheckError>, expires: ContinuousClock.Instant)] = [:]
    private var order: [String] = []

    init(baseURL: String, capacity: Int = 1_000, lifetime: Duration = .seconds(3_600)) {
        client = OpenBeautyFactsClient(baseURL: baseURL, timeout: 10)
        self.capacity = capacity
        self.lifetime = lifetime
    }

    /// The list behind a barcode, ready to check.
    func labelInput(for barcode: Barcode) async throws(SMPCheckError) -> LabelInput {
        let now = ContinuousClock.now
        if let cached = answers[barcode.digits], cached.expires > now { return try cached.answer.get().labelInput() }
        let answer: Result<OpenBeautyFactsProduct, SMPCheckError>
        do { answer = .success(try await client.product(barcode)) } catch { answer = .failure(error) }
        if case .failure(let error) = answer, error != OpenBeautyFactsProduct.notFound(barcode) { throw error }
        remember(answer, for: barcode.digits, until: now + lifetime)
        return try answer.get().labelInput()
    }

    private func remember(
        _ answer: Result<OpenBeautyFactsProduct, SMPCheckError>, for code: String,
        until expires: ContinuousClock.Instant
    ) {
        if answers.updateValue((answer, expires), forKey: code) == nil { order.append(code) }
        while order.count > capacity { answers[order.removeFirst()] = nil }
    }
}
