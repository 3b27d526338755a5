"""`isecg-kg ask "QUESTION"`: the answer, where it comes from (SPARQL or a cited sentence) and the
passages that support it."""

from __future__ import annotations

import json
import textwrap

from ..records import jsonable


def register(sub, parents) -> None:
    p = sub.add_parser(
        "ask",
        parents=parents,
        help="Answer a question from the knowledge graph or the passages, with evidence.",
        description="Answer QUESTION in plain words. Questions of a shape the knowledge graph answers "
        "(members of X, country of X, who works on technology T, what group G plans, events by place or "
        "date and their hosts, documents by year or type) become a SPARQL query, printed so you can refine "
        "it at /sparql; other questions are answered with the sentence of the corpus that answers best, "
        "cited by document and page. When nothing supports an answer, it says so.",
    )
    p.add_argument("question", metavar="QUESTION", help="The question, e.g. \"Which country is KARI from?\"")
    p.add_argument("--k", default="", help="Evidence passages shown (1..max_k; default 5).")
    p.add_argument("--doc", help="Only passages of this document (its id).")
    p.add_argument("--year-from", help="Only documents published in or after this year.")
    p.add_argument("--year-to", help="Only documents published in or before this year.")
    p.add_argument("--json", action="store_true", help="Print the /api/ask JSON instead of text.")
    p.set_defaults(handler=run)


def run(settings, args) -> int:
    from ..indexes import require_build
    from .answerer import Answerer
    from .params import ask_params

    raw = {"q": args.question, "k": args.k, "doc": args.doc, "year_from": args.year_from, "year_to": args.year_to}
    params = ask_params({k: v for k, v in raw.items() if v is not None}, settings)
    question = params.pop("query")
    response = Answerer.from_build(require_build(settings), settings).answer(question, **params)
    print(json.dumps(jsonable(response), indent=2, ensure_ascii=False) if args.json else format_text(response))
    return 0 if response["answer"] is not None else 1


def format_text(response: dict) -> str:
    lines = [f"Q: {response['question']}"]
    if response["answer"] is None:
        lines.append("A: (no answer) " + (response.get("message") or ""))
    else:
        lines.extend(textwrap.wrap("A: " + response["answer"], width=100, subsequent_indent="   "))
    for a in response["answers"]:
        lines.append(f"   - {a['label']}" + (f"  <{a['iri']}>" if a["iri"] else ""))
    if response["sparql"]:
        lines.append("")
        lines.append("SPARQL (run it at /sparql or with `isecg-kg sparql`):")
        lines.extend("   " + line for line in response["sparql"].strip().splitlines())
    if response["evidence"]:
        lines.append("")
        lines.append("Evidence:")
    for r in response["evidence"]:
        doc = r.document
        year = f" ({doc.year})" if doc.year else ""
        section = f" — {r.section}" if r.section else ""
        lines.append(f"{r.rank}. {doc.title}{year}, p. {r.page}{section}")
        lines.extend(textwrap.wrap("«" + r.highlight.sentence + "»", width=100, initial_indent="   ",
                                   subsequent_indent="   "))
        lines.append(f"   {r.passage}")
    lines.append(f"({response['took_ms']:.0f} ms)")
    return "\n".join(lines)
