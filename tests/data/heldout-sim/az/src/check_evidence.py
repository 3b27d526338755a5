"""Check every evidence string of ../qa.jsonl against the documents' text (whitespace collapsed),
and that every document's text ends with the required line. Prints 'missing N'."""
import json, os, re, sys
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOCS = os.path.join(SET, "documents")
END = "Compiled for testing from public sources; not an ISECG publication."

def text_of(name):
    path = os.path.join(DOCS, name)
    if name.endswith(".pdf"):
        raw = "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    else:
        raw = open(path, encoding="utf-8").read()
    return re.sub(r"\s+", " ", raw).strip()

texts = {n: text_of(n) for n in sorted(os.listdir(DOCS))}
problems = 0
for n, t in texts.items():
    if not t.endswith(END):
        print("END LINE MISSING:", n, "...", t[-120:])
        problems += 1
gold = json.load(open(os.path.join(SET, "kg_gold.json"), encoding="utf-8"))
gold_files = {d["file"] for d in gold["documents"]}
if gold_files != set(texts):
    print("gold documents differ from documents/:", gold_files ^ set(texts))
    problems += 1

missing = 0
total = 0
ids = set()
for line in open(os.path.join(SET, "qa.jsonl"), encoding="utf-8"):
    q = json.loads(line)
    assert set(q) == {"id", "question", "answer", "evidence", "doc", "kind"}, q["id"]
    assert q["id"] not in ids
    ids.add(q["id"])
    for d in q["doc"]:
        if d not in texts:
            print(q["id"], "unknown doc", d)
            problems += 1
    if q["kind"] == "no-answer":
        assert q["answer"] == [] and q["evidence"] == [], q["id"]
    for ev in q["evidence"]:
        total += 1
        e = re.sub(r"\s+", " ", ev).strip()
        if not any(e in texts[d] for d in q["doc"] if d in texts):
            missing += 1
            print("MISSING", q["id"], repr(ev))
print("questions", len(ids), "evidence strings", total)
print("missing", missing)
if problems:
    print("other problems", problems)
sys.exit(1 if missing or problems else 0)
