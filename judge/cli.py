"""The `judge` command: parse arguments, call judge.api, render, exit. Nothing else lives here.

Exit status: 0 Accepted, 1 any other verdict, 2 a usage or problem-package error, 3 a judge fault.
Errors are caught once, in `_edge`, and printed as one line on stderr.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from . import api, history, render, statements
from .errors import InternalError, JudgeError, UsageError
from .verdicts import Report, Verdict

app = typer.Typer(add_completion=True, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="An offline judge for coding-interview problems. See README.md.")


class Format(str, Enum):
    text = "text"
    json = "json"


def _complete_problem(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Shell completion for PROBLEM: ids and slugs, each with its title."""
    try:
        found = api.list_problems(ctx.params.get("problems"))
    except JudgeError:
        return []
    pairs = [(v, p.title) for p in found for v in (str(p.id), p.slug)]
    return [(value, title) for value, title in pairs if value.startswith(incomplete)]


ProblemArg = typer.Argument(..., help="LeetCode id (76) or slug (minimum-window-substring).",
                            autocompletion=_complete_problem)
NoHistoryOpt = typer.Option(False, "--no-history",
                            help="Do not record this attempt (JUDGE_NO_HISTORY=1 does the same).")
SolutionOpt = typer.Option(None, "--solution", "-s", help="Solution file; default: found in solutions/.")
FormatOpt = typer.Option(Format.text, "--format", "-f", help="text for people, json for programs.")
RequireSandboxOpt = typer.Option(
    False, "--require-sandbox", help="Refuse to grade (exit 2) unless the kernel sandbox is full; "
                                     "`judge doctor` shows it.")
ProblemsOpt = typer.Option(None, "--problems", envvar="JUDGE_PROBLEMS",
                           help="Folder of problem packages (default: this checkout's problems/).")


def _edge(command):
    """Turn the judge's own errors into a one-line message and an exit status."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except JudgeError as e:
            Console(stderr=True, highlight=False).print(f"judge: {e}", markup=False, soft_wrap=True)
            raise typer.Exit(e.exit_code)
        except KeyboardInterrupt:
            raise typer.Exit(130)

    return wrapper


def _busy(message: str, fmt: Format):
    """A spinner on stderr while judging, only for a person at a terminal."""
    err = Console(stderr=True)
    if fmt is Format.text and err.is_terminal:
        return err.status(message)
    return _Quiet()


class _Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@contextlib.contextmanager
def _progress(message: str, fmt: Format):
    """A progress bar on stderr for a person at a terminal; yields the per-case callback."""
    err = Console(stderr=True)
    if fmt is not Format.text or not err.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task(message, total=None)
        yield lambda result, total: bar.update(task, total=total, advance=1)


def _notify(notices: list[str]) -> None:
    for notice in notices:
        Console(stderr=True, highlight=False).print(f"judge: {notice}", markup=False, soft_wrap=True)


def _finish(report: Report) -> None:
    if report.verdict is Verdict.IE:
        raise typer.Exit(InternalError.exit_code)
    raise typer.Exit(0 if report.verdict is Verdict.AC else 1)


@app.command()
@_edge
def run(problem: str = ProblemArg, solution: Optional[Path] = SolutionOpt,
        format: Format = FormatOpt, all: bool = typer.Option(
            False, "--all", help="Run every case instead of stopping at the first failure."),
        problems: Optional[Path] = ProblemsOpt, no_history: bool = NoHistoryOpt,
        require_sandbox: bool = RequireSandboxOpt) -> None:
    """Judge your solution on the hidden test cases (LeetCode's Submit)."""
    prob = api.find_problem(problem, problems)
    path = api.find_solution(prob, solution)
    code = history.snapshot(path, no_history=no_history)
    with _progress(f"Judging {path.name}", format) as on_result:
        report = api.run(prob, path, all_cases=all, on_result=on_result,
                         require_sandbox=require_sandbox)
    _notify(history.record(report, code, "run", no_history=no_history))
    console = Console()
    if format is Format.json:
        render.print_json(report, console)
    else:
        render.print_report(report, prob, console)
    _finish(report)


@app.command()
@_edge
def test(problem: str = ProblemArg, solution: Optional[Path] = SolutionOpt,
         case: List[str] = typer.Option(
             [], "--case", "-c", help="Your own input: one JSON value per parameter, one per line, "
                                      "or `s = \"ADOBECODEBANC\", t = \"ABC\"`. Repeatable."),
         format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt,
         no_history: bool = NoHistoryOpt, require_sandbox: bool = RequireSandboxOpt) -> None:
    """Run the public examples, or your own input against the reference (LeetCode's Run)."""
    prob = api.find_problem(problem, problems)
    path = api.find_solution(prob, solution)
    code = history.snapshot(path, no_history=no_history)
    with _progress(f"Running {path.name}", format) as on_result:
        report = api.run_custom(prob, path, case, on_result=on_result,
                                require_sandbox=require_sandbox) if case \
            else api.run_samples(prob, path, on_result=on_result, require_sandbox=require_sandbox)
    _notify(history.record(report, code, "custom" if case else "examples", no_history=no_history))
    console = Console()
    if format is Format.json:
        render.print_json(report, console)
    else:
        render.print_examples(report, prob, console)
    _finish(report)


@app.command("list")
@_edge
def list_(format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt) -> None:
    """List the problems."""
    found = api.list_problems(problems)
    if format is Format.json:
        print(json.dumps([{"id": str(p.id), "slug": p.slug, "title": p.title,
                           "difficulty": p.difficulty, "tags": list(p.tags)} for p in found],
                         indent=2, ensure_ascii=False))
        return
    render.print_problem_list(found, Console())


@app.command()
@_edge
def build(problem: List[str] = typer.Argument(..., help="Problems whose data/ to rewrite."),
          problems: Optional[Path] = ProblemsOpt) -> None:
    """Problem setters: write data/ from the generator, answers from the reference."""
    from .build import build as build_data

    for query in problem:
        prob = api.find_problem(query, problems)
        summary = build_data(prob)
        print(f"{prob.key}: {summary.samples} examples, {summary.secret} hidden cases, "
              f"{summary.cross_checked} cross-checked against the brute force")


class GradeFormat(str, Enum):
    text = "text"
    json = "json"
    junit = "junit"
    markdown = "markdown"


@app.command()
@_edge
def grade(paths: Optional[List[Path]] = typer.Argument(
              None, metavar="PATH...", help="Solution files or folders (a roster: FOLDER/<person>/"
                                            "<problem>.py); with --merge, the shards' JSON files."),
          problem: Optional[str] = typer.Option(
              None, "--problem", "-p", help="Grade every file as this problem; default: from its name."),
          format: GradeFormat = typer.Option(GradeFormat.text, "--format", "-f"),
          output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here, not to stdout."),
          jobs: Optional[int] = typer.Option(
              None, "--jobs", "-j", min=1, help="Submissions judged at once; default: the cores."),
          shard: Optional[str] = typer.Option(None, "--shard", metavar="K/N",
                                              help="Grade share K of N, for a CI matrix."),
          merge: bool = typer.Option(False, "--merge", help="Combine the shards' JSON into one report."),
          problems: Optional[Path] = ProblemsOpt, require_sandbox: bool = RequireSandboxOpt) -> None:
    """Grade many submissions at once, for CI: JSON, JUnit XML or Markdown reports."""
    from . import grade as grading, grade_output

    if merge:
        if problem or shard or jobs or require_sandbox:
            raise UsageError("--merge combines finished reports: --problem, --shard, -j and "
                             "--require-sandbox do not apply")
        doc = grading.merge(paths or [])
    else:
        cut = grading.Shard.parse(shard) if shard else None
        with _busy("Grading ...", Format.text if format is GradeFormat.text else Format.json):
            doc = grading.document(api.grade(paths or [], problem=problem, problems_dir=problems,
                                             jobs=jobs, shard=cut, require_sandbox=require_sandbox))
    writers = {GradeFormat.json: lambda d: json.dumps(d, indent=2, ensure_ascii=False) + "\n",
               GradeFormat.junit: grade_output.grade_junit,
               GradeFormat.markdown: grade_output.grade_markdown}
    try:
        with open(output, "w", encoding="utf-8") if output else contextlib.nullcontext() as file:
            if format is GradeFormat.text:
                grade_output.print_grading(doc, Console(file=file, width=160) if file else Console())
            else:
                (file or sys.stdout).write(writers[format](doc))
    except OSError as e:
        raise UsageError(f"cannot write {output}: {e.strerror}") from None
    raise typer.Exit(grading.exit_status(doc))


LangOpt = typer.Option(None, "--lang", "-l", help="en or zh; default: from the locale (LANG).")


def _page(problem: str, text, lang, format: Format, problems: Optional[Path]) -> None:
    prob = api.find_problem(problem, problems)
    if format is Format.json:
        print(json.dumps(statements.document(prob, text, lang), indent=2, ensure_ascii=False))
    else:
        statements.print_text(prob, text, lang, Console())


@app.command()
@_edge
def show(problem: str = ProblemArg, lang: Optional[statements.Lang] = LangOpt,
         format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt) -> None:
    """Print the problem statement: the task, the examples, the constraints."""
    _page(problem, statements.Text.statement, lang, format, problems)


@app.command()
@_edge
def explain(problem: str = ProblemArg, lang: Optional[statements.Lang] = LangOpt,
            format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt) -> None:
    """The intended approach, why it works, and its complexity (spoilers: only when asked)."""
    _page(problem, statements.Text.explanation, lang, format, problems)


@app.command()
@_edge
def new(problem: str = ProblemArg, force: bool = typer.Option(
            False, "--force", help="Replace an existing file; the old one is kept as NAME.py.bak."),
        problems: Optional[Path] = ProblemsOpt) -> None:
    """Write a starter file in solutions/: the signature and the examples, no solution."""
    from . import screens, workspace

    prob = api.find_problem(problem, problems)
    screens.print_new(workspace.new(prob, force=force), prob,
                      Console(highlight=False, soft_wrap=True))


@app.command()
@_edge
def watch(problem: str = ProblemArg, solution: Optional[Path] = SolutionOpt,
          problems: Optional[Path] = ProblemsOpt, no_history: bool = NoHistoryOpt) -> None:
    """Judge again on every save: the examples, then the hidden cases. Ctrl-C stops."""
    from . import screens
    from . import watch as watching

    prob = api.find_problem(problem, problems)
    path = api.find_solution(prob, solution)
    console = Console(highlight=False)
    rounds = watching.watch(prob, path, lambda r: screens.print_round(r, prob, str(path), console),
                            no_history=no_history)
    console.print(f"stopped watching {path} after {rounds} round{'s' if rounds != 1 else ''}")


@app.command("history")
@_edge
def history_(problem: Optional[str] = typer.Argument(
                 None, help="Only this problem's attempts.", autocompletion=_complete_problem),
             show: Optional[int] = typer.Option(None, "--show", metavar="N",
                                                help="Print the code of attempt N."),
             limit: int = typer.Option(20, "--limit", "-n", help="How many of the newest (0: all)."),
             format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt) -> None:
    """Your earlier attempts, newest first; --show N prints the code of one."""
    from . import screens

    key = str(api.find_problem(problem, problems).id) if problem else None
    with history.History() as past:
        found = past.attempt(show) if show is not None else past.attempts(key, limit or None)
    _notify(past.notices)
    if show is not None:
        attempt, code = found
        if key and attempt.problem != key:
            raise UsageError(f"attempt {show} is for problem {attempt.problem}, not {key}")
        if format is Format.json:
            print(json.dumps({**screens.attempt_json(attempt), "code": code}, indent=2))
        else:
            screens.print_code(attempt, code, Console(), Console(stderr=True))
    elif format is Format.json:
        print(json.dumps([screens.attempt_json(a) for a in found], indent=2))
    else:
        screens.print_history(found, Console())


@app.command()
@_edge
def stats(format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt) -> None:
    """Progress per problem: attempts, solved or not, when, and the best time."""
    from . import screens

    found = api.list_problems(problems)
    with history.History() as past:
        rows = past.stats()
    _notify(past.notices)
    if format is Format.json:
        print(json.dumps({"problems": len(found), "solved": sum(r.solved for r in rows),
                          "per_problem": [screens.stats_json(r) for r in rows]}, indent=2))
    else:
        screens.print_stats(rows, found, Console())


@app.command()
@_edge
def doctor(format: Format = FormatOpt) -> None:
    """Which protections the sandbox gives solutions on this machine, and why (exit 1: partial)."""
    diagnosis = api.doctor()
    if format is Format.json:
        print(json.dumps(diagnosis.to_json(), indent=2))
    else:
        render.print_doctor(diagnosis, Console())
    raise typer.Exit(0 if diagnosis.ok else 1)


@app.command()
@_edge
def check(problem: List[str] = typer.Argument(None, help="Problems to check (ids or slugs)."),
          all: bool = typer.Option(False, "--all", help="Check every problem."),
          jobs: int = typer.Option(2, "--jobs", "-j", min=1, help="Workers run in parallel."),
          format: Format = FormatOpt, problems: Optional[Path] = ProblemsOpt) -> None:
    """Problem setters: prove packages (data, answers, known verdicts, time margins, mutants)."""
    if bool(problem) == all:
        raise UsageError("name the problems to check, or give --all")
    found = api.list_problems(problems) if all else [api.find_problem(q, problems) for q in problem]
    with _busy(f"Checking {len(found)} problem(s) ...", format):
        report = api.check(found, jobs=jobs)
    if format is Format.json:
        print(json.dumps(render.check_json(report), indent=2, ensure_ascii=False))
    else:
        render.print_check(report, Console())
    raise typer.Exit(0 if report.ok else 1)


@app.command("new-problem")
@_edge
def new_problem(slug: str = typer.Argument(..., help="e.g. trapping-rain-water, or 42-trapping-rain-water."),
                id: Optional[int] = typer.Option(None, "--id", help="LeetCode's number."),
                title: Optional[str] = typer.Option(None, "--title", help="Default: from the slug."),
                problems: Optional[Path] = ProblemsOpt) -> None:
    """Problem setters: write a package skeleton; `judge check ID` then says what is left."""
    made = api.new_problem(slug, id=id, title=title, problems_dir=problems)
    print(f"wrote {made.root}/\nnext: fill in every TODO, `judge build {made.id}`, and repeat "
          f"`judge check {made.id}` until it passes")


def main() -> None:
    if os.environ.get("JUDGE_DEBUG"):
        app()
        return
    try:
        app()
    except Exception as e:  # a judge bug: one line, not a traceback; JUDGE_DEBUG=1 shows it
        Console(stderr=True).print(f"judge: internal error: {e!r} (set JUDGE_DEBUG=1 for the "
                                   "traceback, and please report it)", markup=False)
        raise SystemExit(InternalError.exit_code)
