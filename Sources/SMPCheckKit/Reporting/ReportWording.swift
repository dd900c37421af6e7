/// The sentences reports share, so text, Markdown and the web page say the same thing in the same words.
public enum ReportWording {
    /// The verdict in one sentence, the first thing a report says.
    public static func headline(_ report: Report) -> String {
        switch report.verdict {
        case .avoid: "Avoid for now — this product has ingredients to keep off a healing scalp."
        case .caution: "Use with caution — nothing to avoid outright, but some ingredients need care."
        case .ok: "Looks fine — nothing on this list is a concern for your scalp right now."
        case .unknown where report.ocr?.advice != nil:
            "The photo could not be read well enough — smpcheck cannot tell whether this product is fine."
        case .unknown where report.highlightsOnly:
            "Only highlighted ingredients found, not the full list — smpcheck cannot tell whether this product is fine."
        case .unknown: "No ingredient list found — smpcheck could not check this product."
        }
    }

    /// Which healing phase the report is for, in plain words.
    public static func phaseLine(_ report: Report) -> String {
        "For: \(report.phase.summary)."
    }

    /// Which product a database record named, whose data it is, and how far to trust it; nil for a label
    /// or page in hand.
    public static func productLine(_ report: Report) -> String? {
        guard let product = report.product else { return nil }
        let name = [product.name, product.brand.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        return "Product: \(name.isEmpty ? "unnamed" : name), barcode \(product.code). Data from \(product.source) "
            + "(\(product.licence)): the list was typed by volunteers and may be out of date; check it against the pack."
    }

    /// A warning that holds whatever the ingredients are, for phases that have one.
    public static func phaseAdvice(_ phase: Phase) -> String? {
        switch phase {
        case .fresh:
            "In the first 48 hours, put nothing on the treated scalp but what your artist gave you, even a product that looks fine here."
        default: nil
        }
    }

    /// What to do when no ingredient list was found.
    public static let noListAdvice =
        "Paste the ingredient list (it usually starts with \"Ingredients:\") or save the product page and try again."

    /// What to do when only highlights were found.
    public static let highlightsAdvice =
        "Key or active ingredients are only part of a product. Find the full list (on the pack, or the shop's "
        + "\"Ingredients\" section) and check that: the rest of the formula may hold more to avoid."

    /// What a report says before the findings in highlights.
    public static let highlightsIntro = "Among the highlighted ingredients:"

    /// What a report says when there is nothing to show: no list, or highlights that flag nothing.
    public static func missingListAdvice(_ report: Report) -> String {
        report.ocr?.advice ?? (report.highlightsOnly ? highlightsAdvice : noListAdvice)
    }

    /// What was repaired before reading, so a damaged copy is not taken for the label as printed.
    public static func repairLine(_ report: Report) -> String? {
        guard let repairs = report.repairs, !repairs.isEmpty else { return nil }
        func count(_ number: Int, _ noun: String) -> String? {
            number == 0 ? nil : "\(number) \(noun)\(number == 1 ? "" : "s")"
        }
        let parts = [
            count(repairs.controlCharacters, "control character").map { $0 + " removed" },
            count(repairs.brokenBytes, "broken byte").map { $0 + " replaced" },
        ].compactMap { $0 }
        return "The text was damaged: \(parts.joined(separator: ", ")) before reading."
    }

    /// How many ingredients were read and recognized; nil when no list was found.
    public static func coverageLine(_ report: Report) -> String? {
        guard report.listFound else { return nil }
        let coverage = report.coverage
        var line =
            "Read \(coverage.total) ingredient\(coverage.total == 1 ? "" : "s"); recognized \(coverage.recognized)."
        if coverage.unknown > 0 {
            line += " \(coverage.unknown) not recognized"
            line += report.verdict == .ok ? ", so \"looks fine\" covers only what was recognized." : "."
        }
        return line
    }

    /// What of the person's avoid list this product does not hold, so they know it was looked for; nil
    /// when no list was given or everything on it was found.
    public static func personalNotFoundLine(_ report: Report) -> String? {
        guard let notFound = report.personalNotFound, !notFound.isEmpty else { return nil }
        return "From your avoid list, not found in this product: \(notFound.joined(separator: ", "))."
    }

    /// The heading of a group of findings.
    public static func severityHeading(_ severity: Severity) -> String {
        switch severity {
        case .avoid: "Avoid for now"
        case .caution: "Use with care"
        case .ok: "Fine"
        }
    }

    /// The explanation of one finding: what it is, why it matters now, what changes later.
    /// `inGroup` names the concern on the "Later" line when one ingredient raises several.
    public static func explanation(_ finding: Finding, inGroup: Bool = false) -> [String] {
        var lines = ["\(finding.what.capitalizedFirst). \(finding.reason)"]
        if let quote = finding.quote {
            let shown = quote.count > 160 ? quote.prefix(157) + "..." : quote
            lines.append("It is named in text printed with the list but not part of it: \"\(shown)\".")
        }
        if let note = finding.positionNote { lines.append(note) }
        if finding.conditional {
            lines.append("Only some shades or versions contain it (listed under \"may contain\").")
        }
        if finding.match == .fuzzy {
            lines.append("The name looks misspelled on the label; read as the closest known name.")
        }
        lines.append(inGroup ? "Later (\(finding.concernTitle)): \(finding.later)" : "Later: \(finding.later)")
        return lines
    }
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
