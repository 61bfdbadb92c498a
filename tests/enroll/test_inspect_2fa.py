"""``breachguard inspect-2fa`` run as support staff would: a separate process."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
import segno

from tests.support.terminal import Terminal

SECRET_160 = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
SECRET_80 = "GEZDGNBVGY3TQOJQ"
GOOD_URI = (
    f"otpauth://totp/Demo%20Exchange:ola.nordmann@gmail.com?secret={SECRET_160}"
    "&issuer=Demo%20Exchange&algorithm=SHA1&digits=6&period=30"
)
LOOKALIKE_URI = (
    f"otpauth://totp/Dem0%20Exchange:ola.nordmann@gmail.com?secret={SECRET_160}"
    "&issuer=Dem0%20Exchange"
)
WEAK_URI = f"otpauth://totp/Demo%20Exchange:ola.nordmann@gmail.com?secret={SECRET_80}&issuer=Demo%20Exchange"
EXAMPLE = Path(__file__).resolve().parents[2] / "resources/profiles/example-exchange.json"
RUNNER = "import sys; from breachguard.inspect_2fa import run; sys.exit(run(sys.argv[1:]))"


def inspect(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Runs ``inspect-2fa`` in its own process; a link goes in on standard input
    (``-``), as support staff are told to, unless a test passes it as an argument."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BREACHGUARD_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-c", RUNNER, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


def inspect_link(home: Path, link: str, *args: str) -> subprocess.CompletedProcess[str]:
    return inspect(home, "-", *args, stdin=link + "\n")


def blank_png(side: int) -> bytes:
    """A valid all-white greyscale PNG: an image, but no QR code in it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff" * side for _ in range(side))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def assert_no_secret(result: subprocess.CompletedProcess[str], secret: str) -> None:
    for stream in (result.stdout, result.stderr):
        assert secret not in stream
        assert secret[:8] not in stream
        assert secret.lower()[:8] not in stream


def test_genuine_demo_link_is_reported_without_its_secret(tmp_path: Path) -> None:
    result = inspect_link(tmp_path, GOOD_URI, "--json")

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["issuer"] == "Demo Exchange"
    assert report["issuer_check"] == "match"
    assert report["account"] == "o•••@gmail.com"
    assert (report["algorithm"], report["digits"], report["period"]) == ("SHA1", 6, 30)
    assert report["secret_bits"] == 160
    assert report["warnings"] == []
    assert "ola.nordmann" not in result.stdout
    assert_no_secret(result, SECRET_160)


def test_human_report_lists_the_fields(tmp_path: Path) -> None:
    result = inspect_link(tmp_path, GOOD_URI)

    assert result.returncode == 0, result.stderr
    assert "Demo Exchange" in result.stdout
    assert "160 bits" in result.stdout
    assert_no_secret(result, SECRET_160)


def test_lookalike_issuer_is_a_warning(tmp_path: Path) -> None:
    result = inspect_link(tmp_path, LOOKALIKE_URI, "--json")

    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["issuer_check"] == "lookalike"
    assert [w["code"] for w in report["warnings"]] == ["issuer_lookalike"]
    assert_no_secret(result, SECRET_160)


def test_other_exchange_is_a_mismatch(tmp_path: Path) -> None:
    uri = GOOD_URI.replace("Demo%20Exchange", "Kraken")
    result = inspect_link(tmp_path, uri, "--json")

    assert result.returncode == 1
    assert json.loads(result.stdout)["issuer_check"] == "mismatch"


def test_80_bit_secret_is_accepted_as_weak(tmp_path: Path) -> None:
    result = inspect_link(tmp_path, WEAK_URI, "--json")

    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["secret_bits"] == 80
    assert [w["code"] for w in report["warnings"]] == ["weak_key"]
    assert_no_secret(result, SECRET_80)


def test_parameters_the_provider_never_uses_are_warned_about(tmp_path: Path) -> None:
    result = inspect_link(tmp_path, GOOD_URI.replace("digits=6", "digits=8"), "--json")

    assert result.returncode == 1
    assert [w["code"] for w in json.loads(result.stdout)["warnings"]] == ["unexpected_digits"]


@pytest.mark.parametrize(
    "text",
    [
        "garbage",
        "https://demo-exchange.example.evil/2fa",
        f"otpauth://totp/X?secret={SECRET_160}&algorithm=MD5",
    ],
)
def test_unusable_input_exits_2_with_one_line(tmp_path: Path, text: str) -> None:
    result = inspect_link(tmp_path, text)

    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert_no_secret(result, SECRET_160)


def test_qr_image_reports_the_same_as_the_link(tmp_path: Path) -> None:
    image = tmp_path / "setup.png"
    segno.make(GOOD_URI, error="m").save(str(image), scale=6)

    from_image = inspect(tmp_path, str(image), "--json")
    from_link = inspect_link(tmp_path, GOOD_URI, "--json")

    assert from_image.returncode == 0, from_image.stderr
    assert json.loads(from_image.stdout) == json.loads(from_link.stdout)
    assert_no_secret(from_image, SECRET_160)


def test_image_without_qr_is_invalid(tmp_path: Path) -> None:
    image = tmp_path / "blank.png"
    image.write_bytes(blank_png(40))

    result = inspect(tmp_path, str(image))

    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_image_file_is_invalid(tmp_path: Path) -> None:
    result = inspect(tmp_path, str(tmp_path / "nowhere.png"))

    assert result.returncode == 2
    assert "no such file" in result.stderr


def test_provider_profile_file_sets_the_expected_issuer(tmp_path: Path) -> None:
    profile = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    profile["id"] = "kraken-test"
    profile["totp"]["issuers"] = ["Kraken"]
    path = tmp_path / "kraken.json"
    path.write_text(json.dumps(profile), encoding="utf-8")

    matching = inspect_link(
        tmp_path, GOOD_URI.replace("Demo%20Exchange", "Kraken"), "--provider", str(path)
    )
    demo = inspect_link(tmp_path, GOOD_URI, "--provider", str(path), "--json")

    assert matching.returncode == 0, matching.stderr
    assert demo.returncode == 1
    assert json.loads(demo.stdout)["provider"] == "kraken-test"


def test_unknown_provider_id_is_invalid(tmp_path: Path) -> None:
    result = inspect_link(tmp_path, GOOD_URI, "--provider", "no-such-exchange")

    assert result.returncode == 2
    assert "unknown provider" in result.stderr


# -- the link never on the command line -------------------------------------------------


def test_link_read_from_stdin_is_not_in_the_process_command_line(tmp_path: Path) -> None:
    """What other users of the computer see of a running ``inspect-2fa -``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BREACHGUARD_HOME=str(tmp_path))
    process = subprocess.Popen(
        [sys.executable, "-c", RUNNER, "-", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        # It waits for the link, so it is still running while its arguments are read
        # (they read as empty for an instant while the program is being started).
        deadline = time.monotonic() + 30
        cmdline = b""
        while not cmdline and time.monotonic() < deadline:
            cmdline = Path(f"/proc/{process.pid}/cmdline").read_bytes()
        assert process.poll() is None
        stdout, stderr = process.communicate(GOOD_URI.encode() + b"\n", timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    arguments = cmdline.split(b"\0")
    assert b"-" in arguments and b"--json" in arguments
    assert SECRET_160.encode() not in cmdline and b"otpauth" not in cmdline
    assert process.returncode == 0, stderr
    assert json.loads(stdout)["issuer_check"] == "match"
    assert stderr == b""  # no warning: nothing was exposed
    assert SECRET_160[:8].encode() not in stdout + stderr


def test_link_given_as_an_argument_still_works_with_a_warning(tmp_path: Path) -> None:
    result = inspect(tmp_path, GOOD_URI, "--json")

    assert result.returncode == 0
    assert json.loads(result.stdout)["issuer_check"] == "match"
    (warning,) = result.stderr.splitlines()
    assert "visible to other users" in warning and "shell history" in warning
    assert "inspect-2fa -" in warning
    assert_no_secret(result, SECRET_160)


def test_an_invalid_link_given_as_an_argument_has_one_line_with_reason_and_warning(
    tmp_path: Path,
) -> None:
    result = inspect(tmp_path, "otpauth://steam/Steam:gaben?secret=JRZCL47CMXVOQMNPZR2F7J4RGI")
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()  # scripts read the reason from one line
    assert line.startswith("inspect-2fa: This is a Steam Guard code")
    assert "visible to other users" in line and "inspect-2fa -" in line


def test_terminal_prompt_does_not_echo_the_link(tmp_path: Path) -> None:
    """On a terminal the link is typed (or pasted) at a prompt that does not echo."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BREACHGUARD_HOME=str(tmp_path))
    terminal = Terminal([sys.executable, "-c", RUNNER, "-", "--json"], env)
    try:
        terminal.read_until(lambda screen: b"not shown" in screen, 60)
        assert b"Paste the setup link" in terminal.screen, terminal.screen
        terminal.type(GOOD_URI)
        stdout, stderr = terminal.finish()
    finally:
        terminal.close()
    screen, process = terminal.screen, terminal.process
    assert process.returncode == 0, stderr
    assert json.loads(stdout)["issuer_check"] == "match"
    assert b"otpauth" not in screen and SECRET_160[:8].encode() not in screen  # no echo
    assert SECRET_160[:8].encode() not in stdout + stderr


@pytest.mark.parametrize(
    ("piped", "reason"),
    [("", "no setup link"), ("\n \n", "no setup link"), ("x" * (17 * 1024), "more than 16 KiB")],
)
def test_stdin_that_holds_no_link_is_refused(tmp_path: Path, piped: str, reason: str) -> None:
    result = inspect(tmp_path, "-", stdin=piped)

    assert result.returncode == 2
    assert reason in result.stderr and len(result.stderr.splitlines()) == 1


# -- the community directory ------------------------------------------------------------


def exchange_uri(issuer: str) -> str:
    return GOOD_URI.replace("Demo%20Exchange", issuer.replace(" ", "%20"))


def test_a_community_exchange_is_known_by_its_id(tmp_path: Path) -> None:
    result = inspect_link(tmp_path, exchange_uri("Kraken"), "--provider", "kraken", "--json")

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["provider"], report["issuer_check"], report["warnings"]) == (
        "kraken",
        "match",
        [],
    )


def test_another_exchanges_setup_code_is_named_for_whose_it_is(tmp_path: Path) -> None:
    """A Coinbase setup code brought to a Kraken check: the warning says it is
    Coinbase's, from the names the directory knows."""
    result = inspect_link(tmp_path, exchange_uri("Coinbase"), "--provider", "kraken", "--json")

    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["matches_provider"] is False and report["issuer_of"] == ["coinbase"]
    [warning] = report["warnings"]
    assert warning["code"] == "issuer_other_exchange"
    assert warning["message"].startswith("This setup code is for Coinbase, not for Kraken")
    text = inspect_link(tmp_path, exchange_uri("Coinbase"), "--provider", "kraken")
    assert "  - This setup code is for Coinbase, not for Kraken" in text.stdout
    # The Demo Exchange is one of the others too.
    demo = inspect_link(tmp_path, GOOD_URI, "--provider", "gemini", "--json")
    assert json.loads(demo.stdout)["issuer_of"] == ["demo-exchange"]


def test_an_unknown_name_for_an_exchange_with_known_names_is_a_plain_mismatch(
    tmp_path: Path,
) -> None:
    result = inspect_link(tmp_path, exchange_uri("Totally New"), "--provider", "kraken", "--json")

    report = json.loads(result.stdout)
    assert result.returncode == 1 and report["issuer_of"] == []
    assert [w["code"] for w in report["warnings"]] == ["issuer_mismatch"]


def test_an_exchange_whose_2fa_name_is_unknown_cannot_confirm_a_code(tmp_path: Path) -> None:
    """No source confirmed Firi's 2FA name: the code is neither passed nor called a
    fake, and the support agent is told why."""
    result = inspect_link(tmp_path, exchange_uri("Firi"), "--provider", "firi", "--json")

    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["issuer_check"] == "unchecked"
    [warning] = report["warnings"]
    assert warning["code"] == "issuer_unchecked"
    assert "does not know which name this exchange puts in its setup codes" in warning["message"]
