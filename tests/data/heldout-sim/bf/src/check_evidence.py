"""Check every evidence string of qa.jsonl against the documents' text, and the closing line of each document.

PDFs are read with pypdf (page texts joined, whitespace collapsed); Markdown files are read as text (whitespace
collapsed). Prints one line per problem and ends with "missing N".
Run with /work/main/.venv/bin/python.
"""
import json
import re
from pathlib import Path

from pypdf import PdfReader

SET = Path(__file__).resolve().parent.parent
DOCS = SET / "documents"
END = "Compiled for testing from public sources; not an ISECG publication."


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(path):
    if path.suffix == ".pdf":
        return norm(" ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages))
    return norm(path.read_text(encoding="utf-8"))


texts = {p.name: text_of(p) for p in sorted(DOCS.iterdir()) if p.suffix in (".pdf", ".md")}
missing = 0
for name, t in texts.items():
    if not t.endswith(END):
        print(f"END LINE missing: {name} ends {t[-80:]!r}")
        missing += 1

gold = json.loads((SET / "kg_gold.json").read_text(encoding="utf-8"))
listed = {d["file"] for d in gold["documents"]}
if listed != set(texts):
    print("documents in gold and folder differ:", sorted(listed ^ set(texts)))
    missing += 1

n = 0
for line in (SET / "qa.jsonl").read_text(encoding="utf-8").splitlines():
    q = json.loads(line)
    for d in q["doc"]:
        if d not in texts:
            print(f"{q['id']}: unknown doc {d}")
            missing += 1
    for ev in q["evidence"]:
        n += 1
        e = norm(ev)
        if not any(e in texts[d] for d in q["doc"] if d in texts):
            print(f"{q['id']}: evidence not found: {ev!r}")
            missing += 1
print(f"checked {n} evidence strings in {len(texts)} documents")
print(f"missing {missing}")
