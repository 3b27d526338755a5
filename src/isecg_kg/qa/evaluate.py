"""`isecg-kg eval ask`: how many questions are answered right.

- Dev questions (--gold; tests/data/qa_dev.jsonl in a checkout): right when one of the ``answer`` strings
  is in the answer, and with evidence when one of the first EVIDENCE_TOP evidence passages
  shows one of the ``evidence`` strings (the page where the fact is printed; ``search.evaluate.shows``).
- Structured questions (--structured; tests/data/qa_structured.jsonl, written from the gold facts of
  kg_gold.json): right when the answer list equals the gold set (each answer matched by label,
  acronym or alias) and the answer carries its SPARQL.
- Out-of-domain questions (below): right when there is no answer.  Their best sentence scores
  beside the dev questions' show the margin of the no-answer threshold.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..indexes import require_build
from ..records import EntityRecord
from ..search.evaluate import same_document, shows
from ..text import words
from .linking import normalise

EVIDENCE_TOP = 3
# Questions the corpus cannot answer: the system must say so rather than guess.
OUT_OF_DOMAIN = [
    "What is the capital of Peru?",
    "Who won the 2018 FIFA World Cup?",
    "How do I bake sourdough bread?",
    "What is the boiling point of water at sea level?",
    "Who wrote Hamlet?",
    "What is the population of Tokyo?",
    "How many legs does a spider have?",
    "When did the Berlin Wall fall?",
    "What is the stock price of Apple?",
    "Where is the Eiffel Tower?",
    "Which football club has won the most Champions League titles?",
    "What is the best recipe for lasagna?",
]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def text_right(response: dict, item: dict) -> tuple[bool, bool]:
    """(answer right, evidence right) for a dev question."""
    answer = (response["answer"] or "").lower()
    right = bool(answer) and any(a.lower() in answer for a in item["answer"])
    evidence = any(shows(r.text, item["evidence"]) for r in response["evidence"][:EVIDENCE_TOP])
    return right, evidence


def corpus_right(response: dict, item: dict) -> tuple[bool, bool]:
    """(answer right, evidence right) for a question of a multi-document gold set (``kind``, ``doc``): a
    no-answer question is right when there is no answer; any other needs an answer string in the answer,
    and evidence from each of its documents (an evidence string in a passage of that document among the
    first EVIDENCE_TOP, or among all the evidence when the question spans documents)."""
    if item["kind"] == "no-answer":
        return response["answer"] is None, True
    answer = f' {" ".join(words(response["answer"] or ""))} '
    said = lambda text: f" {' '.join(words(text))} " in answer  # noqa: E731
    # A list is right with its items in any order ("POLSA, LSA and ASA" is "ASA, LSA and POLSA").
    items = lambda a: re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+", a) if item["kind"] == "list" else [a]  # noqa: E731
    right = answer.strip() != "" and any(all(said(i) for i in items(a) if i.strip()) for a in item["answer"])
    docs = item["doc"]
    shown = response["evidence"] if len(docs) > 1 else response["evidence"][:EVIDENCE_TOP]
    evidence = all(any(same_document(r.document.id, doc) and shows(r.text, item["evidence"]) for r in shown)
                   for doc in docs)
    return right, evidence


def set_right(response: dict, gold: list[str], entities: dict[str, EntityRecord]) -> bool:
    """The answer list is the gold set: every answer names one gold item, every gold item is named."""
    wanted = {_key(g) for g in gold}
    named = set()
    for answer in response["answers"]:
        names = {_key(answer["label"])}
        entity = entities.get(answer["iri"] or "")
        if entity:
            names |= {_key(n) for n in [entity.acronym or "", *entity.aliases] if n}
        hit = names & wanted
        if not hit:
            return False
        named |= hit
    return named == wanted and bool(response["sparql"])


def _key(name: str) -> str:
    return normalise(re.sub(r"\s*\([^)]*\)", "", name))


def main(settings, gold: Path, structured: Path) -> int:
    from .answerer import MIN_SENTENCE_SCORE, Answerer

    build = require_build(settings)
    answerer = Answerer.from_build(build, settings)
    figures = evaluate(answerer, read_jsonl(gold), read_jsonl(structured), OUT_OF_DOMAIN)
    print(report(figures, threshold=MIN_SENTENCE_SCORE))
    return 0


def evaluate_corpus(answerer, items: list[dict]) -> list[dict]:
    """One row per question of a multi-document gold set (see corpus_right)."""
    rows = []
    for item in items:
        response = answerer.answer(item["question"])
        right, evidence = corpus_right(response, item)
        rows.append({"id": item["id"], "kind": item["kind"], "question": item["question"], "right": right,
                     "evidence": evidence, "answer": response["answer"], "short": response.get("short_answer"),
                     "shape": response["shape"],
                     "documents": [r.document.id for r in response["evidence"]], "ms": response["took_ms"]})
    return rows


def report_corpus(rows: list[dict]) -> str:
    """Right with evidence by kind of question, "not found" on the no-answer ones, and each miss."""
    lines = ["/api/ask on the multi-document questions (right = an answer string in the answer, with an evidence "
             "string in a passage of each document the question needs):"]
    kinds: dict[str, list[bool]] = {}
    for r in rows:
        kinds.setdefault(r["kind"], []).append(r["right"] and r["evidence"])
    for kind, marks in kinds.items():
        label = "not found (right)" if kind == "no-answer" else "right with evidence"
        lines.append(f"  {kind:10} {label:20} {sum(marks)}/{len(marks)}")
    answerable = [r for r in rows if r["kind"] != "no-answer"]
    lines.append(f"  answerable right with evidence: {sum(r['right'] and r['evidence'] for r in answerable)}/"
                 f"{len(answerable)}; all: {sum(r['right'] and r['evidence'] for r in rows)}/{len(rows)}")
    for r in rows:
        if not (r["right"] and r["evidence"]):
            mark = ("right" if r["right"] else "WRONG") + (" +evidence" if r["evidence"] else " -evidence")
            lines.append(f"    {r['id']} {r['kind']:9} {mark}: {r['question']}\n        answer: {r['answer']}")
    return "\n".join(lines)


def evaluate(answerer, dev: list[dict], structured: list[dict], out_of_domain: list[str]) -> dict:
    rows = {"dev": [], "structured": [], "ood": []}
    for item in dev:
        response = answerer.answer(item["question"])
        right, evidence = text_right(response, item)
        rows["dev"].append({"id": item["id"], "question": item["question"], "right": right, "evidence": evidence,
                            "shape": response["shape"], "confidence": response.get("confidence"),
                            "answer": response["answer"], "ms": response["took_ms"]})
    for item in structured:
        response = answerer.answer(item["question"])
        rows["structured"].append({"id": item["id"], "kind": item["kind"], "question": item["question"],
                                   "right": set_right(response, item["gold"], answerer.entities),
                                   "shape": response["shape"], "got": [a["label"] for a in response["answers"]],
                                   "gold": item["gold"], "ms": response["took_ms"]})
    for question in out_of_domain:
        response = answerer.answer(question)
        rows["ood"].append({"question": question, "right": response["answer"] is None,
                            "confidence": response.get("confidence"), "answer": response["answer"],
                            "message": response.get("message")})
    return rows


def report(rows: dict, *, threshold: float) -> str:
    dev, structured, ood = rows["dev"], rows["structured"], rows["ood"]
    lines = ["Dev questions (right = an answer string in the answer; evidence = an evidence string in the "
             f"first {EVIDENCE_TOP} passages):"]
    for r in dev:
        mark = ("right" if r["right"] else "WRONG") + (" +evidence" if r["evidence"] else " -evidence")
        score = f"{r['confidence']:.2f}" if r["confidence"] is not None else "graph"
        lines.append(f"  {r['id']} {mark:17} {score:>5} {r['shape'] or '-':10} {r['question']}")
        if not (r["right"] and r["evidence"]):
            lines.append(f"        answer: {r['answer']}")
    both = sum(r["right"] and r["evidence"] for r in dev)
    lines.append(f"  right: {sum(r['right'] for r in dev)}/{len(dev)}; right with evidence: {both}/{len(dev)}")
    lines.append("")
    lines.append("Structured questions (right = answer list equals the gold set, with its SPARQL):")
    kinds: dict[str, list[bool]] = {}
    for r in structured:
        kinds.setdefault(r["kind"], []).append(r["right"])
        if not r["right"]:
            lines.append(f"  WRONG {r['id']} ({r['shape']}) {r['question']}\n        got {r['got']}\n"
                         f"        gold {r['gold']}")
    for kind, marks in kinds.items():
        lines.append(f"  {kind:15} {sum(marks)}/{len(marks)}")
    lines.append(f"  all: {sum(r['right'] for r in structured)}/{len(structured)}")
    lines.append("")
    lines.append(f"Out-of-domain questions (right = no answer; score threshold {threshold:.2f}):")
    for r in ood:
        score = f"{r['confidence']:.2f}" if r["confidence"] is not None else "graph"
        words = re.search(r"words found ([0-9.]+)", r["message"] or "")
        lines.append(f"  {'right' if r['right'] else 'WRONG'} {score:>5} (words {words.group(1) if words else '-'}) "
                     f"{r['question']}")
    passage_scores = [r["confidence"] for r in dev if r["confidence"] is not None and r["right"]]
    ood_scores = [r["confidence"] for r in ood if r["confidence"] is not None]
    lines.append(f"  no answer: {sum(r['right'] for r in ood)}/{len(ood)}")
    if passage_scores and ood_scores:
        lines.append(f"  margin: lowest right dev answer {min(passage_scores):.2f}, highest out-of-domain "
                     f"{max(ood_scores):.2f}")
    times = sorted(r["ms"] for r in dev + structured)
    lines.append("")
    lines.append(f"In-process time per question: median {times[len(times) // 2]:.0f} ms, "
                 f"max {times[-1]:.0f} ms (latency through the server: bench/ask.py)")
    return "\n".join(lines)
