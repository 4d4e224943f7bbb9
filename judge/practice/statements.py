"""A problem's texts for people: the statement and the explanation, in English or Chinese.

Reads the Markdown files of a problem folder and draws them with rich. The explanation is only
ever shown by `judge explain`: nothing else reads it, so nothing reveals the approach unasked.
"""

from __future__ import annotations

import os
from enum import Enum

from rich.console import Console

from judge.engine.problems import Problem


class Lang(str, Enum):
    en = "en"
    zh = "zh"


class Text(str, Enum):
    statement = "statement"
    explanation = "explanation"


def default_lang(environ: dict[str, str] | None = None) -> Lang:
    """Chinese when the locale says so (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, in POSIX order)."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return Lang.zh if value.lower().startswith("zh") else Lang.en
    return Lang.en


def markdown(problem: Problem, text: Text, lang: Lang | None = None) -> str:
    return problem.text(text.value, (lang or default_lang()).value)


def document(problem: Problem, text: Text, lang: Lang | None = None) -> dict:
    """The text and what a program needs to know about it, for `--format json`."""
    chosen = lang or default_lang()
    return {"problem": str(problem.id), "slug": problem.slug, "lang": chosen.value,
            "title": problem.title_zh if chosen is Lang.zh else problem.title,
            "difficulty": problem.difficulty, "tags": list(problem.tags),
            text.value: markdown(problem, text, chosen)}


def print_text(problem: Problem, text: Text, lang: Lang | None, console: Console) -> None:
    """Headings, code blocks and lists drawn by rich (the files carry title, difficulty, tags)."""
    from rich.markdown import Markdown   # markdown-it loads only for these commands

    console.print(Markdown(markdown(problem, text, lang), code_theme="ansi_dark"))
    if text is Text.statement:
        console.print(f"[dim]judge new {problem.id} · judge test {problem.id} · "
                      f"judge run {problem.id} · judge explain {problem.id}[/]", highlight=False)
