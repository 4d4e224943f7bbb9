"""What the practice commands print: statements, history and stats tables, the watch screen,
`judge new`.

Rich text for people and plain dicts for `--format json`; no judging and no storage here.
Reports themselves are drawn by judge.render.reports, which this module reuses.
"""

from __future__ import annotations

from datetime import datetime

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.syntax import Syntax
from rich.table import Table

from judge.render import reports as render
from judge.practice import statements
from judge.practice.history import Attempt, ProblemStats
from judge.engine.problems import Problem
from judge.engine.verdicts import Report, Verdict
from judge.practice.watch import Round
from judge.practice.workspace import NewFile


def _local(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _verdict(v: Verdict, short: bool = False) -> str:
    return f"[{render.STYLE[v]}]{v.code if short else v.title}[/]"


def statement_json(problem: Problem, text: statements.Text, lang: statements.Lang | None = None) -> dict:
    """The text and what a program needs to know about it, for `--format json`."""
    chosen = lang or statements.default_lang()
    return {"problem": str(problem.id), "slug": problem.slug, "lang": chosen.value,
            "title": problem.title_zh if chosen is statements.Lang.zh else problem.title,
            "difficulty": problem.difficulty, "tags": list(problem.tags),
            text.value: statements.markdown(problem, text, chosen)}


def print_statement(problem: Problem, text: statements.Text, lang: statements.Lang | None, console: Console) -> None:
    """Headings, code blocks and lists drawn by rich (the files carry title, difficulty, tags)."""
    from rich.markdown import Markdown   # markdown-it loads only for these commands

    console.print(Markdown(statements.markdown(problem, text, lang), code_theme="ansi_dark"))
    if text is statements.Text.statement:
        console.print(f"[dim]judge new {problem.id} · judge test {problem.id} · "
                      f"judge run {problem.id} · judge explain {problem.id}[/]", highlight=False)


def attempt_json(a: Attempt, code: str | None = None) -> dict:
    """One attempt for `judge history --format json`, with its code for `--show N`."""
    doc = {"attempt": a.id, "at": a.at.isoformat(), "problem": a.problem, "slug": a.slug,
           "kind": a.kind, "verdict": a.verdict.code, "passed": a.passed, "total": a.total,
           "time_ms": a.time_ms, "peak_memory_kb": a.memory_kb, "solution": a.solution,
           "sha256": a.sha256}
    return doc if code is None else {**doc, "code": code}


def stats_json(s: ProblemStats) -> dict:
    return {"problem": s.problem, "slug": s.slug, "attempts": s.attempts, "runs": s.runs,
            "solved": s.solved, "first_solved": s.first_solved and s.first_solved.isoformat(),
            "best_ms": s.best_ms, "last_verdict": s.last_verdict.code,
            "last_at": s.last_at.isoformat()}


def progress_json(stats: list[ProblemStats], problems: list[Problem]) -> dict:
    """`judge stats --format json`: how many problems there are, how many are solved, and each."""
    return {"problems": len(problems), "solved": sum(s.solved for s in stats),
            "per_problem": [stats_json(s) for s in stats]}


def print_history(attempts: list[Attempt], console: Console) -> None:
    if not attempts:
        console.print("No attempts recorded yet: `judge test` and `judge run` record each one.")
        return
    table = Table(show_header=True, header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False,
                  collapse_padding=True)
    for column in ("#", "when", "problem", "kind", "verdict", "passed", "ms", "MB", "code"):
        table.add_column(column, justify="right" if column in ("#", "ms", "MB") else "left",
                         no_wrap=True)
    for a in attempts:
        table.add_row(str(a.id), _local(a.at), a.problem, a.kind, _verdict(a.verdict, short=True),
                      f"{a.passed}/{a.total}", f"{a.time_ms:.0f}", f"{a.memory_kb / 1024:.1f}",
                      a.sha256[:7])
    console.print(table)
    console.print(f"[dim]`judge history --show {attempts[0].id}` prints the code of attempt "
                  f"{attempts[0].id}[/]", highlight=False)


def print_code(attempt: Attempt, code: str, console: Console, err: Console) -> None:
    """Only the code on stdout (so it can be redirected to a file); the heading on stderr."""
    err.print(f"[dim]attempt {attempt.id} · problem {attempt.problem} · {attempt.kind} · "
              f"{attempt.verdict.title} {attempt.passed}/{attempt.total} · {_local(attempt.at)} · "
              f"{render.safe(attempt.solution)}[/]", highlight=False, soft_wrap=True)
    if console.is_terminal:     # a file gets the code exactly; a terminal, nothing it acts on
        console.print(Syntax(render.visible(code), "python", line_numbers=True, theme="ansi_dark"))
    else:
        console.file.write(code)


def print_stats(stats: list[ProblemStats], problems: list[Problem], console: Console) -> None:
    titles = {str(p.id): p.title for p in problems}
    table = Table(show_header=True, header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False,
                  collapse_padding=True)
    for column in ("problem", "title", "attempts", "solved", "first solved", "best ms", "last"):
        table.add_column(column, justify="right" if column in ("attempts", "best ms") else "left",
                         no_wrap=column != "title")
    for s in stats:
        table.add_row(s.problem, escape(titles.get(s.problem, s.slug)), str(s.attempts),
                      "[green]yes[/]" if s.solved else "no",
                      f"{s.first_solved.astimezone():%Y-%m-%d}" if s.first_solved else "",
                      f"{s.best_ms:.0f}" if s.best_ms is not None else "",
                      _verdict(s.last_verdict, short=True))
    solved = sum(s.solved for s in stats)
    if stats:
        console.print(table)
    console.print(f"solved {solved} of {len(problems)} problems · "
                  f"{sum(s.attempts for s in stats)} attempts recorded")


def print_new(made: NewFile, problem: Problem, console: Console) -> None:
    if made.unchanged:
        console.print(f"{render.safe(made.path)} is already there, still the untouched starter")
    else:
        console.print(f"wrote {render.safe(made.path)}")
    if made.backup:
        console.print(f"the file that was there is kept as {render.safe(made.backup)}")
    console.print(f"[dim]next: edit it, then `judge test {problem.id}` or "
                  f"`judge watch {problem.id}`[/]", highlight=False)


def _stage(label: str, report: Report | None, note: str = "") -> str:
    if report is None:
        return f"[bold]{label:<9}[/] [dim]{note}[/]"
    return f"[bold]{label:<9}[/] {_verdict(report.verdict)}  {report.passed}/{report.total}" \
           f"  [dim]{report.time_ms:.0f} ms[/]"


def print_round(r: Round, problem: Problem, solution: str, console: Console, *,
                interview: bool = False) -> None:
    """The watch screen: cleared and drawn again, compact enough to stay beside an editor.
    `interview`: the hidden cases' verdict, count and time only."""
    if console.is_terminal:
        console.clear()
    else:
        console.rule(f"round {r.number}")
    console.print(f"[bold]{problem.id}. {escape(problem.title)}[/]  [dim]round {r.number} · "
                  f"{r.at:%H:%M:%S}[/]", highlight=False)
    console.print(f"[dim]{render.safe(solution)}[/]", highlight=False, soft_wrap=True)
    if r.error:
        console.print(f"[red]{render.safe(r.error)}[/]", soft_wrap=True)
    elif r.examples is not None and r.examples.verdict is Verdict.CE:
        console.print(_stage("examples", r.examples))
        console.print(render.safe(r.examples.compile_error), soft_wrap=True)   # path:LINE whole
    elif r.examples is not None:
        console.print(_stage("examples", r.examples))
        failed = r.examples.first_failure
        if failed:
            render.print_failure(failed, console)
        note = "judging ..." if r.running else "not run until the examples pass"
        console.print(_stage("hidden", r.hidden, note))
        if interview and r.hidden is not None and r.hidden.verdict is not Verdict.AC:
            console.print(render.safe(render.interview_message(r.hidden)))
        elif r.hidden is not None and r.hidden.first_failure:
            render.print_failure(r.hidden.first_failure, console)
        elif r.hidden is not None and r.hidden.internal_error:
            console.print(f"[red]{render.safe(r.hidden.internal_error)}[/]")
    for notice in r.notices:
        console.print(f"[yellow]{render.safe(notice)}[/]")
    console.print("[dim]save the file to judge it again · Ctrl-C to stop[/]")
