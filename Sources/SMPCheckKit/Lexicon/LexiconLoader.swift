import Foundation

/// Builds a `Lexicon` from the data files of `IngredientLexicon/`: the copy embedded at build
/// time, optionally merged with files given at run time (`--lexicon PATH`).
public enum LexiconLoader {
    /// One lexicon data file: its path relative to the lexicon folder, and its text.
    public struct File: Sendable {
        public var path: String
        public var text: String
        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    static var embeddedFiles: [File] {
        EmbeddedLexicon.files.map { File(path: $0.path, text: $0.text.description) }
    }

    /// The built-in lexicon with the files at `path` merged in.
    ///
    /// `path` is a lexicon folder (same layout as `IngredientLexicon/`: a file with the same relative
    /// path replaces the built-in one, new files add to it) or a single entries `.tsv` file, whose
    /// entries add to the built-in ones and replace any entry of the same name.
    public static func load(mergingFilesAt path: String) throws(SMPCheckError) -> Lexicon {
        var files = embeddedFiles
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadableInput(source: path, reason: "no such file or folder")
        }
        let extra: [File]
        if isDirectory.boolValue {
            let root = URL(fileURLWithPath: path).standardizedFileURL
            let found =
                FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "tsv" } ?? []
            extra = try found.map { url throws(SMPCheckError) in
                File(
                    path: String(url.standardizedFileURL.path.dropFirst(root.path.count + 1)), text: try read(url.path))
            }
        } else {
            extra = [File(path: "entries/~" + URL(fileURLWithPath: path).lastPathComponent, text: try read(path))]
        }
        for file in extra {
            if let index = files.firstIndex(where: { $0.path == file.path }) {
                files[index] = file
            } else {
                files.append(file)
            }
        }
        return try load(files)
    }

    private static func read(_ path: String) throws(SMPCheckError) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadableInput(source: path, reason: "not readable as UTF-8 text")
        }
    }

    /// Builds a lexicon from data files, validating every row against its schema.
    public static func load(_ files: [File]) throws(SMPCheckError) -> Lexicon {
        let sorted = files.sorted { $0.path < $1.path }
        var phraseList: [(kind: LabelPhrases.Kind, phrase: String, note: String)] = []
        for file in sorted where file.path == "label-phrases.tsv" { phraseList += try phraseRows(file) }
        let phrases = LabelPhrases(entries: phraseList)
        let normalizer = KeyNormalizer(spellings: phrases.spellings)
        // Start-up time matters: the 28,000 inventory names are indexed on a second core while the
        // curated data is read on this one.
        let parts = Parallel.map([Part.inventory, .curated], workers: 2) { part in
            switch part {
            case .inventory:
                Result { () throws(SMPCheckError) in
                    Loaded.inventory(
                        try InventoryIndex(
                            files: sorted.filter { $0.path.hasPrefix("inventory/") }, normalizer: normalizer))
                }
            case .curated:
                Result { () throws(SMPCheckError) in try curatedData(sorted, normalizer: normalizer) }
            }
        }
        guard case .inventory(let inventory) = try parts[0].get(),
            case .curated(let concerns, let entries, let rules, let formulaRules, let curated) = try parts[1].get()
        else { preconditionFailure("parts come back in order") }
        return Lexicon(
            concerns: concerns, entries: entries, rules: rules, formulaRules: formulaRules, curated: curated,
            inventory: inventory,
            phrases: phrases,
            normalizer: normalizer)
    }

    private enum Part: Sendable { case inventory, curated }

    private enum Loaded {
        case inventory(InventoryIndex)
        case curated([ConcernID: ConcernInfo], [LexiconEntry], [FamilyRule], [FormulaRule], CuratedIndex)
    }

    /// Concerns, entries and family rules, validated against each other, and the entries' index.
    private static func curatedData(_ files: [File], normalizer: KeyNormalizer) throws(SMPCheckError) -> Loaded {
        var concerns: [ConcernID: ConcernInfo] = [:]
        var entries: [LexiconEntry] = []
        var rules: [FamilyRule] = []
        // After the rules of words, which `FamilyRuleIndex` indexes by their place in `rules`.
        var functionRules: [FamilyRule] = []
        var formulaRules: [FormulaRule] = []
        for file in files {
            switch file.path {
            case "concerns.tsv":
                for row in try concernRows(file) { concerns[row.id] = row }
            case "family-rules.tsv": rules += try ruleRows(file)
            case "function-rules.tsv": functionRules += try ruleRows(file, functions: true)
            case "formula-rules.tsv": formulaRules += try formulaRows(file)
            case let path where path.hasPrefix("entries/"): entries += try entryRows(file)
            default: continue
            }
        }
        guard !concerns.isEmpty else { throw .invalidLexicon(file: "concerns.tsv", line: 0, reason: "missing") }
        rules += functionRules
        try validate(entries, rules, against: concerns)
        for rule in formulaRules {
            for id in rule.concerns where concerns[id] == nil {
                throw .invalidLexicon(file: "formula-rules.tsv", line: 0, reason: "\(rule.id): unknown concern \(id)")
            }
        }
        let merged = replacingByName(entries)
        return .curated(
            concerns, merged, rules, formulaRules, CuratedIndex(entries: merged, normalizer: normalizer))
    }

    // MARK: Files

    private static func concernRows(_ file: File) throws(SMPCheckError) -> [ConcernInfo] {
        let table = try TSVTable(
            file: file.path, text: file.text,
            required: ["id", "title", "healing", "settling", "healed", "why", "later", "source"])
        return try table.rows.map { row throws(SMPCheckError) in
            ConcernInfo(
                id: ConcernID(table.value(row, "id")), title: table.value(row, "title"),
                healing: try severity(table, row, "healing"), settling: try severity(table, row, "settling"),
                healed: try severity(table, row, "healed"), why: table.value(row, "why"),
                later: table.value(row, "later"), source: table.value(row, "source"),
                marksTail: try flag(table, row, "marks_tail")
            )
        }
    }

    private static func phraseRows(_ file: File) throws(SMPCheckError) -> [(
        kind: LabelPhrases.Kind, phrase: String, note: String
    )] {
        let table = try TSVTable(file: file.path, text: file.text, required: ["kind", "phrase", "note"])
        return try table.rows.map { row throws(SMPCheckError) in
            guard let kind = LabelPhrases.Kind(rawValue: table.value(row, "kind")) else {
                throw .invalidLexicon(
                    file: file.path, line: row.line, reason: "unknown kind \(table.value(row, "kind"))")
            }
            return (kind, table.value(row, "phrase"), table.value(row, "note"))
        }
    }

    private static func ruleRows(_ file: File, functions: Bool = false) throws(SMPCheckError) -> [FamilyRule] {
        let columns = ["id", "concerns", "first", "last", "any", "none", "what", "reason", "source"]
        let table = try TSVTable(
            file: file.path, text: file.text,
            required: functions ? columns + ["functions", "position", "tail_reason"] : columns)
        // `position` and `tail_reason` are optional in family-rules.tsv, as for entries.
        func globs(_ row: TSVTable.Row, _ column: String) -> [WordGlob] {
            table.list(row, column, separator: UInt8(ascii: "|")).map(WordGlob.init)
        }
        return try table.rows.map { row throws(SMPCheckError) in
            func fail(_ reason: String) -> SMPCheckError {
                .invalidLexicon(file: file.path, line: row.line, reason: reason)
            }
            var rule = FamilyRule(
                id: table.value(row, "id"), concerns: ids(table, row, "concerns"),
                first: globs(row, "first"), last: globs(row, "last"),
                any: table.value(row, "any").split(separator: "&").map { group in
                    group.split(separator: "|").map { WordGlob(String($0).trimmingSpaces) }
                },
                none: globs(row, "none"), what: table.value(row, "what"), reason: table.value(row, "reason"),
                source: table.value(row, "source")
            )
            guard !rule.concerns.isEmpty, !rule.what.isEmpty, !rule.reason.isEmpty, !rule.source.isEmpty else {
                throw fail("a rule needs concerns, what, reason and source")
            }
            if functions {
                rule.functions = table.list(row, "functions", separator: UInt8(ascii: "|")).map { $0.lowercased() }
                guard !rule.functions.isEmpty else { throw fail("a function rule needs functions") }
            }
            let position = table.value(row, "position")
            guard position.isEmpty || PositionRule(rawValue: position) != nil else {
                throw fail("unknown position \(position)")
            }
            rule.position = PositionRule(rawValue: position)
            rule.tailReason = table.value(row, "tail_reason")
            guard rule.position == nil || !rule.tailReason.isEmpty else {
                throw fail("a position rule needs tail_reason")
            }
            return rule
        }
    }

    private static func formulaRows(_ file: File) throws(SMPCheckError) -> [FormulaRule] {
        let table = try TSVTable(
            file: file.path, text: file.text,
            required: ["id", "concerns", "names", "partners", "partners_min", "what", "reason", "source"])
        return try table.rows.map { row throws(SMPCheckError) in
            func names(_ column: String) -> Set<String> {
                Set(table.list(row, column, separator: UInt8(ascii: "|")).map { $0.uppercased() })
            }
            guard let needed = Int(table.value(row, "partners_min")), needed >= 1 else {
                throw .invalidLexicon(file: file.path, line: row.line, reason: "partners_min must be a number from 1")
            }
            let rule = FormulaRule(
                id: table.value(row, "id"), concerns: ids(table, row, "concerns"), names: names("names"),
                partners: names("partners"), partnersNeeded: needed, what: table.value(row, "what"),
                reason: table.value(row, "reason"), source: table.value(row, "source"))
            guard !rule.concerns.isEmpty, !rule.names.isEmpty, !rule.what.isEmpty, !rule.reason.isEmpty,
                !rule.source.isEmpty
            else {
                throw .invalidLexicon(
                    file: file.path, line: row.line,
                    reason: "a formula rule needs concerns, names, what, reason and source")
            }
            return rule
        }
    }

    static let entryColumns = [
        "name", "concerns", "not", "healing", "healed", "position", "marks_tail", "variants",
        "what", "reason", "tail_reason", "source",
    ]

    private static func entryRows(_ file: File) throws(SMPCheckError) -> [LexiconEntry] {
        let table = try TSVTable(file: file.path, text: file.text, required: entryColumns)
        return try table.rows.map { row throws(SMPCheckError) in
            func fail(_ reason: String) -> SMPCheckError {
                .invalidLexicon(file: file.path, line: row.line, reason: reason)
            }
            let position = table.value(row, "position")
            guard position.isEmpty || PositionRule(rawValue: position) != nil else {
                throw fail("unknown position \(position)")
            }
            let marks = try flag(table, row, "marks_tail")
            let entry = LexiconEntry(
                name: table.value(row, "name"), concerns: ids(table, row, "concerns"),
                notConcerns: ids(table, row, "not"),
                healing: try optionalSeverity(table, row, "healing"),
                healed: try optionalSeverity(table, row, "healed"),
                position: PositionRule(rawValue: position), marksTail: marks,
                variants: table.list(row, "variants", separator: UInt8(ascii: "|")),
                what: table.value(row, "what"), reason: table.value(row, "reason"),
                tailReason: table.value(row, "tail_reason"), source: table.value(row, "source"), file: file.path
            )
            guard !entry.name.isEmpty, !entry.what.isEmpty, !entry.reason.isEmpty, !entry.source.isEmpty else {
                throw fail("name, what, reason and source are required")
            }
            guard entry.position == nil || !entry.tailReason.isEmpty else {
                throw fail("a position rule needs tail_reason")
            }
            return entry
        }
    }

    // MARK: Checks

    private static func validate(
        _ entries: [LexiconEntry], _ rules: [FamilyRule],
        against concerns: [ConcernID: ConcernInfo]
    ) throws(SMPCheckError) {
        for entry in entries {
            for id in entry.concerns + entry.notConcerns where concerns[id] == nil {
                throw .invalidLexicon(file: entry.file, line: 0, reason: "\(entry.name): unknown concern \(id)")
            }
        }
        for rule in rules {
            for id in rule.concerns where concerns[id] == nil {
                throw .invalidLexicon(file: "family-rules.tsv", line: 0, reason: "\(rule.id): unknown concern \(id)")
            }
        }
        let conditions = FamilyRuleIndex.conditionCount(rules.filter { !$0.isFunctionRule })
        guard conditions <= FamilyRuleIndex.capacity else {
            throw .invalidLexicon(
                file: "family-rules.tsv", line: 0,
                reason:
                    "the rules have \(conditions) conditions (first, last, none and any groups); at most \(FamilyRuleIndex.capacity) fit"
            )
        }
    }

    /// Later files win: an entry from a run-time file replaces a built-in entry of the same name.
    private static func replacingByName(_ entries: [LexiconEntry]) -> [LexiconEntry] {
        var position: [String: Int] = [:]
        var result: [LexiconEntry] = []
        for entry in entries {
            let name = entry.name.uppercased()
            if let index = position[name], entry.file.hasPrefix("entries/~") {
                result[index] = entry
            } else if position[name] == nil {
                position[name] = result.count
                result.append(entry)
            } else {
                result.append(entry)
            }
        }
        return result
    }

    private static func ids(_ table: TSVTable, _ row: TSVTable.Row, _ column: String) -> [ConcernID] {
        table.list(row, column, separator: UInt8(ascii: ",")).map { ConcernID($0) }
    }

    private static func severity(_ table: TSVTable, _ row: TSVTable.Row, _ column: String) throws(SMPCheckError)
        -> Severity
    {
        guard let value = Severity(rawValue: table.value(row, column)) else {
            throw .invalidLexicon(file: table.file, line: row.line, reason: "\(column) must be avoid, caution or ok")
        }
        return value
    }

    /// A column that is either empty or `yes`.
    private static func flag(_ table: TSVTable, _ row: TSVTable.Row, _ column: String) throws(SMPCheckError) -> Bool {
        switch table.value(row, column) {
        case "": return false
        case "yes": return true
        default: throw .invalidLexicon(file: table.file, line: row.line, reason: "\(column) must be empty or yes")
        }
    }

    private static func optionalSeverity(_ table: TSVTable, _ row: TSVTable.Row, _ column: String) throws(SMPCheckError)
        -> Severity?
    {
        table.value(row, column).isEmpty ? nil : try severity(table, row, column)
    }
}
