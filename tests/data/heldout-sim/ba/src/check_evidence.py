"""Check every evidence string of ../qa.jsonl against the documents' text (pypdf for PDFs, whitespace collapsed),
and that every document's text ends with the required line. Prints 'missing N'."""
import json, os, re, sys
import pypdf
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOCS = os.path.join(SET, "documents")
END = "Compiled for testing from public sources; not an ISECG publication."

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

texts = {}
for fn in sorted(os.listdir(DOCS)):
    p = os.path.join(DOCS, fn)
    if fn.endswith(".pdf"):
        t = "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(p).pages)
    else:
        t = open(p, encoding="utf-8").read()
    texts[fn] = norm(t)

bad_end = [fn for fn, t in texts.items() if not t.endswith(END)]
for fn in bad_end:
    print("END LINE MISSING:", fn, "...", texts[fn][-90:])

gold = json.load(open(os.path.join(SET, "kg_gold.json"), encoding="utf-8"))
gold_files = {d["file"] for d in gold["documents"]}
if gold_files != set(texts):
    print("documents differ from gold:", gold_files ^ set(texts))

missing = 0
n = 0
for line in open(os.path.join(SET, "qa.jsonl"), encoding="utf-8"):
    q = json.loads(line)
    for d in q["doc"]:
        if d not in texts:
            print(q["id"], "unknown doc", d); missing += 1
    for ev in q["evidence"]:
        n += 1
        e = norm(ev)
        if not any(e in texts[d] for d in q["doc"] if d in texts):
            print(q["id"], "MISSING:", ev); missing += 1
    if q["kind"] == "no-answer" and (q["answer"] or q["evidence"]):
        print(q["id"], "no-answer with answer/evidence"); missing += 1
print("evidence strings:", n, "end lines bad:", len(bad_end))
print("missing", missing + len(bad_end))
