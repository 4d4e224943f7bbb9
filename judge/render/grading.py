"""How a grading looks: JSON, JUnit XML and Markdown for CI, and a table for a person. No judging.

Every writer takes the grade document (judge.grading.grade.document / merge), so a fresh run and
a merge of CI shards render through the same code. Single reports are drawn by render.reports.
"""

from __future__ import annotations

import json
import re

from rich.console import Console
from rich.table import Table

from judge.render.reports import STYLE, safe, shorten, visible
from judge.engine.verdicts import Verdict

_XML_BAD = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NOT_RUN = "not run: judging stops at the first failing case"


def _xml_text(text: str) -> str:
    """XML 1.0 cannot carry most control characters, which a solution may well print; those it
    can carry are shown as escapes too, like everywhere else the judge shows hostile text."""
    return _XML_BAD.sub("\ufffd", visible(text))


def _problem_key(entry: dict) -> str:
    return f"{int(entry['problem']):04d}-{entry['slug']}"


def _failure_text(entry: dict) -> str:
    lines = [entry["message"]]
    for key, value in (entry.get("failure") or {}).items():
        lines.append(f"{key}:\n  {value.replace(chr(10), chr(10) + '  ')}" if "\n" in value
                     else f"{key}: {value}")
    return "\n".join(lines)


def grade_json(doc: dict) -> str:
    """ASCII JSON: exact all the same, and a lone surrogate or a C1 control a solution printed
    can neither break the UTF-8 writer nor reach a terminal that `cat`s the file."""
    return json.dumps(doc, indent=2) + "\n"


def grade_junit(doc: dict) -> str:
    """JUnit XML: a test suite per submission, a test case per hidden case."""
    import xml.etree.ElementTree as ET

    root = ET.Element("testsuites", name="judge grade")
    grand = dict.fromkeys(("tests", "failures", "errors", "skipped"), 0)
    grand_time = 0.0
    for entry in doc["reports"]:
        suite = ET.SubElement(root, "testsuite", name=_xml_text(entry["solution"]))
        properties = ET.SubElement(suite, "properties")
        for name in ("person", "problem", "verdict"):
            if entry.get(name) is not None:
                ET.SubElement(properties, "property", name=name, value=_xml_text(str(entry[name])))
        classname = ".".join(filter(None, (entry.get("person"), _problem_key(entry))))
        failed = (entry.get("failure") or {}).get("case")
        cases = [(t["name"], t["verdict"], t["time_ms"]) for t in entry["tests"]]
        # Nothing ran (a compile error, an internal error): the first case carries the verdict.
        first_blocked = not cases and entry["verdict"] != "AC"
        cases += [(name, None, 0.0) for name in entry.get("not_run", [])]
        counts = dict.fromkeys(("failures", "errors", "skipped"), 0)
        for i, (name, verdict, ms) in enumerate(cases):
            case = ET.SubElement(suite, "testcase", classname=_xml_text(classname), name=name,
                                 time=f"{ms / 1000:.3f}")
            if verdict is None and i == 0 and first_blocked:
                verdict = entry["verdict"]
            if verdict is None:
                ET.SubElement(case, "skipped", message=NOT_RUN)
                counts["skipped"] += 1
            elif verdict != "AC":
                carries = name == failed or first_blocked
                title = Verdict[verdict].title
                reason = entry["message"].strip().splitlines()[:1] if carries else []
                tag = "error" if verdict == "IE" else "failure"
                node = ET.SubElement(case, tag, type=verdict,
                                     message=_xml_text(": ".join([title, *reason])))
                node.text = _xml_text(_failure_text(entry) if carries else title)
                counts["errors" if tag == "error" else "failures"] += 1
        seconds = sum(ms for _, _, ms in cases) / 1000
        suite.attrib.update(tests=str(len(cases)), time=f"{seconds:.3f}",
                            **{k: str(v) for k, v in counts.items()})
        grand["tests"] += len(cases)
        grand_time += seconds
        for k, v in counts.items():
            grand[k] += v
    root.attrib.update(time=f"{grand_time:.3f}", **{k: str(v) for k, v in grand.items()})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+!|~<>&]|:(?=//)|(?<=www)\.)")


def _cell(text: str, limit: int = 120) -> str:
    """Text from a submission (its path, its exception) as inert Markdown: every character that
    could open a link, an image, HTML, a code span or a new cell is escaped, so a CI job's page
    shows the text and fetches nothing (`://` and `www.` too, so no bare URL becomes a link)."""
    return _MARKDOWN.sub(r"\\\1", visible(shorten(" ".join(str(text).split()), limit)))


def _mark(code: str) -> str:
    return f"{'✅' if code == 'AC' else '❌'} {code}"


def grade_markdown(doc: dict) -> str:
    """A summary for a CI job's page: scores per person, then one row per submission."""
    s = doc["summary"]
    counts = " · ".join(f"{code} {n}" for code, n in s["verdicts"].items() if n)
    shards = doc.get("shards")
    lines = [f"## Grading: {s['accepted']} of {s['submissions']} submissions accepted", "",
             counts + (f" · merged from {len(shards)} shards" if shards and len(shards) > 1 else ""), ""]
    if s["people"]:
        problems = sorted({p for person in s["people"].values() for p in person["problems"]}, key=int)
        lines += ["| person | solved | " + " | ".join(problems) + " |",
                  "|---|---|" + "---|" * len(problems)]
        for name, person in s["people"].items():
            marks = [_mark(person["problems"][p]) if p in person["problems"] else "" for p in problems]
            lines.append(f"| {_cell(name)} | {person['solved']}/{person['attempted']} | "
                         + " | ".join(marks) + " |")
        lines.append("")
    lines += ["| submission | problem | verdict | cases | time | message |",
              "|---|---|---|---|---|---|"]
    for e in doc["reports"]:
        lines.append(f"| {_cell(e['solution'])} | {e['problem']} | {_mark(e['verdict'])} | "
                     f"{e['passed']}/{e['total']} | {e['time_ms']:.0f} ms | {_cell(e['message'])} |")
    if doc.get("unmatched"):
        lines += ["", "Not graded, the file name names no problem: "
                  + ", ".join(_cell(u) for u in doc["unmatched"])]
    return "\n".join(lines) + "\n"


def print_grading(doc: dict, console: Console) -> None:
    s = doc["summary"]
    table = Table(show_header=True, header_style="bold")
    for column in ("submission", "problem", "verdict", "cases", "ms", "message"):
        table.add_column(column, overflow="fold")
    for e in doc["reports"]:
        v = Verdict[e["verdict"]]
        table.add_row(safe(e["solution"]), e["problem"], f"[{STYLE[v]}]{v.code}[/]",
                      f"{e['passed']}/{e['total']}", f"{e['time_ms']:.0f}",
                      safe(shorten(" ".join(e["message"].split()), 80)))
    console.print(table)
    for name, person in s["people"].items():
        detail = ", ".join(f"{p} {v}" for p, v in person["problems"].items())
        console.print(f"[bold]{safe(name)}[/]: {person['solved']}/{person['attempted']} solved "
                      f"[dim]({safe(detail)})[/]")
    counts = ", ".join(f"{n} {code}" for code, n in s["verdicts"].items() if n)
    console.print(f"{s['accepted']} of {s['submissions']} accepted" + (f" ({counts})" if counts else ""))
    for path in doc.get("unmatched", []):
        console.print(f"[yellow]not graded[/]: {safe(path)} (its name names no problem)")
