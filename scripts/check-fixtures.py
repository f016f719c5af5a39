#!/usr/bin/env python3
"""Checks tests/fixtures/content/articles against tests/fixtures/expected.json
with `cargo xtask validate` (the same gloss-core code the app runs):

- every `valid` fixture passes validation (with a generated index);
- every other fixture yields exactly the expected problems, nothing more.

The e2e tests then check that the app shows those same messages.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
ARTICLES = os.path.join(FIXTURES, "content", "articles")


def xtask(*args):
    return subprocess.run(
        ["cargo", "xtask", *args], cwd=ROOT, capture_output=True, text=True
    )


def main():
    with open(os.path.join(FIXTURES, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    files = sorted(n[:-5] for n in os.listdir(ARTICLES) if n.endswith(".json"))
    listed = set(expected["valid"]) | set(expected["problems"])
    failures = []
    for name in sorted(set(files) ^ listed):
        failures.append(f"{name}: in expected.json or articles/ but not both")

    for name in files:
        if name not in listed:
            continue
        with tempfile.TemporaryDirectory(prefix="gloss-fixture-") as tmp:
            os.mkdir(os.path.join(tmp, "articles"))
            shutil.copy(os.path.join(ARTICLES, name + ".json"), os.path.join(tmp, "articles"))
            if name in expected["valid"]:
                r = xtask("index", tmp)
                if r.returncode == 0:
                    r = xtask("validate", tmp)
                ok = r.returncode == 0
                print(f"  {'ok  ' if ok else 'FAIL'} {name}: valid")
                if not ok:
                    failures.append(f"{name}: expected valid, got:\n{r.stdout}{r.stderr}")
                continue
            with open(os.path.join(tmp, "index.json"), "w") as f:
                f.write('{"format": 1, "articles": []}\n')
            r = xtask("validate", tmp)
            prefix = os.path.join(tmp, "articles", name + ".json") + ": "
            got = [l[len(prefix):] for l in r.stdout.splitlines() if l.startswith(prefix)]
            want = expected["problems"][name]
            ok = r.returncode != 0 and got == want
            print(f"  {'ok  ' if ok else 'FAIL'} {name}: {' | '.join(want)}")
            if not ok:
                failures.append(
                    f"{name}: expected problems {want}, got {got} (exit {r.returncode})\n{r.stdout}{r.stderr}"
                )

    checked = len(listed)
    if failures:
        print("\n".join(failures), file=sys.stderr)
        print(f"fixtures: {checked - len(failures)} passed, {len(failures)} failed")
        sys.exit(1)
    print(f"fixtures: {checked} passed, 0 failed")


if __name__ == "__main__":
    main()
