"""What `judge analyze` prints: the growth in words, a table per family, a log-log plot in
plain characters; or the same as JSON. Only figures are drawn: nothing a solution wrote is shown.
"""

from __future__ import annotations

import math

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from judge.engine.fitting import Fit, duration
from judge.engine.growth import Analysis, Curve, Hint
from judge.render.reports import safe


def number(n: int) -> str:
    """100 000: thin groups, as the statements write their constraints."""
    return f"{n:,}".replace(",", " ")


def _fit_words(fit: Fit | None, ended: str = "") -> str:
    if fit is None:
        if ended and ended not in ("too slow", "out of time"):
            return f"could not be timed: {ended}"
        return "cannot be fitted (too few sizes took long enough to time)"
    quality = f"fit {fit.quality}" + (f": {fit.doubts}" if fit.doubts else "")
    return f"grows like {fit.growth} (exponent {fit.exponent:.2f}, {quality})"


def summary(analysis: Analysis) -> list[str]:
    """The plain sentences: how each grows on the worst family, what that means at the largest
    hidden size, and the worst family's name."""
    worst = analysis.worst
    if worst is None:
        return ["no family was measured"]
    ref = analysis.reference_for(worst.family)
    lines = [f"your solution {_fit_words(worst.time_fit, worst.ended)}"
             + (f"; the reference {_fit_words(ref.time_fit, ref.ended)}" if ref else "")]
    n = analysis.largest
    mine = worst.expect_ms(n)
    theirs = ref.expect_ms(n) if ref else None
    if mine is not None:
        verb = "took" if worst.at(n) else "expect about"
        against = f" against {duration(theirs)} for the reference" if theirs else ""
        ratio = f" ({_times(mine / theirs)} the reference)" if theirs else ""
        lines.append(f"at the largest hidden size (n = {number(n)}) {verb} {duration(mine)}"
                     f"{against}{ratio}")
    if worst.ended == "too slow":
        last = max(p.n for p in worst.points)
        lines.append(f"larger sizes were skipped: n = {number(last)} already took "
                     f"{duration(worst.points[-1].ms)}"
                     + (" (stopped)" if worst.points[-1].stopped else ""))
    elif worst.ended:
        lines.append(f"measuring stopped on family {worst.family}: {worst.ended}")
    if len(analysis.curves) > 1:
        lines.append(f"worst family: {worst.family}")
    memory = _memory_words(worst, ref, n)
    if memory:
        lines.append(memory)
    return lines


def _times(ratio: float) -> str:
    return f"{ratio:.1f}x" if ratio < 10 else f"{number(round(ratio))}x"


def _memory_words(curve: Curve, ref: Curve | None, n: int) -> str:
    def one(c: Curve) -> str:
        fit, peak = c.memory_fit, max((p.memory_kb for p in c.points), default=0)
        at = max((p.n for p in c.points if not p.stopped), default=0)
        grows = f"grows like {fit.growth} ({fit.exponent:.2f})" if fit else "too little to fit"
        return f"{grows}, {peak / 1024:.1f} MB at n = {number(at)}"
    if not curve.points:
        return ""
    text = f"peak memory: yours {one(curve)}"
    if ref is not None and ref.points:
        text += f"; the reference's {one(ref)}"
    return text + " (the input itself takes memory in proportion to n)"


def _cell(curve: Curve | None, n: int) -> str:
    if curve is None:
        return ""
    fit = curve.time_fit
    at = curve.expect_ms(n)
    head = f"{fit.growth} ({fit.exponent:.2f}, {fit.quality})" if fit else "no fit"
    tail = f"{'' if curve.at(n) else '~'}{duration(at)}" if at is not None else "?"
    return f"{head}  {tail}" + (f"  [{curve.ended}]" if curve.ended not in ("", "too slow") else "")


def print_analysis(analysis: Analysis, console: Console) -> None:
    p = analysis.problem
    console.print(f"[bold]Growth[/]   {p.id}. {escape(p.title)}")
    console.print(f"[dim]{safe(analysis.solution)} · sizes {number(min(analysis.sizes))} to "
                  f"{number(analysis.largest)} (the largest hidden case) · "
                  f"{analysis.seconds:.0f} s · answers are not checked here: `judge run` "
                  "judges them[/]")
    for line in summary(analysis):
        console.print(safe(line), soft_wrap=True)   # an error's type is the solution's to name
    table = Table(show_header=True, header_style="bold", expand=False)
    table.add_column("family")
    table.add_column(f"yours: growth, time at n = {number(analysis.largest)}")
    if analysis.reference:
        table.add_column("reference")
    for curve in analysis.curves:
        row = [curve.family, _cell(curve, analysis.largest)]
        if analysis.reference:
            row.append(_cell(analysis.reference_for(curve.family), analysis.largest))
        table.add_row(*map(safe, row))
    console.print(table)
    worst = analysis.worst
    if worst is not None:
        console.print(f"CPU time against n on family {escape(worst.family)} (log-log; o yours, "
                      "+ the reference, ^ stopped there, . your fit extended):")
        for line in plot(worst, analysis.reference_for(worst.family), analysis.largest):
            console.print(escape(line), no_wrap=True, highlight=False)


def plot(curve: Curve, ref: Curve | None, largest: int, width: int = 56,
         height: int = 12) -> list[str]:
    """A log-log plot of CPU time against n, in plain characters."""
    marks = [(p.n, p.ms, "^" if p.stopped else "o") for p in curve.points]
    if ref is not None:
        marks += [(p.n, p.ms, "+") for p in ref.points]
    fit = curve.time_fit
    sizes = [n for n, _, _ in marks] + [largest]
    lo_n, hi_n = max(1, min(sizes)), max(sizes)
    if fit is not None:
        last = max(p.n for p in curve.points)
        for i in range(width):
            n = lo_n * (hi_n / lo_n) ** (i / max(1, width - 1))
            if n > last:
                marks.append((n, fit.predict(n) + curve.warm_ms, "."))
    shown = [(n, ms, m) for n, ms, m in marks if ms > 0]
    if not shown:
        return ["(nothing to draw)"]
    lo_t, hi_t = min(ms for _, ms, _ in shown), max(ms for _, ms, _ in shown)
    lo_t, hi_t = max(lo_t, 1e-3), max(hi_t, lo_t * 10)
    grid = [[" "] * width for _ in range(height)]

    def col(n: float) -> int:
        return round((math.log(n) - math.log(lo_n)) / max(1e-9, math.log(hi_n / lo_n)) * (width - 1))

    def row(ms: float) -> int:
        frac = (math.log(max(ms, lo_t)) - math.log(lo_t)) / math.log(hi_t / lo_t)
        return height - 1 - round(frac * (height - 1))

    for rank in (".", "+", "o", "^"):        # later marks draw over earlier ones
        for n, ms, m in shown:
            if m == rank:
                r, c = row(ms), col(n)
                grid[r][c] = "*" if {grid[r][c], m} == {"o", "+"} else m
    labels = {0: duration(hi_t), height - 1: duration(lo_t)}
    pad = max(len(v) for v in labels.values())
    lines = [f"{labels.get(i, ''):>{pad}} |{''.join(cells)}" for i, cells in enumerate(grid)]
    left, right = f"n = {number(lo_n)}", number(hi_n)
    lines.append(" " * pad + " +" + "-" * width)
    lines.append(" " * (pad + 2) + left + " " * max(1, width - len(left) - len(right)) + right)
    return lines


def fit_json(fit: Fit | None) -> dict | None:
    if fit is None:
        return None
    return {"exponent": round(fit.exponent, 3), "r2": round(fit.r2, 4), "model": fit.model,
            "alternative": fit.alternative or None, "growth": fit.growth,
            "quality": fit.quality, "doubts": fit.doubts, "points": fit.points,
            "span": round(fit.span, 1), "coefficient_ms": fit.coefficient,
            "exponent_error": round(fit.error, 3),
            "exponent_sizes": [round(fit.low), round(fit.high)],
            "bend": round(fit.bend, 3), "residuals": dict(fit.residuals)}


def curve_json(curve: Curve | None, largest: int) -> dict | None:
    if curve is None:
        return None
    expected = curve.expect_ms(largest)
    return {"ended": curve.ended or None, "warm_ms": round(curve.warm_ms, 4),
            "points": [{"n": p.n, "time_ms": round(p.ms, 4), "runs": p.runs,
                        "memory_kb": p.memory_kb, "stopped": p.stopped} for p in curve.points],
            "time": fit_json(curve.time_fit), "memory": fit_json(curve.memory_fit),
            "expect_ms_at_largest": None if expected is None else round(expected, 3),
            "measured_at_largest": curve.at(largest) is not None}


def analysis_json(analysis: Analysis) -> dict:
    worst = analysis.worst
    return {
        "problem": str(analysis.problem.id), "slug": analysis.problem.slug,
        "solution": analysis.solution, "largest_n": analysis.largest,
        "sizes": list(analysis.sizes), "seconds": analysis.seconds,
        "worst_family": worst.family if worst else None,
        "summary": summary(analysis),
        "families": [{"name": c.family, "solution": curve_json(c, analysis.largest),
                      "reference": curve_json(analysis.reference_for(c.family),
                                              analysis.largest)}
                     for c in analysis.curves],
    }


def hint_line(hint: Hint, problem: str = "") -> str:
    """The one line a Time Limit Exceeded gets."""
    command = f"judge analyze {problem}".strip()
    quality = "" if hint.quality == "good" else f", fit {hint.quality}"
    return (f"growth: your solution's time grows like {hint.model} (exponent {hint.exponent:.2f} "
            f"on inputs like {hint.family}{quality}); at n = {number(hint.n)}, the size that "
            f"failed, expect about {duration(hint.expect_ms)} on such inputs (`{command}` says "
            "more)")


def hint_json(hint: Hint | None) -> dict | None:
    if hint is None:
        return None
    return {"family": hint.family, "exponent": hint.exponent, "growth": hint.model,
            "quality": hint.quality, "n": hint.n, "expect_ms": round(hint.expect_ms, 1),
            "seconds": hint.seconds}
