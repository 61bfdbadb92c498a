"""Entry point for Briefcase's test mode: `briefcase dev --test` and `briefcase run
--test` run the module tests.breachguard. Arguments after `--` go to pytest.

Briefcase reads the result from the `>>>>>>>>>> EXIT n <<<<<<<<<<` line. In a
bundle, tests/ and pyproject.toml (the pytest configuration, shipped as a test
source) sit next to the package in the app folder, which may be read-only.
"""

import os
import sys
import tempfile
from pathlib import Path

import pytest


def run(arguments: list[str]) -> int:
    tests_dir = Path(__file__).resolve().parent
    project = tests_dir.parent
    os.chdir(project)
    options = [str(tests_dir), "-q"]
    if not os.access(project, os.W_OK):
        # Installed bundle: nowhere to keep pytest's cache or Hypothesis' examples.
        options += ["-p", "no:cacheprovider"]
        os.environ.setdefault(
            "HYPOTHESIS_STORAGE_DIRECTORY", tempfile.mkdtemp(prefix="breachguard-hypothesis-")
        )
    code = int(pytest.main([*options, *arguments]))
    print(f">>>>>>>>>> EXIT {code} <<<<<<<<<<", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
