"""`isecg-kg search TEXT`: passages matching a question, with citations."""

from __future__ import annotations

import json
import textwrap

from ..records import jsonable
from .params import DEFAULT_K, MODES


def register(sub, parents) -> None:
    p = sub.add_parser(
        "search",
        parents=parents,
        help="Search the passages (hybrid dense + lexical) and print them with citations.",
        description="Find the passages that answer TEXT, in your own words. Each result names its document, "
        "year, page(s) and section, shows the best-matching sentence and the passage IRI. "
        "Modes: hybrid (default; dense and BM25 scores fused, the documents TEXT names by year, edition or "
        "title first), dense (embeddings only), lexical (BM25 only; no model is loaded).",
    )
    p.add_argument("text", metavar="TEXT", help="What to search for.")
    p.add_argument("--k", default=str(DEFAULT_K), help=f"Number of results (1..max_k; default {DEFAULT_K}).")
    p.add_argument("--mode", default="hybrid", help=f"Retrieval: {', '.join(MODES)} (default hybrid).")
    p.add_argument("--doc", help="Only this document (its id, e.g. isecg-annual-report-2022).")
    p.add_argument("--year-from", help="Only documents published in or after this year.")
    p.add_argument("--year-to", help="Only documents published in or before this year.")
    p.add_argument("--type", dest="doc_type", help="Only documents of this type (e.g. 'annual report').")
    p.add_argument("--section", help="Only passages whose section heading contains this text.")
    p.add_argument("--entity", help="Only passages mentioning this entity IRI (from the knowledge graph).")
    p.add_argument("--json", action="store_true", help="Print the /api/search JSON instead of text.")
    p.set_defaults(handler=run)


def run(settings, args) -> int:
    from ..indexes import require_build
    from .engine import SearchEngine
    from .params import parse_query_params

    raw = {"q": args.text, "k": args.k, "mode": args.mode, "doc": args.doc, "year_from": args.year_from,
           "year_to": args.year_to, "type": args.doc_type, "section": args.section, "entity": args.entity}
    params = parse_query_params({k: v for k, v in raw.items() if v is not None}, settings)
    response = SearchEngine.from_build(require_build(settings), settings).search(**params)
    if args.json:
        print(json.dumps(jsonable(response), indent=2, ensure_ascii=False))
    else:
        print(format_text(response))
    return 0


def format_text(response: dict) -> str:
    results = response["results"]
    lines = [f"{len(results)} result(s) for {response['query']!r} ({response['mode']}, {response['took_ms']:.0f} ms)"]
    for r in results:
        doc = r.document
        pages = f"pp. {r.pages[0]}-{r.pages[-1]}" if len(r.pages) > 1 else f"p. {r.page}"
        year = f" ({doc.year})" if doc.year else ""
        lines.append("")
        lines.append(f"{r.rank}. {doc.title}{year}, {pages}" + (f" — {r.section}" if r.section else ""))
        lines.extend(textwrap.wrap("«" + r.highlight.sentence + "»", width=100, initial_indent="   ",
                                   subsequent_indent="   "))
        scores = ", ".join(f"{name} {value:.3f}" for name, value in vars(r.scores).items()
                           if value and not name.endswith("_rank"))
        lines.append(f"   {r.passage}  [{scores}]")
        if r.entities:
            lines.append("   mentions: " + ", ".join(e.label for e in r.entities))
    return "\n".join(lines)
