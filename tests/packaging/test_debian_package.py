"""The Debian package's declarations: Depends covers every system library the
shipped files link, and finishing a .deb adds Installed-Size without touching
its contents (tried on small packages built here with dpkg-deb)."""

from __future__ import annotations

import importlib.util
import marshal
import math
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from breachguard.packaging.__main__ import finish_packages
from breachguard.packaging.bytecode import add_bytecode
from breachguard.packaging.deb import (
    ArMember,
    DebError,
    DependsIncomplete,
    finish,
    newest_debs,
    read_ar,
    read_control,
    write_ar,
)
from breachguard.packaging.elf import ElfError, parse_dynamic, read_dynamic
from breachguard.packaging.shlibs import (
    external_needs,
    linker_cache,
    missing_from_depends,
    parse_depends,
    resolve,
)
from breachguard.qt.display_check import debian_package
from tests.packaging.linux_template import PYPROJECT, ROOT, render, shipped_elf_files

NEEDS_DPKG = pytest.mark.skipif(
    shutil.which("dpkg-deb") is None or shutil.which("dpkg-query") is None,
    reason="not a Debian system (no dpkg-deb / dpkg-query)",
)


def runtime_requires() -> list[str]:
    linux = tomllib.loads(PYPROJECT.read_text())["tool"]["briefcase"]["app"]["breachguard"]
    return list(linux["linux"]["system"]["debian"]["system_runtime_requires"])


def briefcase_depends(python_tag: str = "3.11") -> str:
    """Depends as Briefcase writes it: libc6 and libpython first."""
    return ", ".join(["libc6 (>=2.36)", f"libpython{python_tag}", *runtime_requires()])


@pytest.fixture(scope="module")
def shipped_needs(tmp_path_factory: pytest.TempPathFactory) -> list:  # type: ignore[type-arg]
    """The system libraries the package's files need, with their packages here."""
    if shutil.which("dpkg-query") is None:
        pytest.skip("not a Debian system (no dpkg-query)")
    bundle = render(tmp_path_factory.mktemp("bundle"))
    return resolve(external_needs(shipped_elf_files(bundle).items()))


def test_depends_names_exactly_the_packages_the_shipped_files_link(shipped_needs: list) -> None:  # type: ignore[type-arg]
    assert not missing_from_depends(shipped_needs, briefcase_depends())
    needed = {need.package for need in shipped_needs} - {"libc6"}
    listed = set(runtime_requires())
    assert listed - needed == set(), "listed in Depends but linked by no shipped file"
    # The libraries the issue named: glib (Qt6Core) and GSSAPI (Qt6Network).
    assert {"libglib2.0-0", "libgssapi-krb5-2", "libxcb-cursor0", "libegl1"} <= needed


def test_the_readme_apt_line_installs_every_runtime_library() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = [line for line in readme.splitlines() if line.startswith("sudo apt-get install ")]
    packages = set(lines[0].split()[3:])
    assert "python3-venv" in packages
    assert set(runtime_requires()) <= packages


def test_debian_package_names_of_qt_libraries(shipped_needs: list) -> None:  # type: ignore[type-arg]
    """The names the display check suggests are the packages dpkg knows here."""
    for need in shipped_needs:
        if need.package and not need.soname.startswith("ld-linux"):
            assert debian_package(need.soname) == need.package, need.soname


def test_parse_depends_reads_versions_alternatives_and_architectures() -> None:
    groups = parse_depends("libc6 (>= 2.36), libfoo1:amd64 | libbar2 [amd64], zlib1g")
    assert groups == [
        frozenset({"libc6"}),
        frozenset({"libfoo1", "libbar2"}),
        frozenset({"zlib1g"}),
    ]


# -- ELF ------------------------------------------------------------------------------------


def system_library(soname: str) -> Path:
    paths = linker_cache().get(soname)
    if not paths:
        pytest.skip(f"{soname} is not installed here")
    return paths[0].resolve()


def test_elf_reader_agrees_with_readelf() -> None:
    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf is not installed (binutils)")
    library = system_library("libxcb-cursor.so.0")
    done = subprocess.run(
        [readelf, "-d", str(library)], capture_output=True, text=True, timeout=30, check=True
    )
    info = read_dynamic(library)
    assert list(info.needed) == re.findall(r"\(NEEDED\)\s+Shared library: \[(.*?)\]", done.stdout)
    assert info.soname == "libxcb-cursor.so.0"


def test_damaged_elf_files_are_refused() -> None:
    data = system_library("libxcb-cursor.so.0").read_bytes()
    with pytest.raises(ElfError, match="section headers outside the file"):
        parse_dynamic(data[:200], "cut.so")
    with pytest.raises(ElfError, match="unknown ELF class"):
        parse_dynamic(data[:4] + b"\x07" + data[5:], "odd.so")
    with pytest.raises(ElfError, match="not an ELF file"):
        parse_dynamic(b"#!/bin/sh\n" * 10, "script")


def test_libraries_shipped_together_are_not_external() -> None:
    cursor = system_library("libxcb-cursor.so.0")
    render_util = system_library("libxcb-render-util.so.0")
    needs = external_needs(
        [("a/libxcb-cursor.so.0", cursor.read_bytes()), ("b/x.so", render_util.read_bytes())]
    )
    assert "libxcb-render-util.so.0" not in needs  # b/x.so answers to that soname
    assert needs["libxcb.so.1"] == ("a/libxcb-cursor.so.0", "b/x.so")


# -- finishing a .deb ---------------------------------------------------------------------


def build_deb(folder: Path, files: dict[str, bytes], depends: str) -> Path:
    tree = folder / "tree"
    (tree / "DEBIAN").mkdir(parents=True)
    (tree / "DEBIAN").chmod(0o755)
    for name, content in files.items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_bytes(content)
    (tree / "usr/lib/sample/link").symlink_to("data.bin")
    (tree / "DEBIAN" / "control").write_text(
        "Package: sample\nVersion: 1.0\nArchitecture: amd64\n"
        "Maintainer: Sample <sample@example.invalid>\nDescription: a sample\n"
        f" over two lines\nDepends: {depends}\nSection: utils\nPriority: optional\n",
        encoding="utf-8",
    )
    subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", str(tree), str(folder / "sample.deb")],
        capture_output=True,
        timeout=120,
        check=True,
    )
    return folder / "sample.deb"


def dpkg_field(deb: Path, field: str) -> str:
    done = subprocess.run(
        ["dpkg-deb", "--field", str(deb), field],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


@NEEDS_DPKG
def test_finishing_adds_installed_size_and_keeps_the_contents(tmp_path: Path) -> None:
    library = system_library("libxcb-cursor.so.0")
    files = {
        "usr/lib/sample/libxcb-cursor.so.0": library.read_bytes(),
        "usr/lib/sample/data.bin": bytes(range(256)) * 20,  # 5120 bytes: exactly 5 KiB
        "usr/share/doc/sample/copyright": b"x",
    }
    deb = build_deb(
        tmp_path,
        files,
        "libc6 (>= 2.36), libxcb1, libxcb-render0, libxcb-render-util0, libxcb-image0",
    )
    before = read_ar(deb.read_bytes())
    done = finish(deb)
    # Files in whole KiB rounded up, the symlink 1, each of the 7 folders ("./" included) 1.
    expected = math.ceil(len(files["usr/lib/sample/libxcb-cursor.so.0"]) / 1024) + 5 + 1 + 1 + 7
    assert done.installed_size == expected
    assert dpkg_field(deb, "Installed-Size") == str(expected)
    assert dpkg_field(deb, "Description").splitlines() == ["a sample", " over two lines"]
    assert read_control(deb)["Depends"].startswith("libc6 (>= 2.36), libxcb1")
    after = read_ar(deb.read_bytes())
    assert [m.name for m in after] == [m.name for m in before]
    assert after[2].data == before[2].data  # data.tar.* byte for byte
    extracted = tmp_path / "extracted"
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(extracted)], timeout=60, check=True)
    for name, content in files.items():
        assert (extracted / name).read_bytes() == content
    assert {need.package for need in done.needs} >= {"libc6", "libxcb1"}
    # Finishing again replaces the field instead of adding a second one.
    finish(deb)
    assert read_control(deb)["Installed-Size"] == str(expected)


@NEEDS_DPKG
def test_a_package_missing_a_library_package_is_refused_unchanged(tmp_path: Path) -> None:
    library = system_library("libxcb-cursor.so.0")
    deb = build_deb(
        tmp_path,
        {
            "usr/lib/sample/libxcb-cursor.so.0": library.read_bytes(),
            "usr/lib/sample/data.bin": b"1",
        },
        "libc6",
    )
    original = deb.read_bytes()
    with pytest.raises(DependsIncomplete) as refused:
        finish(deb)
    assert any(
        problem.startswith(
            "libxcb1 is not in Depends, but libxcb.so.1 from it is needed by "
            "usr/lib/sample/libxcb-cursor.so.0"
        )
        for problem in refused.value.problems
    ), refused.value.problems
    assert deb.read_bytes() == original


def ar_member(name: str, data: bytes) -> ArMember:
    """A member with an ordinary ar header (write_ar fills in the size)."""
    header = name.encode().ljust(16) + b"0".ljust(12) + b"0".ljust(6) * 2 + b"100644".ljust(8)
    return ArMember(name, header + b"0".ljust(10) + b"`\n", data)


@NEEDS_DPKG
def test_the_packaging_command_finishes_new_packages_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = system_library("libxcb-cursor.so.0")
    files = {
        "usr/lib/sample/libxcb-cursor.so.0": library.read_bytes(),
        "usr/lib/sample/data.bin": b"1",
    }
    good = build_deb(tmp_path / "good", files, briefcase_depends())
    assert newest_debs(good.parent, since=time.time() + 3600) == []  # written before "since"
    assert newest_debs(good.parent, since=time.time() - 60) == [good]
    assert finish_packages([good]) == 0
    out = capsys.readouterr().out
    assert f"# {good}: " in out and "Installed-Size " in out
    bad = build_deb(tmp_path / "bad", files, "libc6")
    assert finish_packages([bad]) == 1
    err = capsys.readouterr().err
    assert err.startswith("breachguard.packaging: sample.deb: Depends is incomplete:")
    assert "Installed-Size" not in read_control(bad)


@NEEDS_DPKG
def test_signed_and_foreign_files_are_refused(tmp_path: Path) -> None:
    deb = build_deb(tmp_path, {"usr/lib/sample/data.bin": b"1"}, "libc6")
    members = read_ar(deb.read_bytes())
    deb.write_bytes(write_ar([*members, ar_member("_gpgorigin", b"signature")]))
    with pytest.raises(DebError, match="signed"):
        finish(deb)
    deb.write_bytes(b"PK\x03\x04 not a deb")
    with pytest.raises(DebError, match="not an ar archive"):
        finish(deb)


def test_ar_round_trip_and_unsupported_compression(tmp_path: Path) -> None:
    members = [
        ar_member("debian-binary", b"2.0\n"),
        ar_member("control.tar.zst", b"odd"),  # odd length: padded to even
        ar_member("data.tar.zst", b"payload"),
    ]
    blob = write_ar(members)
    assert [(m.name, m.data) for m in read_ar(blob)] == [(m.name, m.data) for m in members]
    deb = tmp_path / "zstd.deb"
    deb.write_bytes(blob)
    with pytest.raises(DebError, match=r"compression \.zst is not supported"):
        read_control(deb)
    deb.write_bytes(blob[:-3])
    with pytest.raises(DebError, match="runs past the end"):
        read_control(deb)


# -- bytecode in the package ---------------------------------------------------------------


@NEEDS_DPKG
def test_the_package_gets_bytecode_that_runs_without_its_sources_times(tmp_path: Path) -> None:
    source = b"def where():\n    raise RuntimeError('from the package')\n"
    files = {
        "usr/lib/sample/app/sample_mod.py": source,
        "usr/lib/sample/app/broken.py": b"def nope(:\n",  # another Python's syntax
        "usr/lib/sample/data.bin": b"1",
        "usr/share/doc/sample/copyright": b"x",
    }
    deb = build_deb(tmp_path, files, "libc6")
    compiled = add_bytecode(deb)
    assert compiled.folders == ("/usr/lib/sample",)
    assert (compiled.files, compiled.refused) == (1, 1)
    assert read_control(deb)["Package"] == "sample"  # the control file came along
    extracted = tmp_path / "extracted"
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(extracted)], timeout=60, check=True)
    for name, content in files.items():
        assert (extracted / name).read_bytes() == content
    tag = sys.implementation.cache_tag
    pyc = extracted / f"usr/lib/sample/app/__pycache__/sample_mod.{tag}.pyc"
    header = pyc.read_bytes()[:16]
    assert header[:4] == importlib.util.MAGIC_NUMBER
    assert int.from_bytes(header[4:8], "little") == 0b01  # hash-based, not checked
    # Tracebacks name the installed file, not the folder it was compiled in.
    code = marshal.loads(pyc.read_bytes()[16:])
    assert code.co_filename == "/usr/lib/sample/app/sample_mod.py"
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert all(line.split()[1] == "root/root" for line in listing.splitlines())


@NEEDS_DPKG
def test_the_packaging_command_adds_bytecode_before_finishing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {"usr/lib/sample/app/sample_mod.py": b"X = 1\n"}
    deb = build_deb(tmp_path, files, briefcase_depends())
    assert finish_packages([deb]) == 0
    out = capsys.readouterr().out
    assert "# sample.deb: 1 compiled modules under /usr/lib/sample" in out
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert f"sample_mod.{sys.implementation.cache_tag}.pyc" in listing
