import json,collections,pypdf
txt={}
def get(f):
    if f not in txt:
        p="/work/newsets/s/documents/"+f
        if f.endswith(".pdf"): t=' '.join(p.extract_text() or '' for p in pypdf.PdfReader(p).pages)
        else: t=open(p).read()
        txt[f]=' '.join(t.split())
    return txt[f]
c=collections.Counter()
for l in open("/work/newsets/s/qa.jsonl"):
    q=json.loads(l); c[q["kind"]]+=1
    for e in q["evidence"]:
        en=' '.join(e.split())
        if not any(en in get(d) for d in q["doc"]): print("MISSING",q["id"],repr(e))
print(c)
