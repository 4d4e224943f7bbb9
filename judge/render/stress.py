"""What `judge stress` prints: the smallest failing input in one sentence, or how many inputs the
solution got right. Rich text for people, a plain dict for `--format json`."""

from __future__ import annotations

import json

from rich.console import Console
from rich.markup import escape

from judge.engine.stress import Counterexample, StressResult
from judge.engine.verdicts import Verdict
from judge.render.reports import SHORT, SHORT_JSON, STYLE, safe, shorten

_STOPPED = {"examples": "every one of --max-examples tried", "time": "--time ran out"}


def _args(args: dict, limit: int) -> str:
    return shorten(", ".join(f"{k} = {json.dumps(v)}" for k, v in args.items()), limit)


def _calls(found: Counterexample, limit: int) -> str:
    """"MedianFinder(), addNum(1), findMedian()": the calls up to the one that failed (a
    search's last, once shrunk), the end kept in view."""
    pairs = list(zip(found.args["operations"], found.args["arguments"]))[:found.at + 1]
    text = ", ".join(f"{name}({', '.join(json.dumps(a) for a in given)})"
                     for name, given in pairs)
    return shorten(text, limit, focus=len(text))


def _design_sentence(found: Counterexample, limit: int) -> str:
    """"MedianFinder(), addNum(1), addNum(2), findMedian() -> you return 1.0, expected 1.5"."""
    where, at = _calls(found, limit), found.at
    expected = found.expected[at] if isinstance(found.expected, list) and \
        at < len(found.expected) else found.expected
    if found.verdict is Verdict.WA and isinstance(found.got, list) and at < len(found.got):
        return f"{where} -> you return {shorten(json.dumps(found.got[at]), limit)}, expected " \
               f"{shorten(json.dumps(expected), limit)}"
    if found.verdict is Verdict.WA:
        return f"{where} -> {found.message}"
    if found.verdict is Verdict.RE:
        return f"{where} -> your solution raises {found.message}"
    return f"{where} -> your solution stops: {found.verdict.title} ({found.message})"


def sentence(found: Counterexample, limit: int = SHORT) -> str:
    """"with height = [1, 2, 1] you return 1, expected 2", as plain (unescaped) text; for a
    design problem the calls, "MedianFinder(), addNum(1), findMedian() -> you return ..."."""
    if found.design:
        return _design_sentence(found, limit)
    where = f"with {_args(found.args, limit)}"
    if found.verdict is Verdict.WA and found.got is not None:
        return f"{where} you return {shorten(json.dumps(found.got), limit)}, expected " \
               f"{shorten(json.dumps(found.expected), limit)}"
    if found.verdict is Verdict.WA:
        return f"{where} your answer is not one: {found.message}; expected " \
               f"{shorten(json.dumps(found.expected), limit)}"
    if found.verdict is Verdict.RE:
        return f"{where} your solution raises {found.message}"
    return f"{where} your solution stops: {found.verdict.title} ({found.message})"


def stress_json(result: StressResult) -> dict:
    found = result.found
    doc = {
        "problem": result.problem, "slug": result.slug, "solution": result.solution,
        "seed": result.seed, "tried": result.tried, "seconds": result.seconds,
        "stopped": result.stopped,
        "counterexample": None if found is None else {
            "input": found.args, "size": found.size, "verdict": found.verdict.code,
            "verdict_name": found.verdict.title, "expected": found.expected, "got": found.got,
            "message": found.message, "text": sentence(found, SHORT_JSON)},
    }
    if found is not None and found.design:
        doc["counterexample"]["call"] = found.at + 1    # counted from 1, the constructor's 1
    return doc


def print_stress(result: StressResult, title: str, console: Console) -> None:
    found = result.found
    if found is None:
        console.print(f"[bold green]No counterexample[/]   {result.problem}. {escape(title)}")
        console.print(f"the solution agreed with the reference on all {result.tried} inputs "
                      f"tried in {result.seconds:.1f} s ({_STOPPED[result.stopped]})")
    else:
        console.print(f"[{STYLE[found.verdict]}]Counterexample[/]   {result.problem}. "
                      f"{escape(title)}")
        console.print(safe(sentence(found)), soft_wrap=True)
        if found.verdict is Verdict.WA and found.message and found.got is not None:
            console.print(f"[dim]{found.verdict.title}: {safe(found.message)}[/]")
        console.print(f"[dim]found after {result.tried} inputs and shrunk {result.shrinks} "
                      f"times to {found.size} {found.unit}, in {result.seconds:.1f} s[/]")
    console.print(f"[dim]{safe(result.solution)} · seed {result.seed} (`--seed {result.seed}` "
                  "repeats this search)[/]", soft_wrap=True)


def print_beside(result: StressResult | None, console: Console) -> None:
    """Under a Wrong Answer on a hidden case too large to read: the small input, if found."""
    if result is None:
        return
    if result.found is None:
        console.print(f"[dim]no smaller failing input found in {result.seconds:.0f} s "
                      f"({result.tried} tried); `judge stress {result.problem}` searches longer[/]")
        return
    console.print(f"[bold]a smaller case[/] {safe(sentence(result.found))}", soft_wrap=True)
    console.print(f"[dim]found by `judge stress {result.problem} --seed {result.seed}`[/]")
