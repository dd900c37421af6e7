import ArgumentParser
import SMPCheckKit

/// `--lexicon PATH`: extra or replacement lexicon data.
struct LexiconOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Extra lexicon data: a folder laid out like IngredientLexicon/ or one entries .tsv file.",
            valueName: "path"
        ))
    var lexicon: String?

    func checker(maximumInputBytes: Int) throws(SMPCheckError) -> SMPChecker {
        let custom = try lexicon.map { path throws(SMPCheckError) in try LexiconLoader.load(mergingFilesAt: path) }
        return try SMPChecker(lexicon: custom, maximumInputBytes: maximumInputBytes)
    }
}
