"""Check every evidence string of qa.jsonl against the documents' text (pypdf for PDFs, raw text for Markdown),
whitespace collapsed, and that every document's text ends with the compiled-for-testing line."""
import json, os, re, sys, collections
from pypdf import PdfReader

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = os.path.join(BASE, "documents")
END = "Compiled for testing from public sources; not an ISECG publication."

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

texts = {}
for fn in sorted(os.listdir(DOCS)):
    p = os.path.join(DOCS, fn)
    if fn.endswith(".pdf"):
        t = "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    else:
        t = open(p, encoding="utf-8").read()
    texts[fn] = norm(t)

bad_end = [fn for fn, t in texts.items() if not t.endswith(END)]
for fn in bad_end:
    print("BAD ENDING:", fn, "...", texts[fn][-120:])

missing = 0
kinds = collections.Counter()
qs = [json.loads(l) for l in open(os.path.join(BASE, "qa.jsonl"), encoding="utf-8")]
for qq in qs:
    kinds[qq["kind"]] += 1
    for d in qq["doc"]:
        if d not in texts:
            print("UNKNOWN DOC", qq["id"], d); missing += 1
    for ev in qq["evidence"]:
        e = norm(ev)
        if not any(e in texts[d] for d in qq["doc"] if d in texts):
            print("MISSING", qq["id"], repr(ev)); missing += 1
    if qq["kind"] == "no-answer" and (qq["answer"] or qq["evidence"]):
        print("no-answer with answer/evidence", qq["id"]); missing += 1
    if qq["kind"] in ("temporal", "cross-doc") and len(set(qq["doc"])) < 2:
        print("needs two docs", qq["id"])
gold = json.load(open(os.path.join(BASE, "kg_gold.json"), encoding="utf-8"))
gd = {d["file"] for d in gold["documents"]}
if gd != set(texts):
    print("gold documents differ from files:", gd ^ set(texts)); missing += 1
print("questions", len(qs), dict(kinds))
print("bad endings", len(bad_end))
print("missing", missing)
sys.exit(1 if missing or bad_end else 0)
