"""Check every evidence string of qa.jsonl against the documents' text (pypdf for PDFs, raw text for
Markdown; whitespace collapsed), that every document ends with the test line, and the question kinds."""
import json
import os
import re
import sys
from collections import Counter

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "documents")
END = "Compiled for testing from public sources; not an ISECG publication."


def text_of(path):
    if path.endswith(".pdf"):
        t = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    else:
        t = open(path, encoding="utf-8").read()
    return re.sub(r"\s+", " ", t).strip()


texts = {f: text_of(os.path.join(DOCS, f)) for f in sorted(os.listdir(DOCS))}
bad_end = [f for f, t in texts.items() if not t.endswith(END)]
for f in bad_end:
    print("does not end with the test line:", f)

gold = json.load(open(os.path.join(ROOT, "kg_gold.json"), encoding="utf-8"))
gold_files = {d["file"] for d in gold["documents"]}
if gold_files != set(texts):
    print("gold documents differ from documents/:", gold_files ^ set(texts))

qs = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8")]
missing = 0
for q in qs:
    for d in q["doc"]:
        if d not in texts:
            print(q["id"], "unknown doc", d)
            missing += 1
    for ev in q["evidence"]:
        e = re.sub(r"\s+", " ", ev).strip()
        if not any(e in texts.get(d, "") for d in q["doc"]):
            print(q["id"], "MISSING:", ev)
            missing += 1
    if q["kind"] == "no-answer" and (q["answer"] or q["evidence"]):
        print(q["id"], "no-answer question with an answer or evidence")
print("questions", len(qs), dict(Counter(q["kind"] for q in qs)))
print("ids ok", [q["id"] for q in qs] == [f"be-{i:02d}" for i in range(1, 31)])
print("bad endings", len(bad_end))
print("missing", missing)
sys.exit(1 if missing or bad_end else 0)
