"""Entry point for `briefcase dev --test` (Briefcase runs the module tests.breachguard)."""

import os
import sys
from pathlib import Path

import pytest

if __name__ == "__main__":
    tests_dir = Path(__file__).resolve().parent
    os.chdir(tests_dir.parent)
    sys.exit(pytest.main([str(tests_dir), "-q", *sys.argv[1:]]))
