"""The pytest plugin, driven through pytest's own `pytester` in real pytest subprocesses.

`pytest --judge PATH` makes one item per (submission, hidden case); the items run real workers.
Most runs select a few cases with -k to stay quick.
"""

import xml.etree.ElementTree as ET

import pytest

from conftest import PROBLEMS

pytest_plugins = ["pytester"]

P11 = PROBLEMS / "0011-container-with-most-water"
ACCEPTED = P11 / "submissions/accepted/two_pointers_while.py"
WRONG = P11 / "submissions/wrong_answer/move_taller_pointer.py"   # first fails case 09
BROKEN = P11 / "submissions/compile_error/missing_colon.py"
FEW = "case_01 or case_09"


@pytest.fixture
def roster(pytester):
    for person, source in (("ok", ACCEPTED), ("bad", WRONG)):
        folder = pytester.path / "roster" / person
        folder.mkdir(parents=True)
        (folder / "0011-container-with-most-water.py").write_text(source.read_text())
    return pytester.path / "roster"


def hidden_cases() -> list[str]:
    return sorted(p.stem for p in (P11 / "data" / "secret").glob("*.in"))


def test_one_item_per_submission_and_hidden_case(pytester, roster):
    result = pytester.runpytest_subprocess("--judge", "roster", "--collect-only", "-q")
    ids = [line for line in result.outlines if "::" in line]
    cases = hidden_cases()
    assert len(ids) == 2 * len(cases)
    assert "roster/ok/0011-container-with-most-water.py::case_07" in ids
    assert f"roster/bad/0011-container-with-most-water.py::case_{cases[-1][:2]}" in ids


def test_k_also_matches_the_case_description(pytester, roster):
    result = pytester.runpytest_subprocess("--judge", "roster/ok", "--collect-only", "-q",
                                           "-k", "taller-pointer")
    ids = [line.split("::")[1] for line in result.outlines if "::" in line]
    assert ids == ["case_17", "case_18"]   # 17-taller-pointer-trap, 18-taller-pointer-trap-long


def test_verdicts_and_a_failure_without_a_plugin_traceback(pytester, roster):
    result = pytester.runpytest_subprocess("--judge", "roster", "-k", FEW)
    result.assert_outcomes(passed=3, failed=1)
    out = result.stdout.str()
    result.stdout.fnmatch_lines([
        "*roster/bad/0011-container-with-most-water.py::case_09 (09-strictly-increasing)*",
        "Wrong Answer: wrong answer on case 09-strictly-increasing*",
        "  input *height = [[]1, 2, 3*",
        "  expected *36",
        "  got *",
    ])
    assert "pytest_plugin.py" not in out and "Traceback" not in out and "def runtest" not in out


def test_junitxml_carries_one_testcase_per_item(pytester, roster):
    result = pytester.runpytest_subprocess("--judge", "roster", "-k", FEW, "--junitxml=out.xml")
    result.assert_outcomes(passed=3, failed=1)
    cases = ET.parse(pytester.path / "out.xml").getroot().findall(".//testcase")
    assert sorted(c.get("name") for c in cases) == ["case_01", "case_01", "case_09", "case_09"]
    failed = [c for c in cases if c.find("failure") is not None]
    assert [(c.get("classname"), c.get("name")) for c in failed] == [
        ("roster.bad.0011-container-with-most-water", "case_09")]
    assert failed[0].find("failure").get("message").startswith("Wrong Answer")


def test_exitfirst_stops_at_the_first_failing_case(pytester, roster):
    result = pytester.runpytest_subprocess("--judge", "roster/bad", "-x")
    result.assert_outcomes(passed=8, failed=1)   # cases 01-08 pass, 09 fails, the rest wait


def test_xdist_spreads_the_items_with_the_same_outcomes(pytester, roster):
    pytest.importorskip("xdist")
    result = pytester.runpytest_subprocess("--judge", "roster", "-k", FEW, "-n", "2")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["*2 workers*"])


def test_a_compile_error_fails_each_case_with_the_error(pytester):
    (pytester.path / "0011-container-with-most-water.py").write_text(BROKEN.read_text())
    result = pytester.runpytest_subprocess("--judge", "0011-container-with-most-water.py",
                                           "-k", "case_01")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["Compile Error: SyntaxError: expected ':'*"])


def test_without_the_flag_the_plugin_loads_nothing_of_the_judge(pytester):
    pytester.makepyfile(test_plain="""
        import sys

        def test_only_the_plugin_module_is_loaded():
            assert "judge.grading.pytest_plugin" in sys.modules   # loaded through the entry point
            loaded = sorted(m for m in sys.modules if m.startswith("judge."))
            assert loaded == ["judge.grading", "judge.grading.pytest_plugin"], loaded
    """)
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(passed=1)
    assert "judge:" not in result.stdout.str()


@pytest.mark.parametrize("args", [[], ["."]])
def test_code_in_the_judged_folder_never_runs_inside_pytest(pytester, roster, args):
    marker = pytester.path / "ran-in-pytest"
    for name in ("conftest.py", "__init__.py", "test_sneaky.py"):
        (roster / "ok" / name).write_text(f"open({str(marker)!r}, 'w').close()\n"
                                          "def test_sneaky():\n    pass\n")
    pytester.makepyfile(test_mine="def test_mine():\n    pass\n")
    result = pytester.runpytest_subprocess(*args, "--judge", "roster", "-k", "case_01 or mine")
    assert not marker.exists()
    # Without paths, `pytest --judge` only grades; with paths, it also runs the tests there.
    result.assert_outcomes(passed=3 if args else 2)


def test_an_unknown_path_is_a_usage_error(pytester):
    result = pytester.runpytest_subprocess("--judge", "no/such/roster")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--judge: no/such/roster does not exist*"])


def test_a_hostile_or_linked_submission_fails_only_its_own_items(pytester, roster):
    """One submission kills its process group while loading, another is a link to the
    reference: each fails with its own verdict, the others' items keep theirs, no INTERNALERROR."""
    (roster / "zed").mkdir()
    (roster / "zed" / "0011-container-with-most-water.py").write_text(
        "import os\nos.killpg(0, 9)\n")
    (roster / "lee").mkdir()
    (roster / "lee" / "0011-container-with-most-water.py").symlink_to(P11 / "reference.py")
    result = pytester.runpytest_subprocess("--judge", "roster", "-k", "case_01")
    result.assert_outcomes(passed=2, failed=2)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    out = result.stdout.str()
    assert "INTERNALERROR" not in out and "Internal Error" not in out
    result.stdout.fnmatch_lines(["*roster/lee/0011-container-with-most-water.py::case_01*",
                                 "Refused: *symbolic link*"], consecutive=False)
