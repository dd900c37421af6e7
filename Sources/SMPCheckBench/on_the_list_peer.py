"""The peer side of smpcheck-bench: runs on-the-list (pip install on-the-list) over the same labels.

Reads label texts as JSON Lines on stdin ({"text": ...}), analyses each with on-the-list's own
entry point (as a whole label, then as a bare list when no list was found in it), and prints one JSON object: seconds spent analysing and the ingredient count per label.
"""
import json
import sys
import time

from on_the_list import analyse, register

texts = [json.loads(line)["text"] for line in sys.stdin if line.strip()]
reg = register.load()
counts = []
start = time.perf_counter()
for text in texts:
    # on-the-list looks for a heading in label_text; a bare list (most of these labels) must be
    # given as ingredients_text, so it gets the second call smpcheck does not need.
    report = analyse.analyse(label_text=text, register=reg)
    if not report.ingredients:
        report = analyse.analyse(ingredients_text=text, register=reg)
    counts.append(len(report.ingredients))
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "counts": counts}))
