"""Everything a report looks like to a person (rich text) or a program (JSON). No judging here.

Text goes through rich, which drops colours when output is piped or NO_COLOR is set. Values are
shortened for display around the place where an answer first differs.
"""

from __future__ import annotations

import json

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .problems import Problem
from .verdicts import CaseResult, Report, Verdict

SHORT = 300          # characters of a value shown in text output
SHORT_JSON = 2000    # characters of a value in JSON output
STYLE = {Verdict.AC: "bold green", Verdict.WA: "bold red", Verdict.TLE: "bold yellow",
         Verdict.MLE: "bold yellow", Verdict.RE: "bold magenta", Verdict.CE: "bold magenta",
         Verdict.IE: "bold white on red"}


def shorten(text: str, limit: int, focus: int = 0) -> str:
    """Cut `text` to about `limit` characters, keeping the part around `focus` in view."""
    if len(text) <= limit:
        return text
    start = max(0, min(focus - limit // 3, len(text) - limit))
    head = "..." if start else ""
    tail = "..." if start + limit < len(text) else ""
    return f"{head}{text[start:start + limit]}{tail} ({len(text)} characters)"


def _focus(expected: str, got: str) -> int:
    return next((i for i, (a, b) in enumerate(zip(expected, got)) if a != b),
                min(len(expected), len(got)))


def _args_text(args: dict | None) -> str:
    return ", ".join(f"{k} = {json.dumps(v)}" for k, v in (args or {}).items())


def failure_fields(result: CaseResult, limit: int) -> dict[str, str]:
    """The failing case as display strings, shortened around the first difference."""
    fields = {"case": result.name}
    if result.input is not None:
        fields["input"] = shorten(_args_text(result.input), limit)
    if result.verdict is Verdict.WA:
        expected, got = json.dumps(result.expected), json.dumps(result.got)
        focus = _focus(expected, got)
        fields["expected"] = shorten(expected, limit, focus)
        fields["got"] = shorten(got, limit, focus)
    if result.stdout:
        fields["stdout"] = shorten(result.stdout, limit)
    if result.traceback:
        fields["traceback"] = result.traceback
    return fields


def report_json(report: Report) -> dict:
    failed = report.first_failure
    return {
        "problem": report.problem,
        "slug": report.slug,
        "solution": report.solution,
        "verdict": report.verdict.code,
        "verdict_name": report.verdict.title,
        "passed": report.passed,
        "total": report.total,
        "time_ms": round(report.time_ms, 3),
        "peak_memory_kb": report.peak_memory_kb,
        "message": report.message,
        "limits": {"case_time_ms": report.limits.case_time_ms,
                   "run_time_ms": report.limits.run_time_ms,
                   "memory_mb": report.limits.memory_mb},
        "sandbox": report.sandbox,
        "tests": [{"name": r.name, "verdict": r.verdict.code, "time_ms": round(r.time_ms, 3),
                   "memory_kb": r.memory_kb} for r in report.results],
        "failure": failure_fields(failed, SHORT_JSON) if failed else None,
    }


def print_json(report: Report, console: Console) -> None:
    console.print_json(json.dumps(report_json(report)), highlight=False) if console.is_terminal \
        else print(json.dumps(report_json(report), indent=2), file=console.file)


def _headline(report: Report, problem: Problem) -> str:
    v = report.verdict
    return f"[{STYLE[v]}]{v.title}[/]   {problem.id}. {escape(problem.title)}"


def print_report(report: Report, problem: Problem, console: Console) -> None:
    console.print(_headline(report, problem))
    mb = report.peak_memory_kb / 1024
    if report.verdict is Verdict.CE:
        console.print(f"[dim]{escape(report.solution)}[/]")
        console.print(escape(report.compile_error))
        return
    console.print(f"{report.passed}/{report.total} cases passed · {report.time_ms:.0f} ms · "
                  f"peak memory {mb:.1f} MB")
    lim = report.limits
    console.print(f"[dim]{escape(report.solution)} · limits {lim.case_time_ms} ms per case, "
                  f"{lim.run_time_ms} ms in all, {lim.memory_mb} MB[/]")
    if report.verdict is Verdict.IE:
        console.print(f"[red]{escape(report.internal_error)}[/]")
    failed = report.first_failure
    if failed:
        console.print(escape(failed.message))
        for key, value in failure_fields(failed, SHORT).items():
            indent = "\n  " if "\n" in value else " " * (10 - len(key))
            console.print(f"  [bold]{key}[/]{indent}{escape(value).replace(chr(10), chr(10) + '  ')}")


def print_examples(report: Report, problem: Problem, console: Console) -> None:
    """`judge test`: every case with its input, the solution's output and the expected one."""
    console.print(_headline(report, problem))
    if report.verdict is Verdict.CE:
        console.print(escape(report.compile_error))
        return
    table = Table(show_header=True, header_style="bold", expand=False)
    for column in ("case", "", "input", "output", "expected", "ms"):
        table.add_column(column, overflow="fold")
    for r in report.results:
        mark = f"[{STYLE[r.verdict]}]{'ok' if r.passed else r.verdict.code}[/]"
        got = json.dumps(r.got) if r.verdict in (Verdict.AC, Verdict.WA) else r.verdict.title
        table.add_row(r.name, mark, escape(shorten(_args_text(r.input), 80)),
                      escape(shorten(got, 80)), escape(shorten(json.dumps(r.expected), 80)),
                      f"{r.time_ms:.1f}")
    console.print(table)
    console.print(f"{report.passed}/{report.total} passed")
    for r in report.results:
        extra = {k: v for k, v in failure_fields(r, SHORT).items() if k in ("stdout", "traceback")}
        if not r.passed and r.message:
            console.print(f"[bold]{r.name}[/]: {escape(r.message)}")
        for key, value in extra.items():
            console.print(f"[bold]{r.name}[/] {key}:\n  {escape(value).replace(chr(10), chr(10) + '  ')}")


def print_problem_list(problems: list[Problem], console: Console) -> None:
    table = Table(show_header=True, header_style="bold")
    for column in ("id", "slug", "title", "difficulty", "tags"):
        table.add_column(column)
    for p in problems:
        table.add_row(str(p.id), p.slug, escape(p.title), p.difficulty, ", ".join(p.tags))
    console.print(table)
