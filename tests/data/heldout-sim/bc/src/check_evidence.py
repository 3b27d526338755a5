"""Check set bc: every evidence string of qa.jsonl occurs in its documents' text (pypdf text for PDFs, file text for
Markdown; whitespace collapsed), every document ends with the compiled-for-testing line, and every gold mention and
question document exists. Run with /work/main/.venv/bin/python."""
import json, os, re, sys
from pypdf import PdfReader

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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
        print("does not end with the compiled-for-testing line:", n, repr(t[-90:]))
        problems += 1

gold = json.load(open(os.path.join(SET, "kg_gold.json")))
if {d["file"] for d in gold["documents"]} != set(texts):
    print("gold documents differ from documents/:", sorted(texts))
    problems += 1
ALIASES = {"CSA": "Canadian Space Agency", "UAE Space Agency": "United Arab Emirates Space Agency"}
for m in gold["mentions"]:
    names = [m["entity"]] + ([ALIASES[m["entity"]]] if m["entity"] in ALIASES else [])
    if not any(x.lower() in texts[m["document"]].lower() for x in names):
        print("mention not in text:", m)
        problems += 1

missing = checked = 0
for line in open(os.path.join(SET, "qa.jsonl")):
    q = json.loads(line)
    for d in q["doc"]:
        if d not in texts:
            print(q["id"], "unknown document", d)
            problems += 1
    for ev in q["evidence"]:
        checked += 1
        e = re.sub(r"\s+", " ", ev).strip()
        if not any(e in texts[d] for d in q["doc"] if d in texts):
            missing += 1
            print(q["id"], "MISSING:", ev)
print("evidence strings checked", checked)
print("other problems", problems)
print("missing", missing)
sys.exit(1 if missing or problems else 0)
