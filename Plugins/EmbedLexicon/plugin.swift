import Foundation
import PackagePlugin

/// Embeds the human-readable lexicon files of `IngredientLexicon/` into the library at build time, so a
/// copied `smpcheck` binary carries its knowledge and never looks for a resource bundle.
@main
struct EmbedLexicon: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lexicon = context.package.directoryURL.appending(path: "IngredientLexicon")
        let inputs = try dataFiles(under: lexicon)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicon.swift")
        return [
            .buildCommand(
                displayName: "Embedding the ingredient lexicon (\(inputs.count) files)",
                executable: try context.tool(named: "LexiconEmbedder").url,
                arguments: [lexicon.path(), output.path()],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func dataFiles(under root: URL) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "tsv" }
            .sorted { $0.path < $1.path }
    }
}
