import json,pypdf
L={}
def lines(f):
    if f not in L:
        p="/work/newsets/s/documents/"+f
        t='\n'.join(pg.extract_text() for pg in pypdf.PdfReader(p).pages) if f.endswith('.pdf') else open(p).read()
        L[f]=[' '.join(x.split()) for x in t.split('\n')]
    return L[f]
for l in open("/work/newsets/s/qa.jsonl"):
    q=json.loads(l)
    for e in q["evidence"]:
        en=' '.join(e.split())
        if not any(en in x for d in q["doc"] for x in lines(d)):
            print("NOT-ONE-LINE",q["id"],repr(e))
            w=en.split()[0:3]
            for d in q["doc"]:
                for i,x in enumerate(lines(d)):
                    if ' '.join(w) in x: print('   ',d,i,x); print('   ',lines(d)[i+1] if i+1<len(lines(d)) else '')
