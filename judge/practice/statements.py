"""A problem's texts for people: the statement and the explanation, in English or Chinese.

Reads the Markdown files of a problem folder, in the language asked for or the locale's (they
are drawn by judge.render.practice). The explanation is only ever read for `judge explain`:
nothing else reads it, so nothing reveals the approach unasked.
"""

from __future__ import annotations

import os
from enum import Enum

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
