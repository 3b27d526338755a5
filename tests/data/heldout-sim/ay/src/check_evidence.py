"""Checks every evidence string of qa.jsonl against pypdf text (PDFs) or the file (Markdown), whitespace collapsed."""
import json, os, re, sys, collections
import pypdf
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def text(f):
    p = os.path.join(OUT, "documents", f)
    t = " ".join(pg.extract_text() for pg in pypdf.PdfReader(p).pages) if f.endswith(".pdf") else open(p).read()
    return re.sub(r"\s+", " ", t)
cache = {}
bad = 0
kinds = collections.Counter()
for line in open(os.path.join(OUT, "qa.jsonl")):
    q = json.loads(line); kinds[q["kind"]] += 1
    docs = q["doc"]
    for ev in q["evidence"]:
        e = re.sub(r"\s+", " ", ev)
        if not any(e in cache.setdefault(d, text(d)) for d in docs):
            bad += 1; print("MISSING", q["id"], repr(ev))
# every document must end with the line
for f in os.listdir(os.path.join(OUT, "documents")):
    if "Compiled for testing from public sources; not an ISECG publication." not in text(f):
        bad += 1; print("NO END LINE", f)
print(dict(kinds), "missing:", bad)
