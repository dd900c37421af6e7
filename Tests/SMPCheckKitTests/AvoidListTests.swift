import Foundation
import Testing

@testable import SMPCheckKit

@Suite("Personal avoid lists and the profile file")
struct AvoidListTests {
    private static let label =
        "Ingredients: Aqua, Cocos Nucifera (Coconut) Oil, Cocos Nucifera Oil, Methylparaben, Lanolin Alcohol, "
        + "Limonene, Glycerin. Scented with a touch of shea butter."

    private static func report(avoiding words: [String], _ text: String = label) throws -> Report {
        try sharedChecker.check(
            LabelInput(text: text, source: "test"), avoiding: AvoidList(words, lexicon: sharedChecker.lexicon))
    }

    @Test("Items are read as concern ids, known names or words; blanks and repeats are dropped")
    func reading() {
        let list = AvoidList(
            ["fragrance-allergen", " Lanolin ", "lanolin", "", "methylisothiazolinon", "Coconut"],
            lexicon: sharedChecker.lexicon)
        #expect(list.items.map(\.words) == ["fragrance-allergen", "Lanolin", "methylisothiazolinon", "Coconut"])
        #expect(list.items[0].concern == ConcernID(rawValue: "fragrance-allergen"))
        #expect(list.items[1].ingredient == "LANOLIN")
        #expect(list.items[2].ingredient == "METHYLISOTHIAZOLINONE", "a misspelling reads as the closest name")
        #expect(list.items[3].concern == nil && list.items[3].terms == ["coconut"])
        #expect(AvoidList.terms(of: "parabens") == ["paraben"] && AvoidList.terms(of: "glass") == ["glass"])
    }

    @Test("Names, families, concerns and prose set aside: each hit is a personal finding; misses are listed")
    func hits() throws {
        let report = try Self.report(
            avoiding: ["coconut", "parabens", "lanolin", "fragrance-allergen", "shea", "zinc oxide"])
        let personal = report.findings.filter { $0.concern == AvoidList.concern }
        #expect(
            personal.map(\.ingredient) == [
                "Cocos Nucifera (Coconut) Oil", "Cocos Nucifera Oil", "Methylparaben", "Lanolin Alcohol", "Limonene",
                "shea",
            ])
        #expect(personal.allSatisfy { $0.severity == .avoid })
        #expect(personal[0].reason.contains("\u{201C}coconut\u{201D}"), "the person's own words are the reason")
        #expect(personal.last?.quote == "Scented with a touch of shea butter")
        #expect(report.personalNotFound == ["zinc oxide"])
        #expect(report.verdict == .avoid && report.usableFromDay == nil && report.noAvoidFromDay == nil)
        #expect(report.stages.allSatisfy { $0.avoid.contains(AvoidList.concern) })
        #expect(ReportWording.usableLine(report) == "Not advised at any stage (your avoid list).")
        #expect(report.ingredients.filter { $0.concerns.contains(AvoidList.concern) }.count == 5)
    }

    @Test("A list with no hits changes nothing but saying what was looked for")
    func noHits() throws {
        let text = "Ingredients: Aqua, Glycerin, Panthenol"
        let plain = try sharedChecker.check(LabelInput(text: text, source: "test"))
        var personal = try Self.report(avoiding: ["coconut", "lanolin"], text)
        #expect(personal.personalNotFound == ["coconut", "lanolin"] && personal.verdict == .ok)
        personal.personalNotFound = nil
        #expect(personal == plain)
    }

    /// Real labels (`../shared/corpus`): a concern id on the list finds exactly the ingredients the
    /// report flags for it, when the concern is flagged wherever it is listed (fragrance allergens are).
    @Test(
        "Every annotated real label: a concern id finds what the report flags", .enabled(if: Repository.shared != nil))
    func concernOnRealLabels() throws {
        let concern = ConcernID(rawValue: "fragrance-allergen")
        let list = AvoidList([concern.rawValue], lexicon: sharedChecker.lexicon)
        var checked = 0
        for file in ["corpus/dev-gold.jsonl", "corpus/dev-gold-2.jsonl"] {
            for record in try #require(try Repository.sharedRecords(file)) {
                let kind: LabelInput.Kind = record["kind"] as? String == "html" ? .html : .text
                let input = LabelInput(text: record["text"] as! String, source: "gold", kind: kind)
                let report = try sharedChecker.check(input, avoiding: list)
                let flagged = report.ingredients.filter { $0.concerns.contains(concern) }.map(\.position)
                let personal = report.ingredients.filter { $0.concerns.contains(AvoidList.concern) }.map(\.position)
                #expect(Set(flagged).isSubset(of: personal), "\(record["id"] ?? "")")
                #expect((report.personalNotFound == []) == !personal.isEmpty, "\(record["id"] ?? "")")
                checked += flagged.isEmpty ? 0 : 1
            }
        }
        #expect(checked > 50)
    }

    @Test("The profile: a session date and an avoid list; typos and bad values are errors with a line")
    func profile() throws {
        let profile = try Profile(
            parsing: """
                # smpcheck profile
                session = 2026-11-30
                avoid = ["coconut", "lanolin, pure", "say \\"no\\""]
                """, path: "p.toml")
        #expect(profile.session == Profile.SessionDate(year: 2026, month: 11, day: 30))
        #expect(profile.avoid == ["coconut", "lanolin, pure", "say \"no\""])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let today = calendar.date(from: DateComponents(year: 2026, month: 12, day: 7, hour: 18))!
        #expect(profile.session?.days(until: today, calendar: calendar) == 7)
        for (text, message) in [
            ("sesion = 2026-11-30", "line 1: unknown key \"sesion\""),
            ("session = 30/11/2026", "line 1: session must be a date"),
            ("\navoid = coconut", "line 2: avoid must be a list"),
            ("avoid = [\"coconut\"", "line 1: avoid must be a list"),
            ("just words", "line 1: expected key = value"),
        ] {
            #expect(throws: SMPCheckError.self) { try Profile(parsing: text, path: "p.toml") }
            do {
                _ = try Profile(parsing: text, path: "p.toml")
            } catch {
                #expect(error.description.contains(message), "\(error.description)")
            }
        }
    }
}
