"""Checks the messages of the commits made since the rule began: a subject of at most 72
characters, a blank line, then a body that says why (merges too: a merge says what it joined).

Which commits are new: those reachable from HEAD and not from the commit named in
.ci/commits-checked-after. That file is part of the repository, so a fresh clone knows it without
tags, dates or a network; the history before it (written before the rule) is never re-judged, and
each commit after it is judged on every run, on any branch, whatever order the merges landed in.
Move the marker only to forgive history that has already landed, in a commit that says why.

Usage: python scripts/check_commits.py [--repo PATH] [--since COMMIT]   (exit 1 names each fault)
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

SUBJECT_MAX = 72
MARKER = Path(".ci") / "commits-checked-after"


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                          encoding="utf-8")
    if done.returncode:
        raise RuntimeError(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


def marker(repo: Path) -> str:
    """The last commit before the rule: the first line of the marker file that is not a comment."""
    for line in (repo / MARKER).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            return line
    raise RuntimeError(f"{MARKER} names no commit")


def faults(message: str) -> list[str]:
    """What is wrong with one commit message (empty when it keeps the rule)."""
    lines = message.rstrip("\n").split("\n")
    subject = lines[0].strip()
    found = []
    if not subject:
        found.append("no subject")
    elif len(lines[0]) > SUBJECT_MAX:
        found.append(f"subject is {len(lines[0])} characters (at most {SUBJECT_MAX})")
    if len(lines) > 1 and lines[1].strip():
        found.append("no blank line after the subject")
    if not any(line.strip() for line in lines[1:]):
        found.append("no body saying why")
    return found


def new_commits(repo: Path, since: str) -> list[tuple[str, str]]:
    """(hash, message) of each commit on HEAD that `since` does not reach, newest first."""
    def known() -> bool:
        return not subprocess.run(["git", "-C", str(repo), "cat-file", "-e", f"{since}^{{commit}}"],
                                  capture_output=True).returncode
    span = f"{since}..HEAD"
    if not known():
        shallow = _git(repo, "rev-parse", "--is-shallow-repository").strip() == "true"
        if not shallow:
            raise RuntimeError(f"the commit {since} of {MARKER} is not in this clone")
        # A shallow clone (CI may make one): its history fetched if the origin answers; else only
        # the newest commit can be judged, and that is said.
        subprocess.run(["git", "-C", str(repo), "fetch", "-q", "--unshallow"], capture_output=True, timeout=120)
        if not known():
            print(f"check_commits: a shallow clone without {since[:12]}: only HEAD is judged", file=sys.stderr)
            span = "-1"
    out = _git(repo, "log", "-z", "--format=%H%n%B", span, *(["HEAD"] if span == "-1" else []))
    commits = []
    for record in filter(None, out.split("\0")):
        commit, _, message = record.lstrip("\n").partition("\n")
        commits.append((commit, message))
    return commits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--since", help="the last commit not checked (default: the marker file's)")
    args = parser.parse_args(argv)
    try:
        since = args.since or marker(args.repo)
        commits = new_commits(args.repo, since)
    except (OSError, RuntimeError) as exc:
        print(f"check_commits: {exc}", file=sys.stderr)
        return 1
    bad = 0
    for commit, message in commits:
        for fault in faults(message):
            bad += 1
            print(f"{commit[:12]} {message.partition(chr(10))[0][:60]!r}: {fault}", file=sys.stderr)
    if bad:
        print(f"{bad} fault(s) in {len(commits)} new commit(s): a subject of at most {SUBJECT_MAX} "
              "characters, a blank line, a body that says why (git commit --amend / rebase -i)",
              file=sys.stderr)
        return 1
    print(f"{len(commits)} commit(s) since {since[:12]}: every message keeps the rule")
    return 0


if __name__ == "__main__":
    sys.exit(main())
