"""The `isecg-kg` command.  Each subpackage adds its own subcommands (see COMMAND_MODULES).

Every subcommand accepts every setting as a flag (``isecg-kg settings`` lists them); a
flag overrides the ``ISECG_KG_*`` environment variable of the same name.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path

from .settings import Settings

# Modules with a ``register(subparsers, parents)`` function adding their subcommands.
COMMAND_MODULES = ["isecg_kg.web.cli", "isecg_kg.search.cli", "isecg_kg.qa.cli", "isecg_kg.sparql.cli",
                   "isecg_kg.kg.cli"]

# `isecg-kg eval TARGET`: each target's ``main(settings, gold) -> int`` prints its figures; ``gold``
# maps each gold file's role to its path.  The defaults are the shared eval set of a checkout,
# relative to the working directory like the corpus folder (an installed package ships no tests/).
EVALUATIONS = {
    "kg": ("isecg_kg.kg.evaluate", {"gold": "tests/data/kg_gold.json", "multi": "tests/data/corpus-multi/kg_gold.json"},
           "Precision and recall of the knowledge graph per kind of fact, against the gold facts."),
    "search": ("isecg_kg.search.evaluate", {"gold": "tests/data/qa_dev.jsonl"},
               "hit@1, hit@5 and MRR@10 of lexical, dense and hybrid search on the dev questions."),
    "ask": ("isecg_kg.qa.evaluate", {"gold": "tests/data/qa_dev.jsonl", "structured": "tests/data/qa_structured.jsonl"},
            "Questions answered right: the dev questions and structured questions from the gold facts."),
    "all": (None, {"gold": "tests/data/qa_dev.jsonl", "structured": "tests/data/qa_structured.jsonl",
                             "multi": "tests/data/corpus-multi/kg_gold.json", "kg": "tests/data/kg_gold.json",
                             "questions": "tests/data/corpus-multi/qa.jsonl",
                             "documents": "tests/data/corpus-multi/documents"},
            "The corpus folder plus the corpus-multi documents, indexed beside --index-dir (in INDEX_DIR-eval, "
            "incrementally): search hit@1/hit@5/MRR on the one-report and the multi-document questions, /api/ask "
            "right by kind of question and 'not found' on the no-answer ones, graph precision and recall per kind."),
}


def settings_parser() -> argparse.ArgumentParser:
    """The flags shared by every subcommand: one per setting."""
    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group("settings (also from ISECG_KG_* environment variables)")
    for name, env, flag, default, doc in Settings.documented():
        group.add_argument(flag, dest=name, default=None, metavar=name.upper(),
                           help=f"{doc} [env {env}; default {default}]")
    group.add_argument("-v", "--verbose", action="store_true", help="Log debug messages.")
    return parser


def build_parser() -> argparse.ArgumentParser:
    common = settings_parser()
    parser = argparse.ArgumentParser(
        prog="isecg-kg",
        description="Knowledge graph and semantic search over ISECG publications. "
        "Build the indexes with `isecg-kg ingest`, then `isecg-kg serve`.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    listing = sub.add_parser("settings", parents=[common], help="Show every setting, its value and where it comes from.")
    listing.set_defaults(handler=_show_settings)
    evaluation = sub.add_parser("eval", parents=[common], help="Measure extraction, search or question answering.",
                                description="\n".join(f"{k}: {doc}" for k, (_, _, doc) in EVALUATIONS.items()))
    evaluation.add_argument("target", nargs="?", default="all", choices=sorted(EVALUATIONS),
                            help="What to measure (default: all).")
    evaluation.add_argument("--gold", type=Path, default=None,
                            help="Gold file (default: " + "; ".join(f"{k}: {files['gold']}" for k, (_, files, _)
                                                                    in EVALUATIONS.items()) + ").")
    evaluation.add_argument("--multi", type=Path, default=None,
                            help=f"eval kg: the gold of the corpus of editions and years "
                            f"(default: {EVALUATIONS['kg'][1]['multi']}).")
    evaluation.add_argument("--structured", type=Path, default=None,
                            help=f"eval ask: the structured questions (default: {EVALUATIONS['ask'][1]['structured']}).")
    for role in ("kg", "questions", "documents"):
        evaluation.add_argument(f"--{role}", type=Path, default=None,
                                help=f"eval all: {role} (default: {EVALUATIONS['all'][1][role]}).")
    evaluation.set_defaults(handler=_evaluate)
    _register_ingest(sub, [common])
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(sub, [common])
    return parser


def _evaluate(settings: Settings, args) -> int:
    module, defaults, _ = EVALUATIONS[args.target]
    given = {role: getattr(args, role) for role in defaults if getattr(args, role) is not None}
    gold = {role: given.get(role) or Path(default) for role, default in defaults.items()}
    for role, path in gold.items():
        if not (path.is_dir() if role == "documents" else path.is_file()):
            raise ValueError(f"no gold file {path} (run from a checkout of the project, or pass --{role} FILE)")
    evaluate = main_all if module is None else importlib.import_module(module).main
    if not given:  # the shipped gold files: an error here is a bug, shown with its traceback
        return evaluate(settings, **gold)
    try:
        return evaluate(settings, **gold)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:  # ValueError: not JSON at all
        names = " ".join(f"--{role} {path}" for role, path in given.items())
        raise ValueError(f"{names} is not a gold file for `eval {args.target}` "
                         f"({type(exc).__name__}: {exc}); copy the layout of the default one under tests/data/") from None


def main_all(settings: Settings, *, gold: Path, structured: Path, multi: Path, kg: Path, questions: Path,
             documents: Path) -> int:
    """`isecg-kg eval all`: every figure, on the corpus folder plus the multi-document corpus."""
    from .indexes import require_build
    from .kg import evaluate as kg_evaluate
    from .pipeline import ingest
    from .qa import Answerer
    from .qa.answerer import MIN_SENTENCE_SCORE
    from .qa import evaluate as qa_evaluate
    from .search import SearchEngine
    from .search import evaluate as search_evaluate

    settings = settings.replace(index_dir=Path(f"{settings.index_dir}-eval"))
    # (exactly these documents: an index folder reused with other --documents drops the earlier ones)
    report = ingest(settings, [documents], progress=False, only=True)
    if not report.ok:
        raise ValueError(f"could not ingest {', '.join(str(f) for f in report.failed)}")
    build = require_build(settings)
    engine = SearchEngine.from_build(build, settings)
    answerer = Answerer.from_build(build, settings, engine=engine)
    print(f"index: {settings.index_dir} ({len(build.documents)} documents, {len(build.passages)} passages)\n")
    for path in (gold, questions):
        asked = [q for q in search_evaluate.load_questions(path) if q.get("evidence")]
        print(f"search, {len(asked)} questions of {path} (a hit = an evidence string in a passage of its document):")
        print(search_evaluate.format_table(search_evaluate.evaluate(engine, asked)) + "\n")
    print(qa_evaluate.report_corpus(qa_evaluate.evaluate_corpus(answerer, qa_evaluate.read_jsonl(questions))) + "\n")
    figures = qa_evaluate.evaluate(answerer, qa_evaluate.read_jsonl(gold), qa_evaluate.read_jsonl(structured),
                                   qa_evaluate.OUT_OF_DOMAIN)
    print(qa_evaluate.report(figures, threshold=MIN_SENTENCE_SCORE) + "\n")
    return kg_evaluate.main(settings, kg, multi)


def _register_ingest(sub, parents) -> None:
    p = sub.add_parser(
        "ingest",
        parents=parents,
        help="Build or update the indexes from the corpus folder.",
        description="Read the PDFs, .txt and .md files of the corpus folder (and any PATHS) into cited passages, "
        "the knowledge graph and the search indexes. Unchanged files are skipped, changed ones replaced, "
        "deleted ones removed; only the build steps whose code, settings or inputs changed run again. The new "
        "build is published atomically: an interrupted run leaves the previous one in place (exit status 130). "
        "Exit status 1 when some files could not be ingested (each is named with the reason; the others are "
        "published) or none could, 2 for a usage error or an index folder that cannot be written.",
    )
    p.add_argument("paths", nargs="*", type=Path, metavar="PATHS",
                   help="Extra files or folders to ingest beside the corpus folder (remembered while they exist).")
    p.add_argument("--force", action="store_true", help="Rebuild everything even if nothing changed.")
    p.add_argument("--only", action="store_true",
                   help="The corpus is the corpus folder and the PATHS given now: forget the paths of earlier runs "
                   "(their documents are removed from the build).")
    p.add_argument("--quiet", action="store_true",
                   help="No progress (by default: bars in a terminal, a log line every tenth of the work otherwise).")
    p.set_defaults(handler=_ingest)


def _ingest(settings: Settings, args) -> int:
    from .pipeline import ingest

    corpus = Path(settings.corpus_dir)
    report = ingest(settings, args.paths, progress=not args.quiet, force=args.force, only=args.only)
    build = report.build
    if report.up_to_date:
        print(f"up to date: {len(report.unchanged)} file(s) unchanged, build {build.build_id} "
              f"({report.seconds:.2f} s)")
    elif not report.empty:
        counts = build.manifest.counts
        print(f"published build {build.build_id} in {settings.index_dir}/: {counts.documents} document(s), "
              f"{counts.passages} passage(s) ({report.seconds:.1f} s)")
        for label, keys in (("added", report.added), ("replaced", report.changed), ("removed", report.removed),
                            ("unchanged", report.unchanged)):
            if keys:
                print(f"  {label}: {', '.join(keys)}")
        copied = [name for name in build.manifest.stages if name not in report.stages_run]
        if copied:
            print(f"  stages run: {', '.join(report.stages_run) or 'none'}; unchanged, copied: {', '.join(copied)}")
    for key, reason in report.failed.items():
        kept = " (its previously published version is kept)" if key in report.kept else ""
        print(f"FAILED {corpus / key}: {reason}{kept}", file=sys.stderr)
    if report.empty:
        what = f"none of the {len(report.failed)} file(s) could be ingested" if report.failed else "no documents to ingest"
        kept = f"build {build.build_id} stays published" if build else "nothing was published"
        print(f"{what} in {corpus}/: add PDFs, .txt or .md files (or name files to ingest) and run "
              f"`isecg-kg ingest` again; {kept}", file=sys.stderr)
    elif report.failed:
        print(f"{len(report.failed)} file(s) could not be ingested; the others are published.", file=sys.stderr)
    return 0 if report.ok else 1


SECRETS = {"store_password"}  # shown as "(set)", never printed


def _show_settings(settings: Settings, args) -> int:
    for name, env, flag, default, doc in Settings.documented():
        value = "(set)" if name in SECRETS and getattr(settings, name) else getattr(settings, name)
        print(f"{name} = {value!s}\n    {flag} / {env} (default {default})\n    {doc}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        overrides = {name: getattr(args, name) for name, *_ in Settings.documented()}
        settings = Settings.load(overrides)
        return args.handler(settings, args)
    except (ValueError, OSError, RuntimeError) as exc:  # OSError: a missing file, a directory given as file, ...
        print(f"isecg-kg {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"isecg-kg {args.command}: interrupted; the published index is unchanged", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
