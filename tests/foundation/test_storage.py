"""Paths, atomic writes and settings: private, crash-safe, nothing lost on bad input."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from breachguard.core.atomic import atomic_write_bytes, atomic_write_json, remove_stale_temp_files
from breachguard.core.paths import AppPaths
from breachguard.core.settings import Settings


def test_home_override_puts_everything_in_one_place(tmp_path: Path) -> None:
    paths = AppPaths.from_environment({"BREACHGUARD_HOME": str(tmp_path / "x")})
    assert not (tmp_path / "x").exists()  # nothing is created until ensure()
    paths.ensure()
    for directory in (paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir):
        assert directory.is_dir() and directory.is_relative_to(tmp_path / "x")
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700


def test_platform_dirs_without_override() -> None:
    paths = AppPaths.from_environment({})
    for directory in (paths.config_dir, paths.data_dir, paths.cache_dir):
        assert directory.name == "BreachGuard"
    assert "BreachGuard" in paths.log_dir.parts


def test_atomic_write_is_private_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "file.json"
    atomic_write_json(target, {"a": 1})
    atomic_write_json(target, {"a": 2})
    assert json.loads(target.read_text()) == {"a": 2}
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["file.json"]


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "file.json"
    atomic_write_json(target, {"good": True})
    with pytest.raises(ValueError):
        atomic_write_json(target, {"bad": float("nan")})
    assert json.loads(target.read_text()) == {"good": True}
    assert list(tmp_path.glob(".*.tmp")) == []


def test_stale_temp_files_are_cleaned(tmp_path: Path) -> None:
    (tmp_path / ".settings.json.abc.tmp").write_bytes(b"half")
    atomic_write_bytes(tmp_path / "keep.json", b"{}")
    assert remove_stale_temp_files(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.json"]


def test_settings_round_trip_and_types(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    settings.set("provider_id", "demo-exchange")
    settings.set("support_mode", True)
    again = Settings(path)
    assert again.get("provider_id") == "demo-exchange"
    assert again.get("support_mode") is True
    path.write_text(json.dumps({"support_mode": "yes"}))
    assert Settings(path).get("support_mode") is False  # wrong type falls back to the default


@pytest.mark.parametrize("content", [b"{", b"[1]", b'{"a": NaN}', b"\xff\xfe{"])
def test_corrupt_settings_are_set_aside_not_lost(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings = Settings(path)
    assert settings.load_problem and "set aside" in settings.load_problem
    backups = list(tmp_path.glob("settings.json.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == content
    settings.set("language", "de")
    assert Settings(path).get("language") == "de"


def test_settings_never_world_readable(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings(path).set("language", "nb")
    assert os.stat(path).st_mode & 0o077 == 0


def test_read_json_file_caps_and_reports(tmp_path: Path) -> None:
    from breachguard.core.atomic import read_json_file
    from breachguard.core.strictjson import JsonError

    assert read_json_file(tmp_path / "missing.json", max_bytes=10) is None
    (tmp_path / "big.json").write_bytes(b"[" + b"1," * 100 + b"1]")
    with pytest.raises(JsonError, match="larger than"):
        read_json_file(tmp_path / "big.json", max_bytes=64)
    (tmp_path / "ok.json").write_bytes(b'{"a": [1]}')
    assert read_json_file(tmp_path / "ok.json", max_bytes=64) == {"a": [1]}


def test_set_aside_never_overwrites_an_earlier_backup(tmp_path: Path) -> None:
    from breachguard.core.atomic import set_aside

    path = tmp_path / "settings.json"
    path.write_bytes(b"first damage")
    first = set_aside(path)
    path.write_bytes(b"second damage")
    second = set_aside(path)
    assert first != second
    assert first.read_bytes() == b"first damage" and second.read_bytes() == b"second damage"
    assert not path.exists()


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"[" * 40 + b"]" * 40, "nesting deeper"),
        (b'{"a": "' + b"[" * 100 + b'"}', None),  # brackets inside a string don't nest
        (b'{"a": "\\"' + b"[" * 100 + b'"}', None),  # nor after an escaped quote
        (b'["\\ud800"]', "lone surrogate"),
        (b'["\\ud83d\\ude00"]', None),  # a proper surrogate pair is an emoji
    ],
)
def test_strict_json_depth_and_surrogates(raw: bytes, message: str | None) -> None:
    from breachguard.core.strictjson import JsonError, loads_strict

    if message is None:
        loads_strict(raw)
    else:
        with pytest.raises(JsonError, match=message):
            loads_strict(raw)


def test_a_folder_made_by_another_thread_mid_check_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two feeds saving at once: one thread finds the folder missing, the other makes it
    before the first looks again. That folder is ours; it must not be "not a folder"."""
    from breachguard.core import atomic

    target = tmp_path / "data" / "feeds"
    (tmp_path / "data").mkdir()
    real_is_dir = Path.is_dir
    raced = []

    def is_dir_racing(path: Path) -> bool:
        answer = real_is_dir(path)
        if path == target and not raced:
            raced.append(path)
            path.mkdir(mode=0o700)  # the other thread, just after this one looked
        return answer

    monkeypatch.setattr(Path, "is_dir", is_dir_racing)
    atomic.atomic_write_bytes(target / "feed.body", b"{}")
    assert raced and (target / "feed.body").read_bytes() == b"{}"


def test_many_threads_making_one_folder_all_succeed(tmp_path: Path) -> None:
    import threading

    from breachguard.core import atomic

    failures: list[BaseException] = []
    for round_ in range(20):
        target = tmp_path / f"round{round_}" / "data" / "feeds"
        start = threading.Barrier(8)

        def write(index: int, target: Path = target, start: threading.Barrier = start) -> None:
            start.wait()
            try:
                atomic.atomic_write_bytes(target / f"file{index}", b"x")
            except BaseException as exc:  # collected: a worker's exception is lost otherwise
                failures.append(exc)

        threads = [threading.Thread(target=write, args=(i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == []
