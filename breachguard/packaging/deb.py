"""Finishing the ``.deb`` Briefcase builds: the ``Installed-Size`` field it does
not write, after checking that ``Depends`` names every system library the shipped
files link.

A .deb is an ar archive holding ``debian-binary``, ``control.tar.*`` and
``data.tar.*``. Only the small control member is rewritten; the large compressed
data member is kept byte for byte, so nothing is recompressed.
"""

from __future__ import annotations

import gzip
import io
import lzma
import math
import os
import tarfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from breachguard.core.atomic import atomic_write_bytes
from breachguard.packaging.elf import MAGIC
from breachguard.packaging.shlibs import LibraryNeed, external_needs, missing_from_depends, resolve

_AR_MAGIC = b"!<arch>\n"
_AR_HEADER = 60


class DebError(ValueError):
    """The file is not a .deb this module can finish; the message says why."""


@dataclass(frozen=True)
class ArMember:
    name: str
    header: bytes  # the original 60-byte header, reused for unchanged members
    data: bytes


@dataclass(frozen=True)
class FinishedDeb:
    path: Path
    size: int  # bytes
    installed_size: int  # KiB, as written to the control file
    needs: tuple[LibraryNeed, ...]


def read_ar(blob: bytes) -> list[ArMember]:
    if not blob.startswith(_AR_MAGIC):
        raise DebError("not an ar archive (a .deb starts with !<arch>)")
    members = []
    at = len(_AR_MAGIC)
    while at < len(blob):
        header = blob[at : at + _AR_HEADER]
        if len(header) != _AR_HEADER or header[58:60] != b"`\n":
            raise DebError(f"damaged ar member header at byte {at}")
        try:
            size = int(header[48:58].decode("ascii"))
        except ValueError:
            raise DebError(f"damaged ar member size at byte {at}") from None
        name = header[:16].decode("ascii").rstrip().removesuffix("/")
        start = at + _AR_HEADER
        if start + size > len(blob):
            raise DebError(f"ar member {name} runs past the end of the file")
        members.append(ArMember(name, header, blob[start : start + size]))
        at = start + size + size % 2
    return members


def write_ar(members: list[ArMember]) -> bytes:
    out = bytearray(_AR_MAGIC)
    for member in members:
        size = str(len(member.data)).encode("ascii")
        if len(size) > 10:
            raise DebError(f"ar member {member.name} is too large")
        out += member.header[:48] + size.ljust(10) + b"`\n" + member.data
        if len(member.data) % 2:
            out += b"\n"
    return bytes(out)


def _codec(name: str) -> tuple[Callable[[bytes], bytes], Callable[[bytes], bytes]]:
    """(decompress, compress) for a control.tar / data.tar member name."""
    suffix = name.rpartition(".tar")[2]
    if suffix == "":
        return (lambda data: data), (lambda data: data)
    if suffix == ".gz":
        return gzip.decompress, lambda data: gzip.compress(data, compresslevel=9, mtime=0)
    if suffix == ".xz":
        return lzma.decompress, lambda data: lzma.compress(data, format=lzma.FORMAT_XZ)
    raise DebError(f"{name}: compression {suffix} is not supported here (use xz or gzip)")


def _member(members: list[ArMember], prefix: str) -> ArMember:
    found = [m for m in members if m.name.startswith(prefix)]
    if len(found) != 1:
        raise DebError(f"expected one {prefix}* member, found {len(found)}")
    return found[0]


def _check_layout(members: list[ArMember]) -> None:
    names = [m.name for m in members]
    if not names or names[0] != "debian-binary" or not members[0].data.startswith(b"2."):
        raise DebError("not a Debian binary package (debian-binary 2.x must come first)")
    if any(name.startswith("_gpg") for name in names):
        raise DebError(
            "the package is signed, and adding a field would break the signature; build it "
            "with --adhoc-sign and sign the finished file (debsigs --sign=origin)"
        )


def installed_size(entries: Iterator[tarfile.TarInfo]) -> int:
    """Installed-Size in KiB as dpkg-gencontrol computes it: each file and symlink
    rounded up to whole KiB, hard links counted once, 1 KiB for anything else."""
    total = 0
    for entry in entries:
        if entry.isfile():
            total += math.ceil(entry.size / 1024)
        elif entry.issym():
            total += math.ceil(len(entry.linkname.encode()) / 1024)
        elif not entry.islnk():
            total += 1
    return total


def _scan_data(member: ArMember) -> tuple[int, dict[str, bytes]]:
    """(Installed-Size, the ELF files by their path in the package)."""
    decompress = _codec(member.name)[0]
    elf_files: dict[str, bytes] = {}
    entries: list[tarfile.TarInfo] = []
    with tarfile.open(fileobj=io.BytesIO(decompress(member.data)), mode="r:") as tar:
        for entry in tar:
            entries.append(entry)
            if entry.isfile() and entry.size >= len(MAGIC):
                stream = tar.extractfile(entry)
                assert stream is not None  # a regular file always has content
                content = stream.read()
                if content.startswith(MAGIC):
                    elf_files[entry.name.removeprefix("./")] = content
    return installed_size(iter(entries)), elf_files


def control_fields(text: str) -> dict[str, str]:
    """A control paragraph as field → value (continuation lines kept, newline-joined)."""
    fields: dict[str, str] = {}
    last = None
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and last is not None:
            fields[last] += "\n" + line
        elif ":" in line:
            last, _, value = line.partition(":")
            fields[last] = value.strip()
        elif line.strip():
            raise DebError(f"not a control file line: {line!r}")
    return fields


def set_field(text: str, name: str, value: str, after: str) -> str:
    """The control text with ``name: value`` replaced, or added after field ``after``."""
    lines = [line for line in text.splitlines() if not line.startswith(f"{name}:")]
    at = next((i for i, line in enumerate(lines) if line.startswith(f"{after}:")), None)
    if at is None:
        raise DebError(f"the control file has no {after} field")
    at += 1
    while at < len(lines) and lines[at][:1] in (" ", "\t"):
        at += 1
    lines.insert(at, f"{name}: {value}")
    return "\n".join(lines) + "\n"


def _read_control(member: ArMember) -> tuple[list[tuple[tarfile.TarInfo, bytes]], str]:
    decompress = _codec(member.name)[0]
    entries = []
    control = None
    with tarfile.open(fileobj=io.BytesIO(decompress(member.data)), mode="r:") as tar:
        for entry in tar:
            stream = tar.extractfile(entry) if entry.isfile() else None
            content = stream.read() if stream is not None else b""
            entries.append((entry, content))
            if entry.name in ("./control", "control"):
                control = content.decode("utf-8")
    if control is None:
        raise DebError(f"{member.name} holds no control file")
    return entries, control


def _write_control(
    member: ArMember, entries: list[tuple[tarfile.TarInfo, bytes]], control: str
) -> ArMember:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:", format=tarfile.GNU_FORMAT) as tar:
        for entry, content in entries:
            if entry.name in ("./control", "control"):
                content = control.encode("utf-8")
                entry.size = len(content)
            tar.addfile(entry, io.BytesIO(content) if entry.isfile() else None)
    return ArMember(member.name, member.header, _codec(member.name)[1](buffer.getvalue()))


def read_control(deb: Path) -> dict[str, str]:
    members = read_ar(deb.read_bytes())
    _check_layout(members)
    return control_fields(_read_control(_member(members, "control.tar"))[1])


class DependsIncomplete(DebError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("Depends is incomplete:\n  " + "\n  ".join(problems))
        self.problems = problems


def finish(deb: Path) -> FinishedDeb:
    """Check Depends against the shipped ELF files, then write Installed-Size.

    Raises DependsIncomplete (leaving the file as it was) when a needed system
    library's package is not declared.
    """
    members = read_ar(deb.read_bytes())
    _check_layout(members)
    control_member = _member(members, "control.tar")
    entries, control = _read_control(control_member)
    size_kib, elf_files = _scan_data(_member(members, "data.tar"))
    needs = resolve(external_needs(elf_files.items()))
    problems = missing_from_depends(needs, control_fields(control).get("Depends", ""))
    if problems:
        raise DependsIncomplete(problems)
    control = set_field(control, "Installed-Size", str(size_kib), after="Maintainer")
    rebuilt = [_write_control(m, entries, control) if m is control_member else m for m in members]
    blob = write_ar(rebuilt)
    atomic_write_bytes(deb, blob, mode=0o644)
    return FinishedDeb(deb, len(blob), size_kib, tuple(needs))


def newest_debs(folder: Path, since: float) -> list[Path]:
    """The .deb files in ``folder`` written at or after ``since`` (a time.time())."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.glob("*.deb") if os.stat(path).st_mtime >= since - 1)
