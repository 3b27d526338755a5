"""Check every evidence string of qa.jsonl against the documents' text (pypdf for PDFs, whitespace collapsed),
that every document ends with the compiled-for-testing line, and the question kinds."""
import json
from collections import Counter
from pathlib import Path
from pypdf import PdfReader

SET = Path(__file__).resolve().parent.parent
END = "Compiled for testing from public sources; not an ISECG publication."

def text_of(path):
    if path.suffix == ".pdf":
        raw = "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    else:
        raw = path.read_text(encoding="utf-8")
    return " ".join(raw.split())

texts = {p.name: text_of(p) for p in sorted((SET / "documents").iterdir())}
bad_end = [n for n, t in texts.items() if not t.endswith(END)]
print("documents:", len(texts), "bad ending:", bad_end)

gold = json.loads((SET / "kg_gold.json").read_text(encoding="utf-8"))
gold_files = {d["file"] for d in gold["documents"]}
print("gold documents match files:", gold_files == set(texts))

missing = 0
kinds = Counter()
for line in (SET / "qa.jsonl").read_text(encoding="utf-8").splitlines():
    q = json.loads(line)
    kinds[q["kind"]] += 1
    for d in q["doc"]:
        if d not in texts:
            print("unknown doc", q["id"], d); missing += 1
    for ev in q["evidence"]:
        e = " ".join(ev.split())
        if not any(e in texts[d] for d in q["doc"] if d in texts):
            print("MISSING", q["id"], repr(ev)); missing += 1
    if q["kind"] == "no-answer" and (q["answer"] or q["evidence"]):
        print("no-answer with answer", q["id"]); missing += 1
print("kinds:", dict(kinds))
print("missing", missing + len(bad_end))
