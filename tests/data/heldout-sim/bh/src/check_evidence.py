"""Check set bh: every evidence string of qa.jsonl occurs in its document's text (pypdf text with whitespace
collapsed for PDFs, the file's text for Markdown); every document ends with the compiled-for-testing line;
every mention in kg_gold.json has its alias in the document. Prints 'missing N'.
Run with /work/main/.venv/bin/python."""
import json, os, re, sys
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOCS = os.path.join(SET, "documents")
END = "Compiled for testing from public sources; not an ISECG publication."

def text_of(name):
    path = os.path.join(DOCS, name)
    if name.endswith(".pdf"):
        t = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    else:
        t = open(path, encoding="utf-8").read()
    return re.sub(r"\s+", " ", t).strip()

texts = {n: text_of(n) for n in sorted(os.listdir(DOCS))}
missing = 0
for n, t in texts.items():
    if not t.endswith(END):
        missing += 1
        print("BAD END:", n, repr(t[-90:]))

qa = [json.loads(l) for l in open(os.path.join(SET, "qa.jsonl"), encoding="utf-8")]
checked = 0
for x in qa:
    for d in x["doc"]:
        if d not in texts:
            missing += 1
            print("NO SUCH DOC:", x["id"], d)
    for ev in x["evidence"]:
        evc = re.sub(r"\s+", " ", ev).strip()
        checked += 1
        if not any(evc in texts[d] for d in x["doc"] if d in texts):
            missing += 1
            print("MISSING:", x["id"], repr(ev))
    if x["kind"] == "no-answer" and (x["answer"] or x["evidence"]):
        missing += 1
        print("NO-ANSWER WITH ANSWER:", x["id"])

gold = json.load(open(os.path.join(SET, "kg_gold.json"), encoding="utf-8"))
for d in gold["documents"]:
    if d["file"] not in texts:
        missing += 1
        print("GOLD DOC NOT FOUND:", d["file"])
sys.path.insert(0, HERE)
try:
    from make_gold_qa import M
    for d, lst in M.items():
        for e, k, alias in lst:
            checked += 1
            if alias not in texts[d]:
                missing += 1
                print("MENTION NOT IN TEXT:", d, e, alias)
except ImportError:
    pass
print("documents", len(texts), "questions", len(qa), "strings checked", checked)
print("missing", missing)
