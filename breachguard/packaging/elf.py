"""The dynamic-linking facts of ELF files, read without tools: which shared
libraries a file needs (``DT_NEEDED``) and the name it answers to (``DT_SONAME``).

Only what the Debian dependency check needs. A file that starts like ELF but
cannot be read as one is an error, never guessed at.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

MAGIC = b"\x7fELF"
_SHT_DYNAMIC = 6
_DT_NULL, _DT_NEEDED, _DT_SONAME = 0, 1, 14


class ElfError(ValueError):
    """Not a readable ELF file; the message names it and says why."""


@dataclass(frozen=True)
class DynamicInfo:
    needed: tuple[str, ...]
    soname: str | None


def is_elf(path: Path) -> bool:
    """A regular file (not a symlink) that starts with the ELF magic number."""
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as stream:
        return stream.read(4) == MAGIC


def read_dynamic(path: Path) -> DynamicInfo:
    return parse_dynamic(path.read_bytes(), path.name)


def parse_dynamic(data: bytes, name: str) -> DynamicInfo:
    """DT_NEEDED and DT_SONAME of an ELF file's bytes (none for a static file);
    ``name`` is only for messages."""
    try:
        return _parse(data, name)
    except struct.error as exc:
        raise ElfError(f"{name}: truncated ELF file ({exc})") from None


def _parse(data: bytes, name: str) -> DynamicInfo:
    if data[:4] != MAGIC:
        raise ElfError(f"{name}: not an ELF file")
    bits = {1: 32, 2: 64}.get(data[4])
    order = {1: "<", 2: ">"}.get(data[5])
    if bits is None or order is None:
        raise ElfError(f"{name}: unknown ELF class or byte order")
    if bits == 64:
        shoff, shentsize, shnum = struct.unpack_from(order + "Q10xHH", data, 0x28)
        section, entry = order + "IIQQQQIIQQ", order + "qQ"
    else:
        shoff, shentsize, shnum = struct.unpack_from(order + "I10xHH", data, 0x20)
        section, entry = order + "IIIIIIIIII", order + "iI"
    if shnum == 0:
        raise ElfError(f"{name}: no section headers")
    if shentsize < struct.calcsize(section) or shoff + shnum * shentsize > len(data):
        raise ElfError(f"{name}: section headers outside the file")
    headers = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    needed: list[str] = []
    soname = None
    for _name, kind, _flags, _addr, offset, size, link, *_rest in headers:
        if kind != _SHT_DYNAMIC:
            continue
        if link >= shnum or offset + size > len(data):
            raise ElfError(f"{name}: dynamic section outside the file")
        strings_at, strings_size = headers[link][4], headers[link][5]
        strings = data[strings_at : strings_at + strings_size]
        usable = size - size % struct.calcsize(entry)
        for tag, value in struct.iter_unpack(entry, data[offset : offset + usable]):
            if tag == _DT_NULL:
                break
            if tag == _DT_NEEDED:
                needed.append(_string(strings, value, name))
            elif tag == _DT_SONAME:
                soname = _string(strings, value, name)
    return DynamicInfo(tuple(needed), soname)


def _string(table: bytes, offset: int, name: str) -> str:
    end = table.find(b"\0", offset)
    if offset >= len(table) or end < 0:
        raise ElfError(f"{name}: a name lies outside its string table")
    return table[offset:end].decode("utf-8", "strict")
