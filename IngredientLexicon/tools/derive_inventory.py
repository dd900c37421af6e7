#!/usr/bin/env python3
"""Derives inventory/cosing.tsv (the recognition dictionary) from the EU CosIng inventory export.

Run by hand from the repository root when the reference data changes:
    python3 IngredientLexicon/tools/derive_inventory.py ../shared/data/cosing_inventory_inci_cas_ec_function.csv
The product never reads ../shared; it embeds the derived file.
"""
import csv, sys

source = sys.argv[1]
rows = {}
with open(source, encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f):
        name = " ".join(r["inci_name"].split()).upper()
        if not name or "\t" in name:
            continue
        functions = ", ".join(x.strip() for x in r["function"].split(",") if x.strip())
        rows.setdefault(name, (r["cas_number"].strip(), functions))
with open("IngredientLexicon/inventory/cosing.tsv", "w", encoding="utf-8") as out:
    out.write("# EU CosIng ingredient inventory (export of 2020-12-30): INCI name, first CAS number, CosIng functions.\n")
    out.write("# Source: CosIng, (c) European Union, reused under Commission Decision 2011/833/EU (CC BY 4.0).\n")
    out.write("# Derived by tools/derive_inventory.py; recognition only: an ingredient found here and nowhere else is ok.\n")
    out.write("name\tcas\tfunctions\n")
    for name in sorted(rows):
        cas, functions = rows[name]
        out.write(f"{name}\t{cas}\t{functions}\n")
print(len(rows), "names")
