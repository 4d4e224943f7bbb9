"""Custom cases typed by the user (`judge test --case`): parse them, check them, answer them.

The input takes the forms LeetCode's custom-case box and its display use: one JSON value per
parameter on its own line, or `s = "ADOBECODEBANC", t = "ABC"`. The expected answer of a custom
case is the reference solution's, computed in its own worker like any solution's.
"""

from __future__ import annotations

import json
import re

from judge.errors import ProblemError, UsageError
from judge.engine.problems import RETURN, Case, Problem
from judge.engine.verdicts import Limits

_NAME = re.compile(r"\s*([A-Za-z_]\w*)\s*=\s*")
_SEPARATOR = re.compile(r"[\s,]*")


def parse(problem: Problem, text: str) -> dict:
    """Turn the user's text into the arguments dict, or raise UsageError saying what is wrong."""
    names = [p.name for p in problem.entry.params]
    decoder = json.JSONDecoder()
    values, named, pos = [], {}, _SEPARATOR.match(text).end()
    while pos < len(text):
        label = _NAME.match(text, pos)
        if label:
            pos = label.end()
        try:
            value, pos = decoder.raw_decode(text, pos)
        except ValueError:
            raise UsageError(f"cannot read the case input at {text[pos:pos + 20]!r}: expected one "
                             f"JSON value per parameter ({', '.join(names)})") from None
        except RecursionError:
            raise UsageError(f"cannot read the case input at {text[pos:pos + 20]!r}: it is nested "
                             "too deeply") from None
        if label:
            if label[1] not in names:
                raise UsageError(f"unknown parameter {label[1]!r}; this problem takes "
                                 f"{', '.join(names)}")
            if label[1] in named:
                raise UsageError(f"parameter {label[1]!r} is given twice; give each of "
                                 f"{', '.join(names)} once")
            named[label[1]] = value
        else:
            values.append(value)
        pos = _SEPARATOR.match(text, pos).end()
    if named and values:
        raise UsageError("give every parameter as `name = value`, or none of them")
    if not named:
        if len(values) != len(names):
            raise UsageError(f"expected {len(names)} value(s) ({', '.join(names)}), "
                             f"got {len(values)}")
        named = dict(zip(names, values))
    missing = [n for n in names if n not in named]
    if missing:
        raise UsageError(f"missing parameter(s): {', '.join(missing)}")
    args = {n: named[n] for n in names}
    if problem.entry.design:
        _check_calls(problem, args["operations"], args["arguments"])
    for param in () if problem.entry.design else problem.entry.params:
        misfit = _misfit(args[param.name], param.type, param.name)
        if misfit:
            raise UsageError(f"{param.name} must be {param.type}, but {misfit}")
    problem.validate(args)
    return args


def _check_calls(problem: Problem, operations, arguments) -> None:
    """A design case, LeetCode's two lines: the class, then methods it has, each given a list of
    arguments that fit the method's parameters. Checked before the validator sees it."""
    entry = problem.entry
    if not isinstance(operations, list) or not all(isinstance(o, str) for o in operations):
        raise UsageError('the first line must be the list of calls, e.g. '
                         f'["{entry.method}", "{entry.methods[0].name}", ...]')
    if not isinstance(arguments, list) or len(arguments) != len(operations):
        raise UsageError(f"the second line must be a list of {len(operations)} argument lists, "
                         "one per call, e.g. [[], [1], ...]")
    if not operations or operations[0] != entry.method:
        raise UsageError(f"the first call must construct the class: {entry.method!r}")
    for i, (name, given) in enumerate(zip(operations, arguments)):
        method = entry.method_named(name) if i else None
        if i and method is None:
            known = ", ".join(m.name for m in entry.methods)
            raise UsageError(f"call {i + 1}: {entry.method} has no method {name!r} ({known})")
        params = method.params if method else entry.init
        if not isinstance(given, list) or len(given) != len(params):
            raise UsageError(f"call {i + 1}: {name} takes {len(params)} argument(s) "
                             f"({', '.join(p.name for p in params)}), given {given!r}")
        for param, value in zip(params, given):
            misfit = _misfit(value, param.type, param.name)
            if misfit:
                raise UsageError(f"call {i + 1}: {name}: {param.name} must be {param.type}, "
                                 f"but {misfit}")


def example_answer(problem: Problem, text: str):
    """The answer a statement's `Output:` line shows, for comparing with the sample data: JSON,
    or for an in-place problem LeetCode's `2, nums = [1,2,_]` (`_`: any value), returned as
    (the return value, {argument: the shown elements, None for `_`})."""
    if not problem.entry.mutates:
        return json.loads(text)
    head, sep, rest = text.partition(",")
    label = _NAME.match(rest) if sep else None
    if not label or label[1] != problem.entry.mutates:
        raise ValueError(f"expected `k, {problem.entry.mutates} = [...]`, got {text!r}")
    shown = json.loads(re.sub(r"(?<=[\[,])\s*_\s*(?=[,\]])", "null", rest[label.end():]))
    return json.loads(head), {label[1]: shown}


def example_matches(problem: Problem, text: str, answer) -> bool:
    """Whether a statement's `Output:` line shows `answer` (ValueError if it cannot be read)."""
    shown = example_answer(problem, text)
    if not problem.entry.mutates:
        return shown == answer
    returned, arrays = shown
    return returned == answer[RETURN] and all(
        len(values) == len(answer[name]) and
        all(v is None or v == a for v, a in zip(values, answer[name]))
        for name, values in arrays.items())


_SCALARS = {"int": (int,), "float": (int, float), "bool": (bool,), "str": (str,)}
_KIND = {bool: "a boolean", int: "a whole number", float: "a fractional number", str: "a string",
         list: "a list", dict: "an object", type(None): "null"}


def _misfit(value, type_name: str, where: str) -> str:
    """Why `value` is not of the problem's `type_name` (`list[int]`), or "" when it is.

    Checked before the validator sees the input, so that `[[1]]` for a `list[int]` is one clear
    line rather than the validator's TypeError. Its depth is the type's, never the value's."""
    inner = type_name[5:-1] if type_name.startswith("list[") else None
    if inner is not None:
        if not isinstance(value, list):
            return f"{where} is {_KIND.get(type(value), 'something else')}"
        for i, item in enumerate(value):
            why = _misfit(item, inner, f"{where}[{i}]")
            if why:
                return why
        return ""
    wanted = _SCALARS[type_name]
    if isinstance(value, wanted) and (bool in wanted or not isinstance(value, bool)):
        return ""
    return f"{where} is {_KIND.get(type(value), 'something else')}"


def answered(problem: Problem, inputs: list[dict], limits: Limits,
             times: list[float] | None = None) -> list[Case]:
    """Cases for the inputs, each carrying the answer the reference has just computed (and its
    CPU ms appended to `times`, when given)."""
    from judge.engine.runner import reference_answers

    cases = [Case(f"custom-{i}", json.dumps(args)) for i, args in enumerate(inputs, 1)]
    try:
        answers = reference_answers(problem, cases, limits, times)
    except ProblemError as e:
        raise UsageError(f"the reference cannot answer your case ({e}); is it within the "
                         "constraints?") from None
    return [Case(c.name, c.input_json, answer_json=json.dumps(a)) for c, a in zip(cases, answers)]

