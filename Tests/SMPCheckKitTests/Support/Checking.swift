@testable import SMPCheckKit

/// One checker for the whole test run: the lexicon loads once.
let sharedChecker: SMPChecker = try! SMPChecker()

/// Checks a text label and returns its report.
func check(_ text: String, phase: Phase = .healing) throws -> Report {
    try sharedChecker.check(LabelInput(text: text, source: "test"), phase: phase)
}

/// The declared ingredients of a text label, as printed.
func declared(_ text: String) throws -> [String] {
    try check(text).ingredients.filter { $0.section == ListSection.declared }.map(\.printed)
}

/// The concerns raised anywhere in a label.
func concerns(_ text: String, phase: Phase = .healing) throws -> Set<String> {
    Set(try check(text, phase: phase).findings.map(\.concern.rawValue))
}
