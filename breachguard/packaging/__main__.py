"""``python -m breachguard.packaging [--brand FILE] [--staging DIR] [--dry-run] BRIEFCASE_ARGS...``

Runs Briefcase on a copy of the project with a white-label brand applied, e.g.
``python -m breachguard.packaging --brand exchange.toml create linux system``.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from breachguard.packaging.brand import BrandError, load_brand
from breachguard.packaging.bytecode import BytecodeError, add_bytecode
from breachguard.packaging.deb import DebError, finish, newest_debs
from breachguard.packaging.elf import ElfError
from breachguard.packaging.shlibs import LibraryLookupError
from breachguard.packaging.stage import (
    StagingError,
    briefcase_command,
    default_staging_dir,
    stage,
)


def project_root() -> Path:
    """The checkout this module belongs to (packaging runs from source, not installs)."""
    root = Path(__file__).resolve().parents[2]
    if not (root / "pyproject.toml").is_file():
        raise StagingError(f"no pyproject.toml in {root}: run this from a BreachGuard checkout")
    return root


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m breachguard.packaging",
        description="Run a Briefcase command for a white-label BreachGuard build.",
    )
    parser.add_argument(
        "--brand",
        type=Path,
        help="brand file (default: briefcase.toml in the project)",
    )
    parser.add_argument(
        "--staging",
        type=Path,
        help="where the branded copy goes (default: build/brand/<bundle>.breachguard)",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="check the brand and print the Briefcase command without running it",
    )
    parser.add_argument("briefcase_args", nargs=argparse.REMAINDER, metavar="BRIEFCASE_ARGS")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.briefcase_args:
        print(
            "breachguard.packaging: name a Briefcase command, e.g. 'create linux system'",
            file=sys.stderr,
        )
        return 2
    try:
        root = project_root()
        brand = load_brand(args.brand or root / "briefcase.toml")
        staging = args.staging or default_staging_dir(root, brand)
        if args.dry_run:
            overrides = brand.overrides()
            command = briefcase_command("python", list(args.briefcase_args), overrides)
            print(
                f"# would copy {root} to {staging} with the brand's icons and "
                f"{len(brand.bundled)} bundled profile(s)"
            )
            print(f"cd {shlex.quote(str(staging))} && {shlex.join(command)}")
            return 0
        staged = stage(brand, root, staging)
    except (BrandError, StagingError) as exc:
        print(f"breachguard.packaging: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(
            f"breachguard.packaging: cannot prepare the staging folder: {exc.strerror} "
            f"({exc.filename})",
            file=sys.stderr,
        )
        return 2
    command = briefcase_command(sys.executable, list(args.briefcase_args), staged.overrides)
    print(f"# in {staged.root}: {shlex.join(command)}", flush=True)
    started = time.time()
    # The builder's own Briefcase arguments, run on their behalf.
    code = subprocess.run(command, cwd=staged.root, check=False).returncode  # noqa: S603
    if code != 0 or args.briefcase_args[0] != "package":
        return code
    return finish_packages(newest_debs(staged.root / "dist", started))


def finish_packages(debs: list[Path]) -> int:
    """Check and complete each Debian package Briefcase just wrote (see deb.py)."""
    for deb in debs:
        try:
            compiled = add_bytecode(deb)
            done = finish(deb)
        except (BytecodeError, DebError, ElfError, LibraryLookupError, OSError) as exc:
            print(f"breachguard.packaging: {deb.name}: {exc}", file=sys.stderr)
            return 1
        print(
            f"# {deb.name}: {compiled.files} compiled modules under "
            f"{', '.join(compiled.folders) or 'no app folder'}"
            + (
                f" ({compiled.refused} files this Python cannot compile)"
                if compiled.refused
                else ""
            )
        )
        print(
            f"# {deb}: {done.size / 2**20:.1f} MiB, Installed-Size {done.installed_size} KiB "
            f"({done.installed_size / 1024:.1f} MiB); Depends covers the "
            f"{len(done.needs)} system libraries its files link"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
