"""Checks every evidence string of ../qa.jsonl against pypdf's text (PDF) or the file (Markdown), whitespace collapsed."""
import json, os, re, collections, sys
import pypdf
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
norm = lambda s: re.sub(r"\s+", " ", s).strip()
texts = {}
for fn in os.listdir(os.path.join(OUT, "documents")):
    path = os.path.join(OUT, "documents", fn)
    texts[fn] = norm(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages)) if fn.endswith(".pdf") else norm(open(path).read())
bad = 0; kinds = collections.Counter()
for line in open(os.path.join(OUT, "qa.jsonl")):
    q = json.loads(line); kinds[q["kind"]] += 1
    for d in q["doc"]:
        assert d in texts, (q["id"], d)
    for e in q["evidence"]:
        if not any(norm(e) in texts[d] for d in q["doc"]):
            bad += 1; print("MISSING", q["id"], repr(e))
for t in texts.values():
    assert t.endswith("Compiled for testing from public sources; not an ISECG publication."), t[-80:]
gold = json.load(open(os.path.join(OUT, "kg_gold.json")))
assert {d["file"] for d in gold["documents"]} == set(texts)
print("kinds", dict(kinds), "missing", bad)
sys.exit(1 if bad else 0)
