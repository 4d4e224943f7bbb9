"""Problem packages: finding them, and clear errors when one is broken."""

import shutil

import pytest

from judge import api
from judge.errors import ProblemError, UsageError
from judge.engine.problems import load

from conftest import PROBLEMS

P11 = PROBLEMS / "0011-container-with-most-water"


@pytest.mark.parametrize("query", ["11", "0011", "container-with-most-water",
                                   "0011-container-with-most-water", " 11 "])
def test_find_by_id_or_slug(query):
    assert api.find_problem(query).id == 11


def test_unknown_problem_lists_the_known_ones():
    with pytest.raises(UsageError, match="no problem '1'.*0011-container"):
        api.find_problem("1")


@pytest.fixture
def package(tmp_path):
    """A copy of problem 11's problem.toml in a folder of its own, to break."""
    folder = tmp_path / "problems" / P11.name
    folder.mkdir(parents=True)
    shutil.copy(P11 / "problem.toml", folder / "problem.toml")
    return folder


@pytest.mark.parametrize("old, new, message", [
    ('slug = "container-with-most-water"\n', "", "field `slug` is missing"),
    ("id = 11", 'id = "11"', "field `id` must be int"),
    ('returns = "int"', 'returns = "integer"', "`entry.returns` 'integer' is not a known type"),
    ('type = "list[int]"', 'type = "list[int"', "`entry.params[0].type`"),
    ('method = "maxArea"', "", "field `entry.method` is missing"),
    ('difficulty = "medium"', 'difficulty = "tricky"', "`difficulty` must be one of"),
    ('compare = "exact"', 'compare = "fuzzy"', "`judge.compare` 'fuzzy'"),
    ("memory_mb = 256", "memory_mb = true", "field `judge.memory_mb` must be int"),
    ("[entry]", "[entry", "not valid TOML"),
])
def test_a_broken_problem_toml_names_the_file_and_field(package, old, new, message):
    toml = package / "problem.toml"
    text = toml.read_text()
    assert old in text
    toml.write_text(text.replace(old, new, 1))
    with pytest.raises(ProblemError) as caught:
        load(package)
    assert str(toml) in str(caught.value)
    assert message in str(caught.value)


def test_folder_name_must_match_id_and_slug(package):
    renamed = package.rename(package.parent / "0012-container")
    with pytest.raises(ProblemError, match="should be named 0011-container-with-most-water"):
        load(renamed)


def test_missing_data_says_how_to_build_it(package):
    problem = load(package)
    with pytest.raises(ProblemError, match="judge build 11"):
        problem.cases("secret")


def test_broken_package_through_the_cli_is_one_line_exit_2(cli, package):
    (package / "problem.toml").write_text("id = 11\n")
    code, out, err = cli("run", "11", "--problems", package.parent)
    assert code == 2
    assert err.startswith("judge: ") and "problem.toml" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_the_solution_is_found_by_id_or_slug_prefix(cli, tmp_path):
    solutions = tmp_path / "solutions"
    solutions.mkdir()
    source = (P11 / "submissions/accepted/two_pointers_while.py").read_text()
    (solutions / "11_my_try.py").write_text(source)
    (solutions / "110-other.py").write_text("raise SystemExit")   # 110 is not 11
    code, out, err = cli("run", "11", "--format", "json", cwd=tmp_path)
    assert code == 0, err
    (solutions / "container-with-most-water-v2.py").write_text(source)
    code, out, err = cli("run", "11", cwd=tmp_path)
    assert code == 2 and "several solutions" in err and "--solution" in err


def test_no_solution_says_where_to_write_it(cli, tmp_path):
    (tmp_path / "solutions").mkdir()
    code, out, err = cli("run", "239", cwd=tmp_path)
    assert code == 2
    assert "0239-sliding-window-maximum.py" in err
