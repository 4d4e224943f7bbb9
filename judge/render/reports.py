"""Everything a report looks like to a person (rich text) or a program (JSON). No judging here.

Text goes through rich, which drops colours when output is piped or NO_COLOR is set. Values are
shortened for display around the place where an answer first differs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from judge.engine.protocol import RETURN
from judge.engine.verdicts import CaseResult, Report, Speed, Verdict

if TYPE_CHECKING:
    from judge.engine.problems import Problem

# Characters a terminal acts on instead of showing (C0 and C1 controls but tab and newline, DEL),
# that reorder or hide text (bidi overrides and isolates, zero-width marks, line separators), or
# that cannot be written as UTF-8 (lone surrogates).
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e"
                     "\u2060-\u2069\ufeff\ud800-\udfff]")
_NAMED = {"\r": "\\r", "\x1b": "\\x1b", "\b": "\\b", "\a": "\\a", "\f": "\\f", "\v": "\\v",
          "\x00": "\\0"}


def _escape_one(match: re.Match) -> str:
    ch = match[0]
    return _NAMED.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def visible(text: str, *, one_line: bool = False) -> str:
    r"""`text` with every character that could redraw, reorder or hide what the terminal shows
    written out as an escape (`\x1b`, `\r`, `\u202e`), so that a solution's output cannot forge
    the judge's screen. Newlines and tabs stay, unless `one_line` (an error message, which must
    stay one line whatever path or input it quotes). Every text renderer passes hostile text here."""
    shown = _HIDDEN.sub(_escape_one, str(text))
    return shown.replace("\n", "\\n").replace("\t", "\\t") if one_line else shown


def safe(text: str) -> str:
    """Hostile text for a rich markup string: controls made visible, brackets taken literally."""
    return escape(visible(text))


SHORT = 300          # characters of a value shown in text output
SHORT_JSON = 2000    # characters of a value in JSON output
STYLE = {Verdict.AC: "bold green", Verdict.WA: "bold red", Verdict.TLE: "bold yellow",
         Verdict.MLE: "bold yellow", Verdict.RE: "bold magenta", Verdict.CE: "bold magenta",
         Verdict.RF: "bold red", Verdict.IE: "bold white on red"}


def shorten(text: str, limit: int, focus: int = 0) -> str:
    """Cut `text` to about `limit` characters, keeping the part around `focus` in view."""
    if len(text) <= limit:
        return text
    start = max(0, min(focus - limit // 3, len(text) - limit))
    head = "..." if start else ""
    tail = "..." if start + limit < len(text) else ""
    return f"{head}{text[start:start + limit]}{tail} ({len(text)} characters)"


_NUMBER = frozenset("0123456789+-.eE")


def _focus(expected: str, got: str) -> int:
    """Where two JSON texts first differ; in a number, where that number starts ([12] vs [13])."""
    i = next((i for i, (a, b) in enumerate(zip(expected, got)) if a != b),
             min(len(expected), len(got)))
    in_string = escaped = False
    for ch in expected[:i]:
        in_string, escaped = (in_string != (ch == '"' and not escaped)), (ch == "\\" and not escaped)
    inside_number = any(i < len(t) and t[i] in _NUMBER for t in (expected, got))
    while inside_number and not in_string and i > 0 and expected[i - 1] in _NUMBER:
        i -= 1
    return i


@dataclass(frozen=True)
class Difference:
    """Expected and got cut to one shared window around the first difference, so they line up.

    `caret` is the column of the first difference in the shown texts; each span is the differing
    stretch (between the common head and the common tail) in shown columns.
    """

    expected: str
    got: str
    caret: int
    expected_span: tuple[int, int]
    got_span: tuple[int, int]


def difference(expected: str, got: str, limit: int) -> Difference:
    focus = _focus(expected, got)
    tail, room = 0, min(len(expected), len(got)) - focus
    while tail < room and expected[-1 - tail] == got[-1 - tail]:
        tail += 1
    longest = max(len(expected), len(got))
    start = max(0, min(focus - limit // 3, longest - limit)) if longest > limit else 0
    head = "..." if start else ""

    def cut(text: str) -> tuple[str, tuple[int, int]]:
        more = "..." if start + limit < len(text) else ""
        size = f" ({len(text)} characters)" if len(text) > limit else ""
        shown = text[start:start + limit]
        span = tuple(len(head) + max(0, min(len(shown), x - start))
                     for x in (focus, len(text) - tail))
        return f"{head}{shown}{more}{size}", span

    (e, e_span), (g, g_span) = cut(expected), cut(got)
    return Difference(e, g, len(head) + focus - start, e_span, g_span)


def _args_text(args: dict | None) -> str:
    return ", ".join(f"{k} = {json.dumps(v)}" for k, v in (args or {}).items())


def answer_text(value, expected, problem: Problem | None = None) -> str:
    """An answer as text: JSON, or for an in-place problem (its expected answer says so) the
    return value and each changed argument, `3, nums = [1, 2, 9, _, _, _]`, with `_` where the
    checker reads nothing (past the expected k, when the problem's compare is in_place_prefix)."""
    if not (isinstance(expected, dict) and RETURN in expected and isinstance(value, dict)
            and value.keys() == expected.keys()):
        return json.dumps(value)
    k = expected[RETURN] if problem is not None and problem.compare == "in_place_prefix" and \
        type(expected[RETURN]) is int else None
    parts = [json.dumps(value[RETURN])]
    for name in (n for n in value if n != RETURN):
        items = value[name]
        if not isinstance(items, list):
            parts.append(f"{name} = {json.dumps(items)}")
            continue
        shown = [json.dumps(v) if k is None or i < k else "_" for i, v in enumerate(items)]
        parts.append(f"{name} = [{', '.join(shown)}]")
    return ", ".join(parts)


def failure_fields(result: CaseResult, limit: int, problem: Problem | None = None
                   ) -> dict[str, str]:
    """The failing case as display strings, shortened around the first difference."""
    fields = {"case": result.name}
    if result.input is not None:
        fields["input"] = shorten(_args_text(result.input), limit)
    if result.verdict is Verdict.WA:
        diff = difference(answer_text(result.expected, result.expected, problem),
                          answer_text(result.got, result.expected, problem), limit)
        fields["expected"], fields["got"] = diff.expected, diff.got
    if result.stdout:
        fields["stdout"] = shorten(result.stdout, limit)
    if result.stderr:
        fields["stderr"] = shorten(result.stderr, limit)
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
        "speed": speed_json(report.speed),
    }


def speed_json(speed: Speed | None) -> dict | None:
    if speed is None:
        return None
    return {"ratio": round(speed.ratio, 2), "compared": speed.cases,
            "time_ms": round(speed.time_ms, 3),
            "reference_ms": round(speed.reference_ms, 3), "stopped": speed.stopped or None}


def speed_text(speed: Speed) -> str:
    """"2.1x the reference's time on its 9 slowest cases", measured on this machine."""
    ratio = f"{speed.ratio:.1f}x" if speed.ratio < 10 else f"{speed.ratio:.0f}x"
    where = "its slowest case" if speed.cases == 1 else f"its {speed.cases} slowest cases"
    if speed.stopped:
        return (f"speed: more than {ratio} the reference's time on {where} that it reached "
                f"(stopped on {speed.stopped}), on this machine")
    return f"speed: {ratio} the reference's time on {where}, both measured on this machine"


_INTERVIEW = {Verdict.WA: "a hidden case got a wrong answer",
              Verdict.TLE: "a hidden case ran out of time",
              Verdict.MLE: "a hidden case ran out of memory",
              Verdict.RE: "the solution raised an error or crashed on a hidden case"}


def interview_message(report: Report) -> str:
    """The verdict's reason with nothing of the hidden case in it (interview mode)."""
    if report.verdict in (Verdict.AC, Verdict.CE, Verdict.IE, Verdict.RF):
        return report.message if report.verdict is not Verdict.AC else ""
    return _INTERVIEW.get(report.verdict, report.verdict.title)


def interview_json(report: Report) -> dict:
    """`--interview --format json`: verdict, count and time; no case's name, input or output.
    A compile error is the user's own code, so it stays."""
    doc = report_json(report)
    doc.update(message=interview_message(report), tests=[], failure=None, interview=True)
    if doc.get("speed"):
        doc["speed"]["stopped"] = None      # the name of the case it stopped on is hidden too
    return doc


def print_interview(report: Report, problem: Problem, console: Console) -> None:
    """`--interview`: the verdict, how many hidden cases passed and the time, as an interviewer
    would tell it; nothing of the cases themselves."""
    if report.verdict is Verdict.CE:
        print_report(report, problem, console)
        return
    console.print(_headline(report, problem))
    console.print(f"{report.passed}/{report.total} cases passed · {report.time_ms:.0f} ms · "
                  "interview mode: the hidden cases stay hidden")
    if report.verdict is not Verdict.AC:
        console.print(safe(interview_message(report)))


def print_document(doc, console: Console, *, ascii: bool = True) -> None:
    """Any command's `--format json`: indented, coloured on a terminal. ASCII unless the text is
    the problem packages' own: what a solution wrote stays exact but can neither break the
    writer (a lone surrogate) nor reach a terminal raw."""
    if console.is_terminal:
        console.print_json(json.dumps(doc, ensure_ascii=ascii), highlight=False,
                           ensure_ascii=ascii)
    else:
        print(json.dumps(doc, indent=2, ensure_ascii=ascii), file=console.file)


def print_json(report: Report, console: Console) -> None:
    print_document(report_json(report), console)


def _headline(report: Report, problem: Problem) -> str:
    v = report.verdict
    return f"[{STYLE[v]}]{v.title}[/]   {problem.id}. {escape(problem.title)}"


def print_report(report: Report, problem: Problem, console: Console) -> None:
    console.print(_headline(report, problem))
    mb = report.peak_memory_kb / 1024
    if report.verdict is Verdict.CE:
        console.print(f"[dim]{safe(report.solution)}[/]")
        console.print(safe(report.compile_error), soft_wrap=True)   # keep path:LINE whole
        return
    console.print(f"{report.passed}/{report.total} cases passed · {report.time_ms:.0f} ms · "
                  f"peak memory {mb:.1f} MB")
    lim = report.limits
    console.print(f"[dim]{safe(report.solution)} · limits {lim.case_time_ms} ms per case, "
                  f"{lim.run_time_ms} ms in all, {lim.memory_mb} MB · sandbox {report.sandbox}[/]")
    if report.speed is not None:
        console.print(speed_text(report.speed), markup=False, highlight=False)
    if report.verdict is Verdict.IE:
        console.print(f"[red]{safe(report.internal_error)}[/]")
    failed = report.first_failure
    if failed:
        print_failure(failed, console, problem)


def print_failure(failed: CaseResult, console: Console, problem: Problem | None = None) -> None:
    """The failing case; a wrong answer shows both values in one window, the difference marked."""
    console.print(safe(failed.message))
    diff = None
    if failed.verdict is Verdict.WA:   # narrow enough never to wrap, so the caret lines up
        expected = answer_text(failed.expected, failed.expected, problem)
        got, room = answer_text(failed.got, failed.expected, problem), console.width - 12
        fits = max(len(expected), len(got)) <= room      # else leave room for "... (N characters)"
        diff = difference(expected, got, room if fits else max(20, room - 28))
    for key, value in failure_fields(failed, SHORT, problem).items():
        if diff is not None and key in ("expected", "got"):
            shown = Text(diff.expected if key == "expected" else diff.got)
            shown.stylize("bold green" if key == "expected" else "bold red",
                          *(diff.expected_span if key == "expected" else diff.got_span))
            console.print(Text.assemble("  ", (key, "bold"), " " * (10 - len(key)), shown),
                          no_wrap=True)
            if key == "got":
                console.print(" " * (12 + diff.caret) + "[bold red]^[/]")
            continue
        indent = "\n  " if "\n" in value else " " * (10 - len(key))
        console.print(f"  [bold]{key}[/]{indent}{safe(value).replace(chr(10), chr(10) + '  ')}",
                      soft_wrap=True)   # never break a `path:LINE` that editors jump to


def print_examples(report: Report, problem: Problem, console: Console) -> None:
    """`judge test`: every case with its input, the solution's output and the expected one."""
    console.print(_headline(report, problem))
    if report.verdict is Verdict.CE:
        console.print(safe(report.compile_error), soft_wrap=True)   # keep path:LINE whole
        return
    if report.sandbox not in ("", "full"):
        console.print(f"[yellow]sandbox {escape(report.sandbox)}[/] (see `judge doctor`)")
    table = Table(show_header=True, header_style="bold", expand=False)
    for column in ("case", "", "input", "output", "expected", "ms"):
        table.add_column(column, overflow="fold")
    for r in report.results:
        mark = f"[{STYLE[r.verdict]}]{'ok' if r.passed else r.verdict.code}[/]"
        got = answer_text(r.got, r.expected, problem) if r.verdict in (Verdict.AC, Verdict.WA) \
            else r.verdict.title
        expected = answer_text(r.expected, r.expected, problem)
        shown_got, shown_expected = escape(shorten(got, 80)), escape(shorten(expected, 80))
        if r.verdict is Verdict.WA:   # the differing characters in colour
            diff = difference(expected, got, 80)
            shown_got, shown_expected = Text(diff.got), Text(diff.expected)
            shown_got.stylize("bold red", *diff.got_span)
            shown_expected.stylize("bold green", *diff.expected_span)
        table.add_row(r.name, mark, escape(shorten(_args_text(r.input), 80)),
                      shown_got, shown_expected, f"{r.time_ms:.1f}")
    console.print(table)
    console.print(f"{report.passed}/{report.total} passed")
    if report.speed is not None:
        console.print(speed_text(report.speed), markup=False, highlight=False)
    for r in report.results:
        extra = {k: v for k, v in failure_fields(r, SHORT).items() if k in ("stdout", "stderr", "traceback")}
        if not r.passed and r.message:
            console.print(f"[bold]{r.name}[/]: {safe(r.message)}")
        for key, value in extra.items():
            console.print(f"[bold]{r.name}[/] {key}:\n  {safe(value).replace(chr(10), chr(10) + '  ')}",
                          soft_wrap=True)


def problem_list_json(problems: list[Problem], solved: set[str] = frozenset()) -> list[dict]:
    return [{"id": str(p.id), "slug": p.slug, "title": p.title, "difficulty": p.difficulty,
             "tags": list(p.tags), "solved": str(p.id) in solved} for p in problems]


def print_problem_list(problems: list[Problem], console: Console,
                       solved: set[str] = frozenset()) -> None:
    if not problems:
        console.print("no problems match")
        return
    table = Table(show_header=True, header_style="bold")
    for column in ("id", "slug", "title", "difficulty", "tags", "solved"):
        table.add_column(column)
    for p in problems:
        table.add_row(str(p.id), p.slug, escape(p.title), p.difficulty, ", ".join(p.tags),
                      "[green]yes[/]" if str(p.id) in solved else "")
    console.print(table)


def print_doctor(diagnosis, console: Console) -> None:
    """`judge doctor`: the sandbox's layers on this machine, then what a sandboxed probe tried."""
    status = diagnosis.status
    console.print(f"sandbox: [{'bold green' if status.full else 'bold yellow'}]{status.text}[/]")
    for layer in status.layers:
        mark = "[green]on[/] " if layer.active else "[yellow]off[/]"
        console.print(f"  {mark} {layer.name:<13} {escape(layer.detail)}")
    console.print("a sandboxed process tried:")
    for check in diagnosis.checks:
        mark = "[green]ok[/]  " if check.ok else "[bold red]FAIL[/]"
        console.print(f"  {mark} {check.attempt:<40} {escape(check.detail)}")


def check_json(report) -> dict:
    """`judge check --format json`: a check.CheckReport as plain data."""
    from judge.setter.mutation import score

    def submission(c):
        return {"path": c.path, "ok": c.ok, "expected": c.expected.code, "verdict": c.verdict.code,
                "case": c.case, "case_ms": round(c.case_ms, 3), "total_ms": round(c.total_ms, 3),
                "at_half_limit": c.at_half.code, "at_double_limit": c.at_double.code,
                "double_limit_case": c.double_case, "unfinished_ms": round(c.over_ms, 3),
                "message": c.message, "seconds": c.seconds,
                "reference_ratio": round(c.vs_reference, 2) if c.vs_reference else None}

    def problem(p):
        lim = p.limits
        return {"problem": str(p.id), "key": p.key, "ok": p.ok, "worker_seconds": p.worker_seconds,
                "limits": lim and {"case_time_ms": lim.case_time_ms, "run_time_ms": lim.run_time_ms,
                                   "reference_ms": lim.reference_ms},
                "sections": [{"name": s.name, "ok": s.ok, "summary": s.summary,
                              "findings": [{"ok": f.ok, "text": f.text} for f in s.findings]}
                             for s in p.sections],
                "submissions": [submission(c) for c in p.submissions],
                "mutation_score": round(score(p.mutants), 1) if p.mutants else None,
                "mutants": [{"id": m.id, "ok": m.ok, "description": m.description,
                             "verdict": m.verdict.code, "case": m.case, "equivalent": m.equivalent}
                            for m in p.mutants]}

    return {"ok": report.ok, "seconds": report.seconds, "jobs": report.jobs,
            "problems": [problem(p) for p in report.problems]}


def print_check(report, console: Console) -> None:
    """`judge check`: per problem, one line per check, then what it found (failures in red)."""
    for p in report.problems:
        mark = "[bold green]passes[/]" if p.ok else "[bold red]FAILS[/]"
        spent = "unchanged since it passed: not checked again (--fresh does)" if p.cached \
            else f"{p.worker_seconds:.0f} s of worker time"
        console.print(f"[bold]{p.id}. {escape(p.title)}[/]  {mark}  [dim]{spent}[/]")
        for s in p.sections:
            state = "[green]ok  [/]" if s.ok else "[red]FAIL[/]"
            console.print(f"  {state} {s.name:<12} {safe(s.summary)}", soft_wrap=True)
            for f in s.findings:   # long lines stay whole: logs are read with grep
                text = safe(f.text)
                console.print(f"         {text}" if f.ok else f"       [red]x {text}[/]",
                              soft_wrap=True)
    passed = sum(p.ok for p in report.problems)
    state = "[bold green]all pass[/]" if report.ok else "[bold red]failures above[/]"
    console.print(f"{passed}/{len(report.problems)} problems pass: {state} · {report.seconds:.1f} s "
                  f"with {report.jobs} workers")
