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
COMMAND_MODULES = ["isecg_kg.ingest.cli", "isecg_kg.web.cli", "isecg_kg.search.cli", "isecg_kg.qa.cli",
                   "isecg_kg.kg.cli"]

# `isecg-kg eval TARGET`: each target's ``main(settings, args) -> int`` prints its figures.
EVALUATIONS = {
    "kg": ("isecg_kg.kg.evaluate", "Precision and recall of the knowledge graph per kind of fact, against the gold facts."),
    "search": ("isecg_kg.search.evaluate", "hit@1, hit@5 and MRR@10 of lexical, dense and hybrid search on the dev questions."),
    "ask": ("isecg_kg.qa.evaluate", "Questions answered right: the dev questions and structured questions from the gold facts."),
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
                                description="\n".join(f"{k}: {doc}" for k, (_, doc) in EVALUATIONS.items()))
    evaluation.add_argument("target", choices=sorted(EVALUATIONS), help="What to measure.")
    evaluation.add_argument("--gold", type=Path, default=None,
                            help="Gold file (default: the copy under tests/data/ of the shared eval set).")
    evaluation.set_defaults(handler=_evaluate)
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(sub, [common])
    return parser


def _evaluate(settings: Settings, args) -> int:
    evaluate = importlib.import_module(EVALUATIONS[args.target][0]).main
    if args.gold is None:  # the shipped gold files: an error here is a bug, shown with its traceback
        return evaluate(settings, args)
    try:
        return evaluate(settings, args)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:  # ValueError: not JSON at all
        raise ValueError(f"--gold {args.gold} is not a gold file for `eval {args.target}` "
                         f"({type(exc).__name__}: {exc}); copy the layout of the default one under tests/data/") from None


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
