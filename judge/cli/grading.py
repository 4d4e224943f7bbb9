"""Grading many submissions for CI: grade."""

from __future__ import annotations

import contextlib
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from judge import api
from judge.errors import UsageError
from .common import Format, ProblemsOpt, RequireSandboxOpt, busy, app


class GradeFormat(str, Enum):
    text = "text"
    json = "json"
    junit = "junit"
    markdown = "markdown"


@app.command()
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
    from judge.grading import grade as grading
    from judge.render import grading as grade_output

    if merge:
        if problem or shard or jobs or require_sandbox:
            raise UsageError("--merge combines finished reports: --problem, --shard, -j and "
                             "--require-sandbox do not apply")
        doc = grading.merge(paths or [])
    else:
        cut = grading.Shard.parse(shard) if shard else None
        with busy("Grading ...", Format.text if format is GradeFormat.text else Format.json):
            doc = grading.document(api.grade(paths or [], problem=problem, problems_dir=problems,
                                             jobs=jobs, shard=cut, require_sandbox=require_sandbox))
    writers = {GradeFormat.json: grade_output.grade_json,
               GradeFormat.junit: grade_output.grade_junit,
               GradeFormat.markdown: grade_output.grade_markdown}
    try:
        with open(output, "w", encoding="utf-8") if output else contextlib.nullcontext() as file:
            if format is GradeFormat.text:
                shown = Console(emoji=False, file=file, width=160) if file else Console(emoji=False)
                grade_output.print_grading(doc, shown)
            else:
                (file or sys.stdout).write(writers[format](doc))
    except OSError as e:
        raise UsageError(f"cannot write {output}: {e.strerror}") from None
    raise typer.Exit(grading.exit_status(doc))
