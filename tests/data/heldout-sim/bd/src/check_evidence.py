#!/usr/bin/env python3
"""Check qa.jsonl evidence against pypdf text (whitespace collapsed) or Markdown text, and the closing line."""
import json, os, re, sys
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "documents")
END = "Compiled for testing from public sources; not an ISECG publication."

def collapse(s):
    return re.sub(r"\s+", " ", s).strip()

texts = {}
for name in sorted(os.listdir(DOCS)):
    path = os.path.join(DOCS, name)
    if name.endswith(".pdf"):
        raw = "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    else:
        raw = open(path, encoding="utf-8").read()
    texts[name] = collapse(raw)

bad_end = [n for n, t in texts.items() if not t.endswith(END)]
for n in bad_end:
    print("does not end with the closing line:", n)

gold = json.load(open(os.path.join(ROOT, "kg_gold.json"), encoding="utf-8"))
gold_files = {d["file"] for d in gold["documents"]}
if gold_files != set(texts):
    print("gold documents differ from documents/:", gold_files ^ set(texts))

missing = 0
total = 0
for line in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8"):
    item = json.loads(line)
    for d in item["doc"]:
        if d not in texts:
            print(item["id"], "unknown doc", d)
            missing += 1
    for ev in item["evidence"]:
        total += 1
        e = collapse(ev)
        if not any(e in texts[d] for d in item["doc"] if d in texts):
            print(item["id"], "MISSING:", ev)
            missing += 1
print(f"evidence strings {total}, missing {missing}, bad endings {len(bad_end)}")
sys.exit(1 if missing or bad_end else 0)
