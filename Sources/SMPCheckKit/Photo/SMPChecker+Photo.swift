extension SMPChecker {
    /// Checks a label read from a photo: the panel found from its `Ingredients` heading, names wrapped
    /// across lines rejoined, OCR slips corrected against the lexicon (a correction may raise a concern,
    /// never clear one), and the report's `ocr` section filled in.
    ///
    /// A photo is never called `ok` on a partial reading: when too little was recognized, or some words
    /// could not be read for certain and nothing was flagged, the verdict is `unknown` with advice.
    public func check(_ page: RecognizedPage, phase: Phase = .healing, avoiding: AvoidList? = nil)
        throws(SMPCheckError) -> Report
    {
        try photoReport(page) { input throws(SMPCheckError) in try check(input, phase: phase, avoiding: avoiding) }
    }

    /// Checks a label read from a photo for someone `days` days after their session.
    public func check(_ page: RecognizedPage, daysSinceSession days: Int, avoiding: AvoidList? = nil)
        throws(SMPCheckError) -> Report
    {
        try photoReport(page) { input throws(SMPCheckError) in
            try check(input, daysSinceSession: days, avoiding: avoiding)
        }
    }

    private func photoReport(
        _ page: RecognizedPage, check: (LabelInput) throws(SMPCheckError) -> Report
    ) throws(SMPCheckError) -> Report {
        let panel = PhotoPanelReader(corrector: OCRCorrector(lexicon: lexicon)).read(page)
        var report = try check(LabelInput(text: panel.text, source: page.source, kind: .text))
        var checkThese = panel.lowConfidence
        for ingredient in report.ingredients where ingredient.verdict == .unknown {
            if !checkThese.contains(ingredient.printed) { checkThese.append(ingredient.printed) }
        }
        var reading = PhotoReading(
            text: panel.text, corrections: panel.corrections, checkThese: checkThese, confidence: panel.confidence)
        let coverage = report.coverage
        let tooLittle = !report.listFound || coverage.recognized < 3 || coverage.recognized * 2 < coverage.total
        if tooLittle { reading.advice = ReportWording.photoTooLittleAdvice }
        if report.verdict == .ok, tooLittle || !checkThese.isEmpty {
            reading.advice = tooLittle ? ReportWording.photoTooLittleAdvice : ReportWording.photoUncertainAdvice
            report.verdict = .unknown
            // The contract's `unknown` goes with no full list: what was read is not known to be all of it.
            report.listFound = false
        }
        report.ocr = reading
        return report
    }
}
