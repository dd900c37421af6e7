/// Counts over a scan that reconcile with its output: every record is exactly one of a verdict,
/// `skipped` or `error`, so `records == verdicts.values.sum() + skipped + errors`.
public struct ScanSummary: Sendable, Equatable {
    public var records = 0
    public var verdicts: [Verdict: Int] = [:]
    public var skipped = 0
    public var errors = 0
    /// Products flagged per concern.
    public var concerns: [ConcernID: Int] = [:]
    /// Products per flagged ingredient (by its canonical name).
    public var flaggedIngredients: [String: Int] = [:]
    /// Ingredients read and recognized over all products (the lexicon's coverage of the catalog).
    public var ingredients = 0
    public var recognized = 0
    /// The products that are `ok`, in input order, up to `ShelfProduct.limit`; `unshelved` counts the rest.
    public var shelf: [ShelfProduct] = []
    public var unshelved = 0
    /// Wall time of the scan in seconds.
    public var seconds = 0.0
    /// Why the scan stopped before the end of its input (a read or write failure part-way); nil
    /// when every record was read. Every record counted here was written.
    public var stop: SMPCheckError?

    public init() {}

    /// A summary with room for the counts a batch of `records` most likely makes: its tables then
    /// do not rehash as they fill, several times a batch.
    init(batchOf records: Int) {
        concerns.reserveCapacity(32)
        flaggedIngredients.reserveCapacity(records * 2)
    }

    public var checked: Int { verdicts.values.reduce(0, +) }
    public var recordsPerSecond: Double { seconds > 0 ? Double(records) / seconds : 0 }

    mutating func add(_ result: ScanResult) {
        records += 1
        switch result.outcome {
        case .report(let report):
            verdicts[report.verdict, default: 0] += 1
            if report.verdict == .ok {
                shelve([ShelfProduct(id: result.id, name: report.productName, listing: result.listing)])
            }
            ingredients += report.coverage.total
            recognized += report.coverage.recognized
            // Each concern and each flagged name counts once per product; a product has a few, so a
            // linear check for repeats beats building sets.
            for concern in report.concernsRaised { concerns[concern, default: 0] += 1 }
            var names: [String] = []
            names.reserveCapacity(report.findings.count)
            for index in report.ingredients.indices where !report.ingredients[index].concerns.isEmpty {
                let name = report.ingredients[index].name ?? report.ingredients[index].printed.uppercased()
                if !names.contains(name) {
                    names.append(name)
                    flaggedIngredients[name, default: 0] += 1
                }
            }
        case .skipped:
            skipped += 1
        case .error:
            errors += 1
        }
    }

    /// Adds another summary's counts (another batch, another file).
    public mutating func merge(_ other: ScanSummary) {
        records += other.records
        verdicts.merge(other.verdicts, uniquingKeysWith: +)
        skipped += other.skipped
        errors += other.errors
        concerns.merge(other.concerns, uniquingKeysWith: +)
        flaggedIngredients.merge(other.flaggedIngredients, uniquingKeysWith: +)
        ingredients += other.ingredients
        recognized += other.recognized
        shelve(other.shelf)
        unshelved += other.unshelved
        seconds += other.seconds
        stop = stop ?? other.stop
    }

    private mutating func shelve(_ products: [ShelfProduct]) {
        let room = max(0, ShelfProduct.limit - shelf.count)
        shelf += products.prefix(room)
        unshelved += max(0, products.count - room)
    }

    /// The most frequent concerns, most frequent first (ties by id, so output is stable).
    public func topConcerns(_ count: Int) -> [(concern: ConcernID, products: Int)] {
        concerns.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(count).map { ($0.key, $0.value) }
    }

    /// The most frequently flagged ingredients, most frequent first.
    public func topFlaggedIngredients(_ count: Int) -> [(name: String, products: Int)] {
        flaggedIngredients.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(count).map { ($0.key, $0.value) }
    }
}
