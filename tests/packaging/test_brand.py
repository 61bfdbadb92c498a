"""White-label builds: briefcase.toml read strictly, a second brand staged and
checked with Briefcase's own parser, and the staged package read by the app."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from breachguard.core.resources import BRAND_FILE, BrandDefaults, brand_from_bytes
from breachguard.packaging.brand import BrandError, load_brand, override_arguments
from breachguard.packaging.icons import write_icon_set
from breachguard.packaging.stage import CHANGELOG, MARKER, StagingError, stage
from tests.packaging.briefcase_config import PLATFORMS, icon_files, load_app, parse_overrides

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "fixtures" / "acme"


def override_values(overrides: dict[str, str]) -> list[str]:
    """The KEY=VALUE strings exactly as they are handed to Briefcase after -C."""
    return override_arguments(overrides)[1::2]


@pytest.fixture(scope="module")
def acme_icons(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    folder = tmp_path_factory.mktemp("acme-icons")
    write_icon_set(folder / "acme-guard")
    return folder


@pytest.fixture
def acme_dir(tmp_path: Path, acme_icons: Path) -> Path:
    """The fixture brand with its own icon set, in a folder the test may change."""
    target = tmp_path / "acme"
    shutil.copytree(FIXTURE, target)
    shutil.copytree(acme_icons, target / "icons")
    return target


def test_the_default_brand_file_is_valid() -> None:
    brand = load_brand(ROOT / "briefcase.toml")
    assert brand.formal_name == "BreachGuard"
    assert brand.bundle == "invalid.breachguard"
    assert brand.defaults() == BrandDefaults()
    assert brand.bundled == ()
    assert all(path.is_file() for path in brand.icon_files())


def test_second_brand_is_what_briefcase_builds(acme_dir: Path, tmp_path: Path) -> None:
    brand = load_brand(acme_dir / "brand.toml")
    staged = stage(brand, ROOT, tmp_path / "staging")
    for platform, output_format in PLATFORMS:
        app = load_app(
            staged.root / "pyproject.toml",
            platform,
            output_format,
            override_values(staged.overrides),
        )
        assert app.formal_name == "Acme Guard"
        assert app.bundle_identifier == "example.acme.breachguard"
        assert app.description == "Acme Exchange's safety helper after a security incident."
        assert app.url == "https://www.acme-exchange.example/guard"
        assert (app.author, app.author_email) == (
            "Acme Exchange Ltd",
            "guard@acme-exchange.example",
        )
        icons = icon_files(staged.root, app.icon, platform)
        assert icons, platform
        for path in icons:  # the brand's drawing under the name Briefcase looks for
            suffix = path.name.removeprefix("breachguard")
            assert path.read_bytes() == (acme_dir / "icons" / f"acme-guard{suffix}").read_bytes()
        for source in app.sources:
            assert (staged.root / source).is_dir()

    bundled = staged.root / "breachguard" / "profiles" / "acme-exchange.json"
    assert bundled.read_bytes() == (FIXTURE / "acme-exchange.json").read_bytes()
    assert brand_from_bytes((staged.root / "breachguard" / BRAND_FILE).read_bytes()) == (
        BrandDefaults(
            formal_name="Acme Guard", default_provider="acme-exchange", default_language="nb"
        )
    )


def test_the_staged_app_reads_its_brand_and_bundled_profile(acme_dir: Path, tmp_path: Path) -> None:
    staged = stage(load_brand(acme_dir / "brand.toml"), ROOT, tmp_path / "staging")
    probe = (
        "import json, sys, tempfile, pathlib\n"
        "from breachguard.core.profiles import ProfileRegistry\n"
        "from breachguard.core.resources import load_brand, resource_root\n"
        "registry = ProfileRegistry(pathlib.Path(tempfile.mkdtemp()))\n"
        "brand = load_brand()\n"
        "print(json.dumps({'entries': [[e.id, e.origin] for e in registry.entries()],\n"
        "    'problems': registry.problems, 'provider': brand.default_provider,\n"
        "    'language': brand.default_language, 'resources': str(resource_root()),\n"
        "    'icon': str(resource_root() / 'icons' / 'breachguard-256.png')}))\n"
    )
    # -I: neither the checkout (cwd, PYTHONPATH) nor user site-packages can leak in.
    done = subprocess.run(
        [
            sys.executable,
            "-I",
            "-c",
            f"import sys; sys.path.insert(0, {str(staged.root)!r})\n" + probe,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert ["acme-exchange", "bundled"] in seen["entries"]
    assert seen["problems"] == []
    assert (seen["provider"], seen["language"]) == ("acme-exchange", "nb")
    assert Path(seen["resources"]) == staged.root / "resources"
    # The window icon the app loads is the brand's.
    assert Path(seen["icon"]).read_bytes() == (acme_dir / "icons/acme-guard-256.png").read_bytes()


def test_staging_puts_the_changelog_where_briefcase_looks(acme_dir: Path, tmp_path: Path) -> None:
    staged = stage(load_brand(acme_dir / "brand.toml"), ROOT, tmp_path / "staging")
    convert = pytest.importorskip("briefcase.commands.convert", reason="Briefcase is not installed")
    assert convert.find_changelog_filename(staged.root) == "CHANGELOG.md"
    changelog = (staged.root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog == (ROOT / CHANGELOG).read_text(encoding="utf-8")
    assert "## 0.1.0" in changelog  # the version pyproject.toml builds
    assert not (ROOT / "CHANGELOG.md").exists()  # the checkout's top level stays as it is


def test_staging_never_touches_the_checkout(acme_dir: Path, tmp_path: Path) -> None:
    before = sorted(p.name for p in (ROOT / "breachguard" / "profiles").iterdir())
    stage(load_brand(acme_dir / "brand.toml"), ROOT, tmp_path / "staging")
    assert sorted(p.name for p in (ROOT / "breachguard" / "profiles").iterdir()) == before
    assert not (ROOT / "breachguard" / BRAND_FILE).exists()


def test_restaging_replaces_the_brand_and_keeps_briefcase_outputs(
    acme_dir: Path, tmp_path: Path
) -> None:
    root = tmp_path / "staging"
    stage(load_brand(acme_dir / "brand.toml"), ROOT, root)
    (root / "build").mkdir()
    (root / "build" / "kept.txt").write_text("briefcase output", encoding="utf-8")
    staged = stage(load_brand(ROOT / "briefcase.toml"), ROOT, root)
    assert list((root / "breachguard" / "profiles").glob("*.json")) == []
    assert (root / "build" / "kept.txt").is_file()
    stock = ROOT / "resources" / "icons" / "breachguard.ico"
    assert (root / "resources" / "icons" / "breachguard.ico").read_bytes() == stock.read_bytes()
    assert staged.overrides["formal_name"] == "BreachGuard"


def test_refuses_a_staging_folder_it_did_not_make(acme_dir: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StagingError, match="is not empty and is not a BreachGuard staging"):
        stage(load_brand(acme_dir / "brand.toml"), ROOT, foreign)
    assert (foreign / "notes.txt").is_file()
    with pytest.raises(StagingError, match="would contain the project"):
        stage(load_brand(acme_dir / "brand.toml"), ROOT, ROOT.parent)
    assert not (ROOT.parent / MARKER).exists()


def test_an_empty_folder_can_be_the_staging_folder(acme_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    staged = stage(load_brand(acme_dir / "brand.toml"), ROOT, empty)
    assert (staged.root / MARKER).is_file()
    assert (staged.root / "pyproject.toml").is_file()


def test_override_values_survive_briefcases_toml_parser() -> None:
    tricky = 'Ærlig "Guard" \\ 🛡 tab\there'
    parsed = parse_overrides(override_values({"formal_name": tricky, "bundle": "com.example"}))
    assert parsed == {"formal_name": tricky, "bundle": "com.example"}


LONG = "x" * 81
# (table, key, TOML value or None to remove the key, expected part of the message)
BAD_BRANDS = [
    ("brand", "colour", '"red"', "brand.colour: unknown key"),
    ("brand", "formal_name", "3", "brand.formal_name: must be a string, not int"),
    ("brand", "icon", None, "brand.icon: missing"),
    ("brand", "app_name", '"acme"', "brand.app_name: cannot be changed"),
    ("brand", "bundle", '"acme"', "brand.bundle: 'acme' is not a reverse domain name"),
    ("brand", "icon", '"icons/none"', "brand.icon: 'icons/none' needs the files none-16.png"),
    ("brand", "default_language", '"german"', "brand.default_language: 'german' must be empty"),
    (
        "brand",
        "url",
        '"http://acme.example/"',
        "brand.url: 'http://acme.example/' must be an https",
    ),
    ("brand", "author_email", '"acme"', "brand.author_email: 'acme' is not an email address"),
    ("brand", "description", f'"{LONG}"', "brand.description: must be 1 to 80"),
    ("providers", "bundled", '"acme-exchange.json"', "providers.bundled: must be a list"),
    ("providers", "bundled", '["gone.json"]', "providers.bundled[0]: gone.json is not a usable"),
    (
        "providers",
        "bundled",
        '["acme-exchange.json", "copy.json"]',
        "providers.bundled[1]: copy.json has the id 'acme-exchange', like acme-exchange.json",
    ),
    ("providers", "default", '"other"', "providers.default: 'other' is not a bundled provider"),
    ("providers", "fallback", "true", "providers.fallback: unknown key"),
    ("extras", "x", "1", "[extras]: unknown table"),
]


def edited(acme_dir: Path, table: str, key: str, value: str | None) -> Path:
    """The acme brand file with one key set, added or removed."""
    lines = [
        line
        for line in (acme_dir / "brand.toml").read_text(encoding="utf-8").splitlines()
        if line.split("=")[0].strip() != key
    ]
    if value is not None:
        if f"[{table}]" not in lines:
            lines.append(f"[{table}]")
        lines.insert(lines.index(f"[{table}]") + 1, f"{key} = {value}")
    path = acme_dir / "variant.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("table", "key", "value", "message"), BAD_BRANDS)
def test_bad_brand_files_name_the_key(
    acme_dir: Path, table: str, key: str, value: str | None, message: str
) -> None:
    (acme_dir / "copy.json").write_bytes((acme_dir / "acme-exchange.json").read_bytes())
    with pytest.raises(BrandError) as raised:
        load_brand(edited(acme_dir, table, key, value))
    assert str(raised.value).startswith("variant.toml: ")
    assert message in str(raised.value)


def test_broken_toml_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "brand.toml"
    path.write_text("[brand\n", encoding="utf-8")
    with pytest.raises(BrandError, match=r"^brand\.toml: not valid TOML"):
        load_brand(path)


def test_missing_icon_formats_are_listed(acme_dir: Path) -> None:
    (acme_dir / "icons" / "acme-guard.icns").unlink()
    with pytest.raises(BrandError, match=r"needs the files acme-guard\.icns next to it"):
        load_brand(acme_dir / "brand.toml")


def test_an_invalid_bundled_profile_is_refused_with_its_field(acme_dir: Path) -> None:
    profile = json.loads((acme_dir / "acme-exchange.json").read_text(encoding="utf-8"))
    profile["feeds"][0]["url"] = "http://status.acme-exchange.example/feed.json"
    (acme_dir / "acme-exchange.json").write_text(json.dumps(profile), encoding="utf-8")
    with pytest.raises(BrandError) as raised:
        load_brand(acme_dir / "brand.toml")
    assert "providers.bundled[0]: acme-exchange.json is not a usable provider profile" in str(
        raised.value
    )
    assert "feeds[0].url: must use https://" in str(raised.value)


def test_the_demo_exchange_cannot_be_bundled(acme_dir: Path) -> None:
    profile = json.loads((acme_dir / "acme-exchange.json").read_text(encoding="utf-8"))
    profile["id"] = "demo-exchange"
    (acme_dir / "acme-exchange.json").write_text(json.dumps(profile), encoding="utf-8")
    with pytest.raises(BrandError, match="Demo Exchange is built in"):
        load_brand(acme_dir / "brand.toml")
