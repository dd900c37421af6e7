/// How an ingredient's place in the list changes its meaning. Labels list ingredients by falling
/// weight down to about 1 %; below that line the same acid or salt is usually a pH adjuster,
/// thickener or humectant rather than an active.
public enum PositionRule: String, Sendable, Codable {
    /// Harmless below the estimated 1 % line.
    case tailOK = "tail-ok"
    /// At most a caution below the estimated 1 % line.
    case tailCaution = "tail-caution"
    /// A concern only as the first or second ingredient (a scrub base such as salt or sugar).
    case leadOnly = "lead-only"
    /// A concern only among the first three ingredients: a powder that is scrub grit near the top of a
    /// list and a filler or a shimmer below it (alumina, diamond powder).
    case leadThree = "lead-three"
    /// A concern only among the first five ingredients: particles that are the grit of scrubs and
    /// polishes there (cellulose, hydrated silica) and a filler or thickener lower down.
    case leadFive = "lead-five"
    /// A concern only high in a list, in the upper half of what lies above the estimated 1 % line: an
    /// active whose skin-softening dose is a large one (urea), and a humectant or chelator below.
    case highOnly = "high-only"
}
