"""The commit-message check CI runs (scripts/check_commits.py), on a repository of its own."""
import subprocess

import pytest

from scripts import check_commits

GOOD = "Receipt: the unit's code beside its QR\n\nA cashier reads the code when the QR is smudged.\n"


@pytest.mark.parametrize("message, fault", [
    (GOOD, None),
    ("x" * 72 + "\n\nwhy\n", None),
    ("x" * 73 + "\n\nwhy\n", "73 characters"),
    ("收" * 73 + "\n\n为什么\n", "73 characters"),              # characters, not bytes
    ("Fix it\n", "no body"),
    ("Fix it\n\n\n  \n", "no body"),
    ("Fix it\nbecause\n", "no blank line"),
    ("\n\nonly a body\n", "no subject"),
])
def test_a_message_keeps_the_rule_or_says_what_it_lacks(message, fault):
    found = check_commits.faults(message)
    assert (found == []) if fault is None else any(fault in f for f in found), found


def _git(repo, *args):
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


def _commit(repo, message):
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty",
         "-m", message)
    return _git(repo, "rev-parse", "HEAD").strip()


@pytest.fixture
def repo(tmp_path):
    _git(tmp_path, "init", "-q")
    _commit(tmp_path, "an old subject written long before the rule began, far longer than 72 chars")
    marked = _commit(tmp_path, "Old: no body either")
    (tmp_path / ".ci").mkdir()
    (tmp_path / ".ci" / "commits-checked-after").write_text(f"# the last old commit\n{marked}\n")
    return tmp_path


def test_history_before_the_marker_is_not_judged_and_every_commit_after_it_is(repo, capsys):
    assert check_commits.main(["--repo", str(repo)]) == 0
    _commit(repo, GOOD)
    assert check_commits.main(["--repo", str(repo)]) == 0
    bad = _commit(repo, "A subject with no body")
    _commit(repo, GOOD)                          # a good commit after it does not hide it
    capsys.readouterr()
    assert check_commits.main(["--repo", str(repo)]) == 1
    err = capsys.readouterr().err
    assert bad[:12] in err and "no body" in err


def test_commits_merged_from_a_branch_are_judged_too(repo, capsys):
    _git(repo, "checkout", "-q", "-b", "side")
    bad = _commit(repo, "y" * 80 + "\n\nwhy\n")
    _git(repo, "checkout", "-q", "-")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "merge", "-q", "--no-ff", "side",
         "-m", "Merge side\n\nIt joins the side branch.")
    assert check_commits.main(["--repo", str(repo)]) == 1
    assert bad[:12] in capsys.readouterr().err


def test_a_marker_this_clone_lacks_is_said_not_passed(repo, capsys):
    (repo / ".ci" / "commits-checked-after").write_text("0123456789abcdef0123456789abcdef01234567\n")
    assert check_commits.main(["--repo", str(repo)]) == 1
    assert "not in this clone" in capsys.readouterr().err
