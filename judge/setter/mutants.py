"""Mutants of a reference solution: small deliberate bugs, to measure how well the tests catch bugs.

Pure and deterministic, no I/O: source text in, `Mutant` values out, always in the same order and
with the same ids. Built on the standard library's `ast`: every mutation changes one node of the
tree (flip a comparison, shift a bound or an index by one, swap min and max, drop a statement...),
and the mutant's source is `ast.unparse` of the changed tree, so comments do not survive and
do not matter. A mutant whose source does not compile, equals the original or repeats an earlier
mutant is left out.

An id such as `14:16 lt>le` names the line and column of the changed node and the change; it stays
the same as long as the reference's text does, which is what lets a problem list its equivalent
mutants by id (problems/*/equivalent_mutants.toml).
"""

from __future__ import annotations

import ast
import copy
from dataclasses import dataclass
from typing import Callable, Iterator


@dataclass(frozen=True)
class Mutant:
    id: str
    line: int
    description: str     # one line: the statement before and after
    source: str


_CMP = {ast.Lt: ("lt", (ast.LtE, ast.Gt)), ast.LtE: ("le", (ast.Lt, ast.GtE)),
        ast.Gt: ("gt", (ast.GtE, ast.Lt)), ast.GtE: ("ge", (ast.Gt, ast.LtE)),
        ast.Eq: ("eq", (ast.NotEq,)), ast.NotEq: ("ne", (ast.Eq,)),
        ast.In: ("in", (ast.NotIn,)), ast.NotIn: ("notin", (ast.In,)),
        ast.Is: ("is", (ast.IsNot,)), ast.IsNot: ("isnot", (ast.Is,))}
_BIN = {ast.Add: ("add", ast.Sub), ast.Sub: ("sub", ast.Add), ast.Mult: ("mult", ast.FloorDiv),
        ast.FloorDiv: ("floordiv", ast.Mult), ast.Div: ("div", ast.Mult),
        ast.Mod: ("mod", ast.FloorDiv)}
_BOOL = {ast.And: ("and", ast.Or), ast.Or: ("or", ast.And)}
_SWAPPED_CALLS = {"min": "max", "max": "min"}
_SWAPPED_METHODS = {"pop": "popleft", "popleft": "pop", "append": "appendleft",
                    "appendleft": "append"}

Change = Callable[[ast.AST], ast.AST]   # changes the node in place, or returns its replacement


def _shifted(expr: ast.expr, delta: int) -> ast.expr:
    return ast.BinOp(expr, ast.Add() if delta > 0 else ast.Sub(), ast.Constant(abs(delta)))


def _set(field: str, value_of: Callable[[ast.AST], object]) -> Change:
    def change(node):
        setattr(node, field, value_of(node))
        return node
    return change


def _changes(node: ast.AST) -> Iterator[tuple[str, Change]]:
    """Every mutation that applies to `node`, as (tag, change)."""
    if isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            name, others = _CMP[type(op)]
            where = f"@{i + 1}" if len(node.ops) > 1 else ""
            for other in others:
                def change(n, i=i, other=other):
                    n.ops[i] = other()
                    return n
                yield f"{name}>{_CMP[other][0]}{where}", change
    elif isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in _BIN:
        name, other = _BIN[type(node.op)]
        prefix = "i" if isinstance(node, ast.AugAssign) else ""
        yield f"{prefix}{name}>{prefix}{_BIN.get(other, (other.__name__.lower(),))[0]}", \
            _set("op", lambda n, other=other: other())
    elif isinstance(node, ast.BoolOp):
        name, other = _BOOL[type(node.op)]
        yield f"{name}>{_BOOL[other][0]}", _set("op", lambda n, other=other: other())
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield "not>drop", lambda n: n.operand
    elif isinstance(node, ast.Constant) and not isinstance(node.value, (bytes, type(...))):
        yield from _constant_changes(node.value)
    elif isinstance(node, ast.Call):
        yield from _call_changes(node)
    elif isinstance(node, ast.Subscript):
        yield from _subscript_changes(node)
    if isinstance(node, (ast.If, ast.While)) and not isinstance(node.test, (ast.Compare,
                                                                            ast.UnaryOp)):
        yield "negate", _set("test", lambda n: ast.UnaryOp(ast.Not(), n.test))
    if isinstance(node, ast.Break):
        yield "break>continue", lambda n: ast.Continue()
    elif isinstance(node, ast.Continue):
        yield "continue>break", lambda n: ast.Break()
    if isinstance(node, ast.stmt) and not isinstance(node, _KEPT_STATEMENTS):
        yield "drop", lambda n: ast.Pass()


_KEPT_STATEMENTS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import,
                    ast.ImportFrom, ast.Pass, ast.Global, ast.Nonlocal)


def _constant_changes(value) -> Iterator[tuple[str, Change]]:
    if isinstance(value, bool):
        yield f"{value}>{not value}".lower(), _set("value", lambda n: not n.value)
    elif isinstance(value, int):
        new = {0: 1, 1: 0}.get(value, value + 1)
        yield f"{value}>{new}", _set("value", lambda n, new=new: new)
    elif isinstance(value, str):
        yield ("empty>str", _set("value", lambda n: "?")) if value == "" else \
            ("str>empty", _set("value", lambda n: ""))


def _call_changes(node: ast.Call) -> Iterator[tuple[str, Change]]:
    func = node.func
    if isinstance(func, ast.Name) and func.id in _SWAPPED_CALLS:
        other = _SWAPPED_CALLS[func.id]
        yield f"{func.id}>{other}", lambda n, other=other: (setattr(n.func, "id", other), n)[1]
    elif isinstance(func, ast.Attribute) and func.attr in _SWAPPED_METHODS:
        other = _SWAPPED_METHODS[func.attr]
        yield f"{func.attr}>{other}", lambda n, other=other: (setattr(n.func, "attr", other), n)[1]
    if isinstance(func, ast.Name) and func.id == "range":
        for i in range(len(node.args)):
            for delta in (1, -1):
                def change(n, i=i, delta=delta):
                    n.args[i] = _shifted(n.args[i], delta)
                    return n
                yield f"range.arg{i + 1}{delta:+d}", change


def _subscript_changes(node: ast.Subscript) -> Iterator[tuple[str, Change]]:
    if isinstance(node.slice, ast.Slice):
        for bound in ("lower", "upper"):
            if getattr(node.slice, bound) is not None:
                for delta in (1, -1):
                    def change(n, bound=bound, delta=delta):
                        setattr(n.slice, bound, _shifted(getattr(n.slice, bound), delta))
                        return n
                    yield f"{bound}{delta:+d}", change
    elif not isinstance(node.slice, ast.Tuple):
        for delta in (1, -1):
            yield f"index{delta:+d}", _set("slice", lambda n, d=delta: _shifted(n.slice, d))


def _left_alone(tree: ast.Module) -> set[int]:
    """Nodes not worth mutating: annotations (never evaluated in a function body, or only at
    definition time) and docstrings."""
    skipped: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            skipped += [a.annotation for a in ast.walk(node.args) if isinstance(a, ast.arg)]
            skipped.append(node.returns)
        if isinstance(node, ast.AnnAssign):
            skipped.append(node.annotation)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) \
                and node.body and isinstance(node.body[0], ast.Expr) \
                and isinstance(node.body[0].value, ast.Constant):
            skipped.append(node.body[0])
    return {id(n) for top in skipped if top is not None for n in ast.walk(top)}


def _replace(tree: ast.AST, old: ast.AST, new: ast.AST) -> None:
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, field, new)
                return
            if isinstance(value, list) and any(v is old for v in value):
                value[[v is old for v in value].index(True)] = new
                return


def _statements(nodes: list[ast.AST]) -> list[int | None]:
    """For each node (in walk order), the index of the innermost statement that holds it."""
    parent: dict[int, int] = {}
    for i, node in enumerate(nodes):
        for child in ast.iter_child_nodes(node):
            parent[id(child)] = i
    found: list[int | None] = []
    for i, node in enumerate(nodes):
        j: int | None = i
        while j is not None and not isinstance(nodes[j], ast.stmt):
            j = parent.get(id(nodes[j]))
        found.append(j)
    return found


def _header(statement: ast.AST) -> str:
    return ast.unparse(statement).splitlines()[0] if statement is not None else ""


def mutants(source: str) -> tuple[Mutant, ...]:
    """Every mutant of `source`, in source order."""
    tree = ast.parse(source)
    skipped = _left_alone(tree)
    nodes = list(ast.walk(tree))
    statements = _statements(nodes)
    seen = {ast.unparse(tree)}
    ids: dict[str, int] = {}
    found = []
    order = sorted(range(len(nodes)), key=lambda i: (getattr(nodes[i], "lineno", 0),
                                                      getattr(nodes[i], "col_offset", 0), i))
    for index in order:
        node = nodes[index]
        if id(node) in skipped or not hasattr(node, "lineno"):
            continue
        statement = statements[index]
        for tag, change in _changes(node):
            mutated = copy.deepcopy(tree)
            copied = list(ast.walk(mutated))
            target = copied[index]
            replacement = change(target)
            if replacement is not target:
                _replace(mutated, target, replacement)
            ast.fix_missing_locations(mutated)
            text = ast.unparse(mutated)
            if text in seen:
                continue
            try:
                compile(text, "<mutant>", "exec")
            except SyntaxError:
                continue
            seen.add(text)
            key = f"{node.lineno}:{node.col_offset + 1} {tag}"
            ids[key] = ids.get(key, 0) + 1
            if ids[key] > 1:
                key += f" #{ids[key]}"
            before = _header(nodes[statement])
            if tag == "drop":
                description = f"line {node.lineno}: drop `{before}`"
            else:
                after_statement = replacement if statement == index else copied[statement]
                description = f"line {node.lineno}: `{before}` -> `{_header(after_statement)}`"
            found.append(Mutant(key, node.lineno, description, text + "\n"))
    return tuple(found)
