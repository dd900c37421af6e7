#!/usr/bin/env python3
"""Derive entries/fragrance-allergens.tsv from the EU Annex III fragrance-allergen table.

Run by hand from the IngredientLexicon folder (it is the only place that reads ../shared):

    python3 tools/derive_allergens.py \
        [/work/shared/data/eu_fragrance_allergens_annexIII.tsv] \
        [/work/shared/data/cosing_inventory_inci_cas_ec_function.csv] > entries/fragrance-allergens.tsv

What it does:
  * one entry per INCI/glossary name in the annex table (column inci_or_glossary_name holds
    several names separated by ';' for one annex entry: each gets its own line);
  * CAS numbers (annex cas column, plus the CosIng inventory CAS of the same INCI name) and the
    annex chemical names become variants; a CAS shared by several names of one annex entry is given
    to one name only (first listed, or as assigned in CURATED), so that no variant belongs to two entries;
  * `what`, `reason`, concerns, severity overrides and label spellings come from CURATED below
    (hand-written; the reasons are templated by group: single aroma chemicals, essential oils,
    plant extracts);
  * source = "EU Regulation 1223/2009 Annex III/<ref> (CosIng, (c) European Union)".
"""
import csv
import re
import sys
import unicodedata

ANNEX = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/eu_fragrance_allergens_annexIII.tsv"
COSING = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/data/cosing_inventory_inci_cas_ec_function.csv"

HEADER = "name\tconcerns\tnot\thealing\thealed\tposition\tmarks_tail\tvariants\twhat\treason\ttail_reason\tsource"

# ---------------------------------------------------------------- reason templates by group
R_CHEM = ("One of the scent chemicals EU law makes brands name on the label because it commonly causes "
          "contact allergy. On a healing scalp it can sting, and contact with open skin raises the chance of "
          "becoming allergic, so go easy until the skin has closed.")
R_CHEM_OX = ("A named EU fragrance allergen; it mainly becomes allergenic once it oxidises in air, which happens "
             "in opened products. On open skin that risk is higher, so treat it with caution while you heal.")
R_OIL = ("A concentrated essential oil that the EU also lists as a named fragrance allergen. Essential oils "
         "irritate and can sensitise broken skin, so keep it off the scalp while it heals.")
R_EXTRACT = ("A scented plant extract that the EU lists among the named fragrance allergens. It is usually "
             "milder than the pure oil but still carries allergenic scent compounds, so use caution on a "
             "healing scalp.")
R_BANNED = ("A classic fragrance allergen that is now banned in EU cosmetics; it still turns up on older or "
            "non-EU products. Avoid it on a healing scalp and afterwards.")

# ---------------------------------------------------------------- curated data
# kind: chem | oil | extract | banned.  Keys: what, v (variants), reason, concerns, not, healing, healed,
# marks_tail, cas (explicit CAS list; replaces the automatic share for grouped annex rows), nochem (skip
# chemical-name variants).
CURATED = {
    # classic 26 -------------------------------------------------------------------------------
    "BENZYL ALCOHOL": dict(kind="chem", concerns="fragrance-allergen", **{"not": "drying-alcohol"}, marks_tail="yes",
        what="a preservative and solvent that is also a mild fragrance allergen",
        reason=("Mostly used as a preservative (EU limit 1%), and it is also a named fragrance allergen. It is not "
                "a drying alcohol like ethanol, but it can sting open skin, so use it with caution while healing."),
        v=["phenylmethanol", "benzenemethanol", "benzylalcohol", "benz yl alcohol", "benzyl alochol", "benzyl acohol",
           "alcool benzylique", "Benzylalkohol", "alcohol bencílico", "alcol benzilico", "benzyl alcohol*"]),
    "6-METHYLCOUMARIN": dict(kind="chem", what="a sweet, hay-like scent chemical",
        v=["6-methyl coumarin", "6-methylcoumarine"]),
    "AMYL CINNAMAL": dict(kind="chem", what="a jasmine-like scent chemical",
        v=["amylcinnamal", "amyl cinnamaldehyde", "amylcinnamaldehyde", "alpha-amylcinnamaldehyde",
           "alpha-amyl cinnamaldehyde", "jasminaldehyde", "jasmine aldehyde"]),
    "CINNAMYL ALCOHOL": dict(kind="chem", what="a balsamic, hyacinth-like scent chemical",
        v=["cinnamic alcohol", "styrone", "3-phenyl-2-propen-1-ol", "cinnamylalcohol"]),
    "CITRAL": dict(kind="chem", what="a lemony scent chemical (found in lemongrass and lemon oils)",
        v=["lemonal", "citral*"], cas=["5392-40-5"]),
    "GERANIAL": dict(kind="chem", what="one form of citral, a lemony scent chemical",
        v=["citral a", "trans-citral"], cas=["141-27-5"]),
    "NERAL": dict(kind="chem", what="one form of citral, a lemony scent chemical",
        v=["citral b", "cis-citral"], cas=["106-26-3"]),
    "EUGENOL": dict(kind="chem", what="a clove-scented chemical",
        v=["4-allyl-2-methoxyphenol", "eugenol*"]),
    "HYDROXYCITRONELLAL": dict(kind="chem", what="a lily-of-the-valley scent chemical",
        v=["laurine", "hydroxy citronellal"]),
    "ISOEUGENOL": dict(kind="chem", healing="avoid", what="a spicy, carnation-like scent chemical",
        reason=("A strong fragrance sensitiser: the EU caps it at a very low level and makes brands name it. Keep it "
                "off a healing scalp, where allergy develops more easily."),
        v=["2-methoxy-4-propenylphenol", "iso eugenol", "trans-isoeugenol", "cis-isoeugenol"]),
    "AMYLCINNAMYL ALCOHOL": dict(kind="chem", what="a floral, balsamic scent chemical",
        v=["amyl cinnamyl alcohol", "amylcinnamic alcohol", "alpha-amylcinnamyl alcohol"]),
    "BENZYL SALICYLATE": dict(kind="chem", **{"not": "bha"}, what="a floral scent chemical (a salicylate ester)",
        reason=("A named EU fragrance allergen, not an exfoliating acid: as an ester it does not peel skin like "
                "salicylic acid. It still counts as fragrance, so use caution while the scalp heals."),
        v=["benzyl 2-hydroxybenzoate", "banzyl salicylate", "benzylsalicylate", "benzyl salicylate*"]),
    "CINNAMAL": dict(kind="chem", healing="avoid", what="the cinnamon-scented chemical (cinnamaldehyde)",
        reason=("Cinnamaldehyde is one of the stronger fragrance sensitisers and also irritates skin; the EU makes brands "
                "name it. Avoid it while the scalp is healing."),
        v=["cinnamaldehyde", "cinnamic aldehyde", "3-phenylprop-2-enal", "cinnamal*"]),
    "COUMARIN": dict(kind="chem", what="a sweet, tonka-bean scent chemical",
        v=["coumarine", "cumarin", "cumarina", "2H-chromen-2-one", "coumarin*"]),
    "GERANIOL": dict(kind="chem", what="a rose-scented chemical (found in rose and geranium oils)",
        v=["trans-geraniol", "3,7-dimethylocta-2,6-dien-1-ol", "geraniol*"]),
    "ANISE ALCOHOL": dict(kind="chem", what="a sweet, anise-like scent chemical",
        v=["anisyl alcohol", "anisic alcohol", "4-methoxybenzyl alcohol", "p-anisyl alcohol"]),
    "BENZYL CINNAMATE": dict(kind="chem", what="a balsamic scent chemical", v=["cinnamein"]),
    "FARNESOL": dict(kind="chem", what="a floral scent chemical also used as a deodorant active",
        v=["3,7,11-trimethyl-2,6,10-dodecatrien-1-ol", "farnesol*"]),
    "LINALOOL": dict(kind="chem", what="a floral scent chemical found in lavender and many perfumes", reason=R_CHEM_OX,
        v=["linalol", "linalyl alcohol", "3,7-dimethylocta-1,6-dien-3-ol", "linalool*", "linalool**", "linalol*",
           "linalool (natural)", "natural linalool"]),
    "BENZYL BENZOATE": dict(kind="chem", what="a faintly balsamic scent chemical and solvent",
        v=["benzyl benzenecarboxylate", "benzylbenzoate", "benzyl benzoate*"]),
    "CITRONELLOL": dict(kind="chem", what="a rose-scented chemical",
        v=["citronelol", "citronnellol", "citrannellol", "citrnellol", "dihydrogeraniol", "3,7-dimethyloct-6-en-1-ol",
           "citronellol*"]),
    "HEXYL CINNAMAL": dict(kind="chem", what="a jasmine-like scent chemical",
        v=["hexylcinnamal", "hexyl cinnamaldehyde", "hexylcinnamaldehyde", "alpha-hexylcinnamaldehyde",
           "alpha-hexyl cinnamaldehyde", "hexyl cinnamic aldehyde", "hexyl cinnamal*"]),
    "LIMONENE": dict(kind="chem", what="a citrus-scented chemical from orange and lemon peel", reason=R_CHEM_OX,
        v=["d-limonene", "l-limonene", "dl-limonene", "dipentene", "(R)-limonene", "limonen", "limonene*",
           "limonene**", "d-limonene*", "limonene (natural)"]),
    "METHYL 2-OCTYNOATE": dict(kind="chem", what="a violet-leaf scent chemical",
        v=["methyl heptine carbonate", "methyl oct-2-ynoate", "methyl octynoate", "methyl 2 octynoate"]),
    "ALPHA-ISOMETHYL IONONE": dict(kind="chem", what="a violet, powdery scent chemical",
        v=["alpha isomethyl ionone", "alpha-iso methyl ionone", "alpha-iso-methylionone", "alpha isomethylionone",
           "alpha-isomethylionone", "isomethyl ionone", "alpha-isomethyl lonone", "alpha-lsomethyl lonone",
           "a-isomethyl ionone", "alpha-isomethyl ionone*"]),
    "EVERNIA PRUNASTRI EXTRACT": dict(kind="extract", healing="avoid", what="oakmoss, a lichen extract used in perfume",
        reason=("Oakmoss is one of the best-known fragrance allergens; the EU bans its worst components and makes "
                "brands name the rest. Avoid it on a healing scalp."),
        v=["oakmoss", "oak moss", "oakmoss extract", "oak moss extract", "oakmoss absolute", "mousse de chêne",
           "evernia prunastri oakmoss extract", "EVERNIA PRUNASTRI LICHEN EXTRACT"],
        cas=["90028-68-5", "9000-50-4", "68917-10-2"]),
    "EVERNIA FURFURACEA EXTRACT": dict(kind="extract", healing="avoid", what="treemoss, a lichen extract used in perfume",
        reason=("Treemoss is a strong fragrance allergen that the EU makes brands name. Avoid it on a healing scalp."),
        v=["treemoss", "tree moss", "treemoss extract", "tree moss extract", "EVERNIA FURFURACEA LICHEN EXTRACT"],
        cas=["90028-67-4", "68648-41-9", "68917-40-8"]),
    # 2023/1545 plant groups ---------------------------------------------------------------------
    "PINUS MUGO LEAF OIL": dict(kind="oil", what="dwarf (mountain) pine needle essential oil",
        v=["dwarf pine oil", "mountain pine oil", "dwarf pine needle oil", "pinus mugo oil"], cas=["90082-72-7", "8000-26-8"]),
    "PINUS MUGO TWIG LEAF EXTRACT": dict(kind="extract", what="a dwarf pine twig and needle extract", v=[], cas=[]),
    "PINUS MUGO TWIG OIL": dict(kind="oil", what="dwarf pine twig essential oil", v=[]),
    "PINUS PUMILA NEEDLE EXTRACT": dict(kind="extract", what="a Siberian dwarf pine needle extract", v=[], cas=[]),
    "PINUS PUMILA TWIG LEAF EXTRACT": dict(kind="extract", what="a Siberian dwarf pine twig and needle extract", v=[]),
    "PINUS PUMILA TWIG LEAF OIL": dict(kind="oil", what="Siberian dwarf pine essential oil",
        v=["PINUS PUMILIO BRANCH/LEAF OIL"], cas=["97676-05-6"]),
    "CEDRUS ATLANTICA BARK EXTRACT": dict(kind="extract", what="an Atlas cedar bark extract", v=[], cas=[]),
    "CEDRUS ATLANTICA BARK OIL": dict(kind="oil", what="Atlas cedarwood essential oil",
        v=["atlas cedar oil", "cedrus atlantica oil", "cedar bark oil"], cas=["92201-55-3"]),
    "CEDRUS ATLANTICA BARK WATER": dict(kind="extract", what="a distilled Atlas cedar bark water", v=[]),
    "CEDRUS ATLANTICA LEAF EXTRACT": dict(kind="extract", what="an Atlas cedar needle extract", v=[]),
    "CEDRUS ATLANTICA WOOD EXTRACT": dict(kind="extract", what="an Atlas cedar wood extract", v=[]),
    "CEDRUS ATLANTICA WOOD OIL": dict(kind="oil", what="Atlas cedarwood essential oil",
        v=["cedarwood oil", "atlas cedarwood oil", "cedar wood oil", "cedarwood essential oil"], cas=["8023-85-6"]),
    "TURPENTINE": dict(kind="oil", healing="avoid", what="turpentine, a pine resin oil",
        reason=("Turpentine is a strong, well-known skin sensitiser that the EU makes brands name. Avoid it on a "
                "healing scalp."),
        v=["turpentine oil", "oil of turpentine", "gum turpentine", "turpentine gum", "spirits of turpentine",
           "rectified turpentine oil"]),
    "MYROXYLON BALSAMUM PEREIRAE BALSAM EXTRACT": dict(kind="extract", healing="avoid", what="a Peru balsam extract",
        reason=("Peru balsam is one of the commonest causes of fragrance allergy (dermatologists use it as a marker "
                "for it). Avoid it on a healing scalp."), v=["peru balsam extract"], cas=[]),
    "MYROXYLON BALSAMUM PEREIRAE BALSAM OIL": dict(kind="oil", healing="avoid", what="Peru balsam oil",
        reason=("Peru balsam is one of the commonest causes of fragrance allergy (dermatologists use it as a marker "
                "for it). Avoid it on a healing scalp."), v=["balsam peru oil", "peru balsam oil"], cas=[]),
    "MYROXYLON PEREIRAE OIL": dict(kind="oil", healing="avoid", what="Peru balsam oil",
        reason=("Peru balsam is one of the commonest causes of fragrance allergy (dermatologists use it as a marker "
                "for it). Avoid it on a healing scalp."), v=["oil of peru balsam"], cas=[]),
    "MYROXYLON PEREIRAE RESIN EXTRACT": dict(kind="extract", healing="avoid", what="a Peru balsam resin extract",
        reason=("Peru balsam is one of the commonest causes of fragrance allergy (dermatologists use it as a marker "
                "for it). Avoid it on a healing scalp."), v=[], cas=[]),
    "MYROXYLON PEREIRAE RESIN": dict(kind="extract", healing="avoid", what="Peru balsam, a fragrant tree resin",
        reason=("Peru balsam is one of the commonest causes of fragrance allergy (dermatologists use it as a marker "
                "for it). Avoid it on a healing scalp."),
        v=["balsam of peru", "peru balsam", "balsam peru", "balsamum peruvianum"], cas=["8007-00-9"]),
    "ALPHA-DAMASCONE": dict(kind="chem", what="a fruity, rose-like scent chemical",
        v=["alpha damascone", "cis-rose ketone-1", "trans-rose ketone-1", "cis-rose ketone 1", "trans-rose ketone 1",
           "rose ketone-1"], cas=["43052-87-5", "23726-94-5", "24720-09-0"]),
    "ROSE KETONE-4": dict(kind="chem", what="damascenone, a rose-like scent chemical",
        v=["damascenone", "rose ketone 4", "beta-damascenone"], cas=["23696-85-7"]),
    "DELTA-DAMASCONE": dict(kind="chem", what="a fruity, rose-like scent chemical",
        v=["delta damascone", "ROSE KETONE-3", "rose ketone 3", "TRANS-ROSE KETONE-3", "trans-rose ketone 3"],
        cas=["57378-68-4", "71048-82-3"]),
    "CIS-ROSE KETONE-2": dict(kind="chem", what="a form of beta-damascone, a rose-like scent chemical",
        v=["cis-beta-damascone", "cis-rose ketone 2"], cas=["23726-92-3"]),
    "TRANS-ROSE KETONE-2": dict(kind="chem", what="beta-damascone, a rose-like scent chemical",
        v=["trans-beta-damascone", "beta-damascone", "beta damascone", "trans-rose ketone 2"],
        cas=["23726-91-2"]),
    "3-PROPYLIDENEPHTHALIDE": dict(kind="chem", what="a celery-like scent chemical", v=["propylidene phthalide", "3-propylidene phthalide"]),
    "LIPPIA CITRIODORA ABSOLUTE": dict(kind="oil", healed="avoid", what="lemon verbena absolute or oil",
        reason=("A concentrated lemon verbena perfume material: a named EU allergen and strongly sensitising, so the "
                "perfume industry restricts it heavily. Keep it off your scalp."),
        v=["verbena absolute", "lemon verbena absolute", "lemon verbena oil", "verbena oil", "LIPPIA CITRIODORA OIL",
           "LIPPIA CITRIODORA LEAF/FLOWER OIL", "LIPPIA CITRIODORA LEAF OIL", "LIPPIA CITRIODORA FLOWER/LEAF/STEM OIL",
           "ALOYSIA CITRIODORA OIL", "ALOYSIA CITRODORA OIL"], cas=["8024-12-2", "85116-63-8"]),
    "METHYL SALICYLATE": dict(kind="chem", **{"not": "bha"}, what="the wintergreen-scented chemical",
        reason=("A named EU fragrance allergen that also warms and irritates skin (it is the rub in muscle balms). "
                "It is a salicylate ester, not an exfoliating acid; still, keep it off a healing scalp."),
        v=["methyl 2-hydroxybenzoate", "oil of wintergreen", "synthetic wintergreen oil", "methylsalicylate"]),
    "ACETYL CEDRENE": dict(kind="chem", what="a woody, cedar-like scent chemical", v=["methyl cedryl ketone", "acetylcedrene"]),
    "AMYL SALICYLATE": dict(kind="chem", **{"not": "bha"}, what="a floral, herbal scent chemical (a salicylate ester)",
        reason=("A named EU fragrance allergen. It is a salicylate ester used for scent and does not exfoliate like "
                "salicylic acid, but as fragrance it calls for caution while healing."),
        v=["pentyl salicylate", "isoamyl salicylate", "amylsalicylate"]),
    "ANETHOLE": dict(kind="chem", what="the anise (liquorice) scented chemical", v=["trans-anethole", "anise camphor", "anethol"]),
    "BENZALDEHYDE": dict(kind="chem", what="a bitter-almond scented chemical", v=["benzoic aldehyde", "artificial almond oil"]),
    "CAMPHOR": dict(kind="chem", concerns="cooling-irritant,fragrance-allergen", what="camphor, a cooling, medicinal-smelling compound",
        reason=("Camphor gives a cold, tingling feel by irritating nerve endings, and it is a named EU fragrance allergen. "
                "It can also be absorbed through broken skin, so keep it off a healing scalp."),
        v=["d-camphor", "dl-camphor", "l-camphor", "camphre", "Kampfer", "alcanfor", "canfora", "camphr", "synthetic camphor",
           "natural camphor"]),
    "BETA-CARYOPHYLLENE": dict(kind="chem", what="a spicy, woody scent compound found in clove and pepper oils",
        v=["caryophyllene", "beta caryophyllene", "trans-caryophyllene", "(-)-beta-caryophyllene"]),
    "CARVONE": dict(kind="chem", what="the spearmint (or caraway) scented chemical", v=["l-carvone", "d-carvone", "(R)-carvone", "(S)-carvone"]),
    "DIMETHYL PHENETHYL ACETATE": dict(kind="chem", what="a floral, fruity scent chemical",
        v=["dimethylbenzyl carbinyl acetate", "DMBCA", "dimethyl benzyl carbinyl acetate"]),
    "HEXADECANOLACTONE": dict(kind="chem", what="a musky scent chemical", v=["dihydroambrettolide", "hexadecanolide"]),
    "HEXAMETHYLINDANOPYRAN": dict(kind="chem", what="a synthetic musk (galaxolide)", v=["galaxolide", "HHCB"]),
    "LINALYL ACETATE": dict(kind="chem", what="a fresh, lavender-bergamot scent chemical", v=["bergamiol", "linalyl acetate*"]),
    "MENTHOL": dict(kind="chem", concerns="cooling-irritant,fragrance-allergen", what="menthol, the cooling compound of mint",
        reason=("Menthol makes skin feel cold by triggering nerve endings; on broken skin that tingle is irritation, and "
                "it is also a named EU fragrance allergen. Skip 'cooling' or 'tingle' products while healing."),
        v=["l-menthol", "dl-menthol", "d-menthol", "racementhol", "levomenthol", "menthol crystals", "peppermint camphor",
           "mentol", "menthol*"]),
    "TRIMETHYLCYCLOPENTENYL METHYLISOPENTENOL": dict(kind="chem", what="a sandalwood-like scent chemical", v=[]),
    "SALICYLALDEHYDE": dict(kind="chem", what="a bitter-almond, spicy scent chemical", v=["2-hydroxybenzaldehyde", "salicylic aldehyde"]),
    "SANTALOL": dict(kind="chem", what="the main scent compound of sandalwood", v=["alpha-santalol", "beta-santalol"]),
    "SCLAREOL": dict(kind="chem", what="an ambery scent compound from clary sage", v=[]),
    "TERPINEOL": dict(kind="chem", what="a lilac, pine-like scent chemical",
        v=["alpha-terpineol", "beta-terpineol", "gamma-terpineol", "terpineols", "a-terpineol"]),
    "TETRAMETHYL ACETYLOCTAHYDRONAPHTHALENES": dict(kind="chem", what="a woody, ambery scent chemical (Iso E Super)",
        v=["Iso E Super", "OTNE", "tetramethyl acetyloctahydronaphthalene"]),
    "TRIMETHYLBENZENEPROPANOL": dict(kind="chem", what="a lily-of-the-valley scent chemical", v=["majantol"]),
    "VANILLIN": dict(kind="chem", what="the main scent chemical of vanilla", v=["vanilin", "vanillin*", "natural vanillin"]),
    "CANANGA ODORATA FLOWER EXTRACT": dict(kind="extract", what="a ylang-ylang flower extract", v=["ylang ylang extract", "ylang-ylang flower extract"], cas=[]),
    "CANANGA ODORATA FLOWER OIL": dict(kind="oil", what="ylang-ylang essential oil",
        v=["ylang ylang oil", "ylang-ylang oil", "ylang ylang flower oil", "ylang ylang essential oil", "cananga odorata oil",
           "cananga oil", "ylang ylang canaga odorata flower oil", "canaga odorata flower oil", "cananga odorata oil/extract"],
        cas=["8006-81-3", "83863-30-3", "68606-83-7"]),
    "CINNAMOMUM CASSIA LEAF OIL": dict(kind="oil", healed="avoid", what="cassia (Chinese cinnamon) leaf oil",
        reason=("Cassia oil is rich in cinnamaldehyde, a strong skin irritant and sensitiser, and the EU lists it as a "
                "named allergen. Keep it off your scalp, healing or not."),
        v=["cassia oil", "cassia leaf oil", "CINNAMOMUM CASSIA OIL", "chinese cinnamon oil"]),
    "CINNAMOMUM ZEYLANICUM BARK OIL": dict(kind="oil", healed="avoid", what="cinnamon bark essential oil",
        reason=("Cinnamon bark oil is rich in cinnamaldehyde, a strong skin irritant and sensitiser, and the EU lists it "
                "as a named allergen. Keep it off your scalp, healing or not."),
        v=["cinnamon bark oil", "cinnamon oil", "CINNAMOMUM VERUM BARK OIL", "cinnamon bark essential oil"]),
    "CITRUS AURANTIUM AMARA FLOWER OIL": dict(kind="oil", what="neroli (bitter orange blossom) essential oil",
        v=["neroli oil", "neroli", "orange blossom oil", "orange flower oil", "neroli essential oil", "CITRUS AURANTIUM FLOWER OIL",
           "citrus aurantium var. amara flower oil", "citrus aurantium amara oil"], cas=["8016-38-4", "72968-50-4"]),
    "CITRUS AURANTIUM DULCIS FLOWER OIL": dict(kind="oil", what="sweet orange blossom essential oil",
        v=["sweet orange flower oil", "CITRUS SINENSIS FLOWER OIL"], cas=[]),
    "CITRUS AURANTIUM AMARA PEEL OIL": dict(kind="oil", what="bitter orange peel essential oil",
        reason=("A cold-pressed citrus peel oil and a named EU fragrance allergen. It is rich in limonene and can make "
                "skin react to sunlight, so keep it off a healing scalp."),
        v=["bitter orange oil", "bitter orange peel oil", "CITRUS AURANTIUM PEEL OIL", "CITRUS AURANTIUM PEEL OIL EXPRESSED",
           "bigarade oil"], cas=["68916-04-1"]),
    "CITRUS AURANTIUM DULCIS PEEL OIL": dict(kind="oil", what="sweet orange peel essential oil",
        reason=("A citrus peel oil and a named EU fragrance allergen. It is mostly limonene, which becomes allergenic as it "
                "oxidises, so keep it off a healing scalp."),
        v=["orange oil", "orange peel oil", "sweet orange oil", "sweet orange peel oil", "orange essential oil",
           "CITRUS AURANTIUM DULCIS OIL", "citrus aurantium dulcis fruit oil", "Orangenöl", "huile essentielle d'orange douce",
           "wild orange oil", "citrus aurantium dulcis orange peel oil", "sweet orange essential oil"], cas=["8008-57-9", "8028-48-6"]),
    "CITRUS SINENSIS PEEL OIL": dict(kind="oil", what="sweet orange peel essential oil",
        reason=("A citrus peel oil and a named EU fragrance allergen. It is mostly limonene, which becomes allergenic as it "
                "oxidises, so keep it off a healing scalp."),
        v=["CITRUS SINENSIS PEEL OIL EXPRESSED", "citrus sinensis oil", "CITRUS SINENSIS VALENCIA PEEL OIL EXPRESSED",
           "citrus sinensis fruit oil", "citrus senensis oil"], cas=["97766-30-8"]),
    "CITRUS AURANTIUM BERGAMIA PEEL OIL": dict(kind="oil", healed="avoid", what="bergamot essential oil",
        reason=("Bergamot oil is a named EU fragrance allergen and contains bergapten, which makes skin burn and stain "
                "in sunlight. Keep it off a healing scalp, and off sun-exposed skin afterwards."),
        v=["bergamot oil", "bergamot peel oil", "bergamot essential oil", "CITRUS BERGAMIA PEEL OIL", "CITRUS BERGAMIA PEEL OIL EXPRESSED",
           "CITRUS AURANTIUM BERGAMIA FRUIT OIL", "citrus bergamia fruit oil", "citrus bergamia oil", "aurantium bergamia fruit oil",
           "citrus aurantium bergamia oil"], cas=["8007-75-8", "89957-91-5", "68648-33-9", "85049-52-1"]),
    "CITRUS LIMON PEEL OIL": dict(kind="oil", what="lemon essential oil",
        reason=("Cold-pressed lemon oil is a named EU fragrance allergen, rich in limonene and citral, and can make skin "
                "react to sunlight. Keep it off a healing scalp."),
        v=["lemon oil", "lemon peel oil", "lemon essential oil", "CITRUS MEDICA LIMONUM PEEL OIL", "CITRUS LIMON FRUIT OIL",
           "citrus limon oil", "citrus medica limonum oil", "citrus limon peel oil/lemon peel oil", "Zitronenöl",
           "huile essentielle de citron", "citrus limon lemon peel oil", "citrus medica limonum lemon peel oil"], cas=["8008-56-8", "84929-31-7"]),
    "CYMBOPOGON SCHOENANTHUS OIL": dict(kind="oil", what="camel grass (lemongrass-type) essential oil",
        v=["camel grass oil", "cymbopogon schoenanthus leaf oil"], cas=["89998-16-3"]),
    "CYMBOPOGON FLEXUOSUS OIL": dict(kind="oil", what="East Indian lemongrass essential oil",
        v=["east indian lemongrass oil", "CYMBOPOGON FLEXUOSUS HERB OIL", "CYMBOPOGON FLEXUOSUS LEAF OIL",
           "CYMBOPOGON FLEXUOSUS LEAF/STEM OIL", "cymbopogon flexuosus lemongrass oil"], cas=["91844-92-7"]),
    "CYMBOPOGON CITRATUS LEAF OIL": dict(kind="oil", what="lemongrass essential oil",
        v=["lemongrass oil", "lemon grass oil", "lemongrass essential oil", "CYMBOPOGON CITRATUS LEAF/STEM OIL",
           "cymbopogon citratus oil"], cas=["8007-02-1", "89998-14-1"]),
    "EUCALYPTUS GLOBULUS LEAF OIL": dict(kind="oil", what="eucalyptus essential oil",
        reason=("Eucalyptus oil is a named EU fragrance allergen and is rich in eucalyptol, which feels cooling but "
                "irritates raw skin. Keep it off a healing scalp."),
        v=["eucalyptus oil", "eucalyptus leaf oil", "eucalyptus essential oil", "EUCALYPTUS OIL", "eucalyptus globulus oil"],
        cas=["8000-48-4", "97926-40-4"]),
    "EUCALYPTUS GLOBULUS LEAF/TWIG OIL": dict(kind="oil", what="eucalyptus leaf and twig essential oil",
        v=[], cas=["84625-32-1"]),
    "EUGENIA CARYOPHYLLUS LEAF OIL": dict(kind="oil", healed="avoid", what="clove leaf essential oil",
        reason=("Clove oil is mostly eugenol, which burns and sensitises skin, and the EU lists it as a named allergen. "
                "Keep it off your scalp."),
        v=["clove leaf oil", "SYZYGIUM AROMATICUM LEAF OIL"], cas=["8015-97-2", "84961-50-2"]),
    "EUGENIA CARYOPHYLLUS FLOWER OIL": dict(kind="oil", healed="avoid", what="clove essential oil",
        reason=("Clove oil is mostly eugenol, which burns and sensitises skin, and the EU lists it as a named allergen. "
                "Keep it off your scalp."), v=["SYZYGIUM AROMATICUM FLOWER OIL"], cas=["8000-34-8"]),
    "EUGENIA CARYOPHYLLUS STEM OIL": dict(kind="oil", healed="avoid", what="clove stem essential oil",
        reason=("Clove oil is mostly eugenol, which burns and sensitises skin, and the EU lists it as a named allergen. "
                "Keep it off your scalp."), v=["clove stem oil"], cas=[]),
    "EUGENIA CARYOPHYLLUS BUD OIL": dict(kind="oil", healed="avoid", what="clove bud essential oil",
        reason=("Clove oil is mostly eugenol, which burns and sensitises skin, and the EU lists it as a named allergen. "
                "Keep it off your scalp."), v=["clove bud oil", "clove oil", "clove essential oil", "SYZYGIUM AROMATICUM BUD OIL"], cas=[]),
    "JASMINUM GRANDIFLORUM FLOWER EXTRACT": dict(kind="extract", what="a jasmine flower extract",
        v=["jasmine flower extract", "jasminum grandiflorum floral extract", "jasmine grandiflorum extract"], cas=["84776-64-7"]),
    "JASMINUM OFFICINALE OIL": dict(kind="oil", what="jasmine essential oil or absolute",
        v=["jasmine oil", "jasmine absolute", "jasmine essential oil", "JASMINUM OFFICINALE FLOWER OIL"], cas=["8022-96-6", "8024-43-9"]),
    "JASMINUM OFFICINALE FLOWER EXTRACT": dict(kind="extract", what="a jasmine flower extract",
        v=["jasminum officinale extract"], cas=["90045-94-6"]),
    "JUNIPERUS VIRGINIANA OIL": dict(kind="oil", what="Virginia cedarwood essential oil",
        v=["virginia cedarwood oil", "virginian cedarwood oil", "red cedar oil", "red cedarwood oil"], cas=["8000-27-9"]),
    "JUNIPERUS VIRGINIANA WOOD OIL": dict(kind="oil", what="Virginia cedarwood essential oil", v=[], cas=["85085-41-2"]),
    "LAURUS NOBILIS LEAF OIL": dict(kind="oil", what="bay laurel leaf essential oil",
        v=["bay laurel oil", "laurel leaf oil", "laurel oil", "LAURUS NOBILIS OIL", "bay laurel leaf oil"],
        cas=["8002-41-3", "8007-48-5", "84603-73-6"]),
    "LAVANDULA HYBRIDA OIL": dict(kind="oil", what="lavandin essential oil",
        v=["lavandin oil", "lavandin essential oil", "LAVANDULA HYBRIDA HERB OIL", "LAVANDULA HYBRIDA ABRIAL HERB OIL",
           "LAVANDULA HYBRIDA GROSSO HERB OIL", "LAVANDULA HYBRIDA BARREME HERB OIL", "lavandin grosso oil"],
        cas=["8022-15-9", "91722-69-9", "93455-96-0", "93455-97-1", "93685-88-2"]),
    "LAVANDULA HYBRIDA EXTRACT": dict(kind="extract", what="a lavandin extract", v=["LAVANDULA HYBRIDA HERB EXTRACT", "lavandin extract"], cas=[]),
    "LAVANDULA HYBRIDA FLOWER EXTRACT": dict(kind="extract", what="a lavandin flower extract", v=["lavandin flower extract"], cas=[]),
    "LAVANDULA INTERMEDIA FLOWER/LEAF/STEM EXTRACT": dict(kind="extract", what="a lavandin extract", v=["LAVANDULA INTERMEDIA EXTRACT"], cas=[]),
    "LAVANDULA INTERMEDIA FLOWER/LEAF/STEM OIL": dict(kind="oil", what="lavandin essential oil", v=[], cas=[]),
    "LAVANDULA INTERMEDIA OIL": dict(kind="oil", what="lavandin essential oil", v=[], cas=["92623-76-2"]),
    "LAVANDULA ANGUSTIFOLIA OIL": dict(kind="oil", what="lavender essential oil",
        reason=("Lavender oil is a named EU fragrance allergen: its linalool and linalyl acetate turn into sensitisers as "
                "they oxidise. Despite its gentle image, keep it off a healing scalp."),
        v=["lavender oil", "lavender essential oil", "lavender flower oil", "true lavender oil", "LAVANDULA ANGUSTIFOLIA FLOWER OIL",
           "LAVANDULA ANGUSTIFOLIA FLOWER/LEAF/STEM OIL", "LAVANDULA ANGUSTIFOLIA HERB OIL",
           "LAVANDULA ANGUSTIFOLIA ANGUSTIFOLIA HERB OIL", "LAVANDULA OFFICINALIS FLOWER OIL", "LAVANDULA OFFICINALIS OIL",
           "LAVANDULA VERA OIL", "lavandula angustifolia oil/lavender oil", "lavendula angustifolia oil",
           "lavandula augustifolia oil", "lavandula angustifolia lavender oil", "lavandula oil", "Lavendelöl",
           "huile essentielle de lavande", "aceite esencial de lavanda", "olio essenziale di lavanda", "lavandula angustifolia essential oil"],
        cas=["8000-28-0", "84776-65-8"]),
    "LAVANDULA ANGUSTIFOLIA FLOWER/LEAF/STEM EXTRACT": dict(kind="extract", what="a lavender extract",
        reason=("The EU lists lavender extracts among the named fragrance allergens (same plant material as lavender oil). "
                "It is milder than the oil, but still treat it with caution on a healing scalp."),
        v=["LAVANDULA ANGUSTIFOLIA EXTRACT", "LAVANDULA ANGUSTIFOLIA FLOWER EXTRACT", "LAVANDULA ANGUSTIFOLIA HERB EXTRACT",
           "lavender extract", "lavender flower extract", "lavandula angustifolia lavender extract", "lavandula oil/extract"],
        cas=["90063-37-9"]),
    "MENTHA PIPERITA OIL": dict(kind="oil", what="peppermint essential oil",
        reason=("Peppermint oil is a named EU fragrance allergen and is rich in menthol, which gives the 'tingle' by "
                "irritating nerve endings. Keep it off a healing scalp."),
        v=["peppermint oil", "peppermint essential oil", "MENTHA PIPERITA FLOWER/LEAF/STEM OIL", "MENTHA PIPERITA FLOWER/LEAF OIL",
           "MENTHA PIPERITA AMERICAN HERB OIL", "MENTHA PIPERITA LEAF OIL", "mentha piperita stem/leaf oil",
           "mentha piperita peppermint oil", "Pfefferminzöl", "huile essentielle de menthe poivrée", "peppermint leaf oil"],
        cas=["8006-90-4", "84082-70-2"]),
    "MENTHA VIRIDIS LEAF OIL": dict(kind="oil", what="spearmint essential oil",
        v=["spearmint oil", "spearmint leaf oil", "spearmint essential oil", "MENTHA SPICATA HERB OIL", "MENTHA SPICATA LEAF OIL",
           "MENTHA SPICATA FLOWER/LEAF/STEM OIL", "MENTHA SPICATA LEAF/STEM OIL", "mentha spicata oil", "mentha viridis oil"],
        cas=["8008-79-5", "84696-51-5"]),
    "NARCISSUS POETICUS EXTRACT": dict(kind="extract", what="a narcissus flower extract (absolute)",
        v=["narcissus absolute", "narcissus extract", "NARCISSUS POETICUS FLOWER EXTRACT"], cas=["90064-26-9", "68917-12-4"]),
    "NARCISSUS PSEUDONARCISSUS FLOWER EXTRACT": dict(kind="extract", what="a daffodil flower extract",
        v=["NARCISSUS PSEUDO-NARCISSUS FLOWER EXTRACT", "daffodil extract", "daffodil flower extract"], cas=["90064-27-0"]),
    "NARCISSUS JONQUILLA EXTRACT": dict(kind="extract", what="a jonquil flower extract (absolute)",
        v=["jonquil absolute", "jonquil extract", "NARCISSUS JONQUILLA FLOWER OIL"], cas=["90064-25-8"]),
    "NARCISSUS TAZETTA EXTRACT": dict(kind="extract", what="a paperwhite narcissus extract", v=[], cas=[]),
    "PELARGONIUM GRAVEOLENS FLOWER OIL": dict(kind="oil", what="geranium essential oil",
        v=["geranium oil", "rose geranium oil", "geranium essential oil", "PELARGONIUM GRAVEOLENS OIL",
           "PELARGONIUM GRAVEOLENS STEM LEAF OIL", "PELARGONIUM GRAVEOLENS LEAF OIL", "pelargonium graveolens flower oil*",
           "geranium bourbon oil", "pelargonium graveolens geranium flower oil", "pelargonium graveolens geranium oil"], cas=["90082-51-2", "8000-46-2"]),
    "POGOSTEMON CABLIN OIL": dict(kind="oil", what="patchouli essential oil",
        v=["patchouli oil", "patchouly oil", "patchouli essential oil", "POGOSTEMON CABLIN LEAF OIL", "pogostemon cablin patchouli oil"],
        cas=["8014-09-3", "84238-39-1"]),
    "ROSA DAMASCENA FLOWER OIL": dict(kind="oil", what="rose essential oil (rose otto)",
        v=["rose oil", "rose otto", "rose otto oil", "bulgarian rose oil", "damask rose oil", "rose essential oil",
           "rosa damascena oil", "rose flower oil"], cas=["8007-01-0", "90106-38-0"]),
    "ROSA DAMASCENA FLOWER EXTRACT": dict(kind="extract", what="a damask rose flower extract",
        v=["ROSA DAMASCENA EXTRACT", "damask rose extract", "rose flower extract"], cas=[]),
    "ROSA ALBA FLOWER OIL": dict(kind="oil", what="white rose essential oil", v=["white rose oil"], cas=["93334-48-6"]),
    "ROSA ALBA FLOWER EXTRACT": dict(kind="extract", what="a white rose flower extract", v=["white rose extract"], cas=[]),
    "ROSA CANINA FLOWER OIL": dict(kind="oil", what="dog rose flower essential oil (not rosehip oil)",
        reason=("A rose flower essential oil that the EU lists as a named fragrance allergen. Do not confuse it with rosehip "
                "fruit or seed oil from the same plant, which is an unscented carrier oil."),
        v=["dog rose flower oil"], cas=[]),
    "ROSA CENTIFOLIA FLOWER OIL": dict(kind="oil", what="cabbage rose (rose de mai) essential oil or absolute",
        v=["rose absolute", "rose de mai oil", "rose de mai absolute", "cabbage rose oil", "rosa centifolia oil", "rosa centifolia rose oil"], cas=["84604-12-6"]),
    "ROSA CENTIFOLIA FLOWER EXTRACT": dict(kind="extract", what="a cabbage rose flower extract",
        v=["ROSA CENTIFOLIA EXTRACT", "cabbage rose extract"], cas=[]),
    "ROSA GALLICA FLOWER OIL": dict(kind="oil", what="French rose essential oil", v=["french rose oil"], cas=["84604-13-7"]),
    "ROSA MOSCHATA FLOWER OIL": dict(kind="oil", what="musk rose flower essential oil (not rosehip seed oil)",
        reason=("A rose flower essential oil that the EU lists as a named fragrance allergen. Do not confuse it with musk "
                "rose seed oil (a rosehip-type carrier oil), which is unscented."), v=["musk rose flower oil"], cas=[]),
    "ROSA RUGOSA FLOWER OIL": dict(kind="oil", what="Japanese (rugosa) rose essential oil", v=["rugosa rose oil"], cas=["92347-25-6"]),
    "SANTALUM ALBUM OIL": dict(kind="oil", what="sandalwood essential oil",
        v=["sandalwood oil", "east indian sandalwood oil", "indian sandalwood oil", "sandalwood essential oil",
           "SANTALUM ALBUM WOOD OIL"], cas=["8006-87-9", "84787-70-2"]),
    "EUGENYL ACETATE": dict(kind="chem", what="a clove-scented chemical",
        v=["acetyl eugenol", "eugenol acetate", "phenol, 2-methoxy-4-(2-propenyl)-, acetate"]),
    "GERANYL ACETATE": dict(kind="chem", what="a fruity, rose-like scent chemical", v=["geraniol acetate"]),
    "ISOEUGENYL ACETATE": dict(kind="chem", what="a spicy, carnation-like scent chemical", v=["acetisoeugenol", "acetyl isoeugenol"]),
    "PINENE": dict(kind="chem", what="a pine-scented compound from conifer oils",
        v=["alpha-pinene", "beta-pinene", "BETA-PINENES", "L-ALPHA-PINENE", "L-BETA-PINENE", "a-pinene", "b-pinene", "pinenes"]),
    "ALPHA-TERPINENE": dict(kind="chem", what="a citrusy, woody scent compound (found in tea tree oil)", v=["alpha terpinene", "a-terpinene"]),
    "TERPINOLENE": dict(kind="chem", what="a piney, citrusy scent compound", v=["alpha-terpinolene"]),
    # banned (Annex II now) ---------------------------------------------------------------------------
    "HYDROXYISOHEXYL 3-CYCLOHEXENE CARBOXALDEHYDE": dict(kind="banned", healing="avoid", healed="avoid",
        what="a lily-of-the-valley scent chemical (Lyral), now banned in the EU",
        v=["HICC", "Lyral", "hydroxyisohexyl 3 cyclohexene carboxaldehyde", "hydroxyisohexyl-3-cyclohexene carboxaldehyde"]),
    "BUTYLPHENYL METHYLPROPIONAL": dict(kind="banned", healing="avoid", healed="avoid",
        what="a lily-of-the-valley scent chemical (Lilial), now banned in the EU",
        reason=("Lilial was a common fragrance allergen and is now banned in EU cosmetics because it may harm fertility; "
                "it still appears on older or non-EU products. Avoid it."),
        v=["lilial", "BMHCA", "p-BMHCA", "butylphenyl methylpropional", "butylphenyl methylprpional", "butylphenyl met hylpropional",
           "butylphenyl methyl propional", "butylphenylmethylpropional", "2-(4-tert-butylbenzyl)propionaldehyde"]),
}

# name fixes: annex spelling -> INCI spelling
NAME_FIX = {
    "ANISE ALCOHOL": "ANISE ALCOHOL",
    "BETA- CARYOPHYLLENE": "BETA-CARYOPHYLLENE",
    "PHENOL, 2-METHOXY- 4-(2-PROPENYL)-, ACETATE": "EUGENYL ACETATE",
}
DAMASCONES = ["ALPHA-DAMASCONE", "ROSE KETONE-4", "DELTA-DAMASCONE", "CIS-ROSE KETONE-2", "TRANS-ROSE KETONE-2"]


def key(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return " ".join(s.split())


def clean_chem(s):
    s = re.sub(r"-\s+(?=[a-z])", "", s)      # line-wrap hyphen inside a word: "bi- cyclo" -> "bicyclo"
    s = re.sub(r"-\s+", "-", s)
    s = re.sub(r"\s+", " ", s).strip().strip(";").strip()
    return s


def load_cosing_cas(path):
    cas = {}
    try:
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                c = (r.get("cas_number") or "").strip()
                if c and c != "-":
                    cas[key(r["inci_name"])] = [x.strip() for x in re.split(r"[;/,]", c) if re.match(r"^\d+-\d+-\d$", x.strip())]
    except FileNotFoundError:
        pass
    return cas


def split_names(ref, field):
    if ref.startswith("III/157"):
        return DAMASCONES
    parts = [p.strip() for p in field.split(";") if p.strip()]
    if ref == "III/363":
        parts = [q.strip() for p in parts for q in p.split(",") if q.strip()]
    out = []
    for p in parts:
        n = re.sub(r"\s+", " ", p).upper()
        out.append(NAME_FIX.get(n, n))
    return out


def main():
    cosing = load_cosing_cas(COSING)
    rows = list(csv.DictReader(open(ANNEX, encoding="utf-8"), delimiter="\t"))
    used = {}   # variant key -> entry name
    out = [HEADER,
           "# Fragrance allergens that EU Regulation 1223/2009 Annex III makes brands name on the label",
           "# (the classic 26 and the 2023/1545 additions). Generated by tools/derive_allergens.py; edit CURATED there.",
           "# Essential oils in the annex carry essential-oil,fragrance-allergen; annex plant extracts/waters carry",
           "# fragrance-allergen only. Never give these a position rule: allergens are expected in the tail."]
    for r in rows:
        ref = r["annex_ref"].strip()
        names = split_names(ref, r["inci_or_glossary_name"])
        annex_cas = [c for c in re.findall(r"\d{2,7}-\d{2}-\d", r["cas"])]
        group = len(names) > 1
        for i, name in enumerate(names):
            c = CURATED.get(name)
            if c is None:
                sys.exit(f"no curated text for {name!r} ({ref})")
            kind = c["kind"]
            concerns = c.get("concerns") or {"oil": "essential-oil,fragrance-allergen"}.get(kind, "fragrance-allergen")
            variants = list(c.get("v", []))
            if "cas" in c:
                cas = list(c["cas"])
            elif not group:
                cas = annex_cas + cosing.get(key(name), [])
            elif kind == "extract":
                cas = []   # in a group, CAS numbers go to the oil (the CosIng extract CAS is usually the oil's)
            else:
                cas = cosing.get(key(name), []) + (annex_cas if i == 0 else [])
            # chemical-name variants, only for single-substance rows
            if not group and kind in ("chem", "banned", "extract") and not c.get("nochem"):
                for piece in re.split(r";|/ ", r["chemical_name"]):
                    piece = clean_chem(piece)
                    if piece.startswith("(") and piece.endswith(")"):
                        piece = piece[1:-1]
                    piece = re.sub(r" \((racemic|[a-z]+-[A-Za-z]+|trans-[A-Za-z]+|cis-[A-Za-z]+)\)$", "", piece)
                    simple = " " not in piece or re.fullmatch(r"[A-Za-z][A-Za-z-]* [a-z][a-z ]*", piece)
                    balanced = piece.count("(") == piece.count(")") and piece.count("[") == piece.count("]")
                    if piece and simple and balanced and len(piece) <= 70 and key(piece) != key(name):
                        variants.append(piece)
            variants += cas
            kept = []
            for v in variants:
                k = key(v)
                if not v or k == key(name):
                    continue
                if k in used and used[k] != name:
                    continue  # shared CAS / name already given to another entry
                if k in (key(x) for x in kept):
                    continue
                used[k] = name
                kept.append(v)
            used[key(name)] = name
            reason = c.get("reason") or {"chem": R_CHEM, "oil": R_OIL, "extract": R_EXTRACT, "banned": R_BANNED}[kind]
            source = f"EU Regulation 1223/2009 Annex {ref if ref.startswith('II/') else ref} (CosIng, (c) European Union)"
            if ref.startswith("II/"):
                source = f"EU Regulation 1223/2009 Annex {ref}; formerly a labelled allergen (CosIng, (c) European Union)"
            if name == "BENZYL ALCOHOL":
                source = "EU Regulation 1223/2009 Annex III/45 and Annex V/34 (max 1% as preservative) (CosIng, (c) European Union)"
            out.append("\t".join([
                name, concerns, c.get("not", ""), c.get("healing", ""), c.get("healed", ""), "",
                c.get("marks_tail", ""), "|".join(kept), c["what"], reason, "", source]))
    print("\n".join(out))


if __name__ == "__main__":
    main()
