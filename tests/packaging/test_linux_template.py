"""The project's own Briefcase template for Debian/Ubuntu packages
(resources/packaging/linux-system): what Briefcase reads from it, the files it
puts into the package, and the launcher it compiles."""

from __future__ import annotations

import configparser
import importlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from breachguard.app import SUBCOMMANDS, build_parser
from breachguard.packaging.elf import read_dynamic
from tests.packaging.briefcase_config import briefcase_module, load_app
from tests.packaging.linux_template import (
    PYPROJECT,
    ROOT,
    path_index,
    render,
    system_python_tag,
    template_path,
)

ACME = ['formal_name="Acme Guard"', 'bundle="example.acme"']


def desktop_entry(bundle: Path, identifier: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    files = list(bundle.glob("*/usr/share/applications/*.desktop"))
    assert [f.name for f in files] == [f"{identifier}.desktop"]
    parser.read(files[0], encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_linux_system_app_uses_the_project_template() -> None:
    app = load_app(PYPROJECT, "linux", "system")
    template = template_path()
    assert template.is_relative_to(ROOT / "resources" / "packaging")
    assert (template / "cookiecutter.json").is_file()
    for platform, output_format in (("macOS", "app"), ("windows", "app")):
        assert load_app(PYPROJECT, platform, output_format).template is None
    assert app.license_files == ["LICENSE"]  # Briefcase's build step installs them


def test_the_path_index_is_what_briefcase_expects(tmp_path: Path) -> None:
    bundle = render(tmp_path)
    index = path_index(bundle)
    root = "breachguard-0.1.0"
    paths = index["paths"]
    assert paths["app_path"] == f"{root}/usr/lib/breachguard/app"
    assert paths["app_packages_path"] == f"{root}/usr/lib/breachguard/app_packages"
    # Briefcase makes only the last folder of app_path; the template's hook the rest.
    assert (bundle / paths["app_path"]).parent.is_dir()
    assert paths["icon"] == {
        str(size): f"{root}/usr/share/icons/hicolor/{size}x{size}/apps/"
        "invalid.breachguard.breachguard.png"
        for size in (16, 32, 64, 128, 256, 512)
    }
    # Nothing to download: no support package, no stub binary.
    assert not {"support_path", "support_revision", "stub_binary_revision"} & set(paths)
    # Briefcase refuses a template whose target version differs from its own.
    system = briefcase_module("briefcase.platforms.linux.system")
    assert index.get("briefcase", {}).get("target_version") == (
        system.LinuxSystemCreateCommand.platform_target_version
    )
    # The man page Briefcase's build step compresses into usr/share/man/man1.
    assert (bundle / "breachguard.1").is_file()
    assert (bundle / "bootstrap" / "Makefile").is_file()


def test_cleanup_keeps_every_qt_module_the_app_imports(tmp_path: Path) -> None:
    bundle = render(tmp_path)
    packages = path_index(bundle)["paths"]["app_packages_path"]
    globs = path_index(bundle)["paths"]["cleanup_paths"]
    assert globs and all(glob.startswith(f"{packages}/PySide6/") for glob in globs)
    sources = [*(ROOT / "breachguard").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]
    used = {m for path in sources for m in re.findall(r"PySide6\.(Qt\w+)", path.read_text())}
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    used.add("QtTest")  # pytest-qt's, for Briefcase's test mode
    for module in sorted(used):
        for name in (f"{module}.abi3.so", f"Qt/lib/libQt6{module.removeprefix('Qt')}.so.6"):
            relative = f"{packages}/PySide6/{name}"
            hit = [glob for glob in globs if Path(relative).match(glob)]
            assert not hit, f"{relative} is removed by {hit}"


def test_the_desktop_entry_names_the_brand(tmp_path: Path) -> None:
    stock = desktop_entry(render(tmp_path / "stock"), "invalid.breachguard.breachguard")
    assert stock["Type"] == "Application"
    assert stock["Name"] == "BreachGuard"
    assert stock["Exec"] == "breachguard"
    assert stock["Icon"] == "invalid.breachguard.breachguard"
    assert stock["Terminal"] == "false"
    assert stock["Comment"] == load_app(PYPROJECT, "linux", "system").description
    assert stock["Categories"].endswith(";")
    acme = desktop_entry(render(tmp_path / "acme", overrides=ACME), "example.acme.breachguard")
    assert acme["Name"] == "Acme Guard"
    assert acme["Icon"] == "example.acme.breachguard"
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    for entry in tmp_path.glob("*/bookworm/*/usr/share/applications/*.desktop"):
        checked = subprocess.run(
            [validator, str(entry)], capture_output=True, text=True, timeout=60, check=False
        )
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout


def test_template_filters_escape_for_their_formats() -> None:
    filters = importlib.import_module("template_filters")
    assert filters.desktop_entry_value("A\\B\nC") == "A\\\\B\\nC"
    assert filters.roff_text("-x\n.TH fake\n'quote") == "\\-x\n\\&.TH fake\n\\&'quote"
    assert filters.c_string('say "hi"\\\n') == 'say \\"hi\\"\\\\\\012'


@pytest.fixture(autouse=True)
def _template_filters_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    # Cookiecutter imports the filters from the template folder while rendering.
    monkeypatch.syspath_prepend(str(template_path()))


def test_the_man_page_documents_every_option_and_command(tmp_path: Path) -> None:
    page = (render(tmp_path) / "breachguard.1").read_text(encoding="utf-8")
    assert page.startswith('.TH "BREACHGUARD" 1 ')
    options = {
        option
        for action in build_parser()._actions
        for option in action.option_strings
        if option.startswith("--")
    }
    assert options >= {"--demo", "--provider", "--language", "--version", "--help"}
    for option in options:
        assert option.replace("-", "\\-") in page, option
    for command in SUBCOMMANDS:
        assert f".B {command.replace('-', chr(92) + '-')}" in page, command
    assert "BREACHGUARD_HOME" in page
    man = shutil.which("man")
    if man:
        shown = subprocess.run(
            [man, "-l", str(tmp_path / "bookworm" / "breachguard.1")],
            capture_output=True,
            text=True,
            env={**os.environ, "MANWIDTH": "80", "MAN_KEEP_FORMATTING": "0"},
            timeout=60,
            check=False,
        )
        assert shown.returncode == 0, shown.stderr
        assert "Helps exchange customers" in shown.stdout


# The app the launcher is tried on: it reports what Python it got.
PROBE_APP = """
import json, os, sys
print(json.dumps({
    "argv": sys.argv[1:], "path": sys.path, "no_site": sys.flags.no_site,
    "utf8": sys.flags.utf8_mode, "ignore_environment": sys.flags.ignore_environment,
    "module": __spec__.name,
}))
sys.exit(int(os.environ.get("EXIT_WITH", "0")))
"""


@pytest.fixture(scope="module")
def launcher_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template rendered for this system's Python, its launcher built with
    `make -C bootstrap install` as `briefcase build` does, and a probe app."""
    tag = system_python_tag()
    if shutil.which("cc") is None or shutil.which("make") is None:
        pytest.skip("no C compiler or make (apt-get install build-essential)")
    if not Path(f"/usr/bin/python{tag}-config").is_file():
        pytest.skip(f"no /usr/bin/python{tag}-config (apt-get install python3-dev)")
    bundle = render(tmp_path_factory.mktemp("launcher"), python_tag=tag)
    built = subprocess.run(
        ["make", "-C", "bootstrap", "install"],
        cwd=bundle,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    app = bundle / "breachguard-0.1.0" / "usr" / "lib" / "breachguard" / "app"
    for module in ("breachguard", "other"):
        (app / module).mkdir(parents=True)
        (app / module / "__init__.py").write_text("", encoding="utf-8")
        (app / module / "__main__.py").write_text(PROBE_APP, encoding="utf-8")
    return bundle


def run_launcher(bundle: Path, *args: str, **env: str) -> tuple[int, dict[str, object]]:
    launcher = bundle / "breachguard-0.1.0" / "usr" / "bin" / "breachguard"
    done = subprocess.run(
        [str(launcher), *args],
        cwd="/",
        env={"PATH": "/usr/bin:/bin", "LANG": "C", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout, done.stderr
    return done.returncode, json.loads(done.stdout)


def test_the_launcher_runs_the_app_with_only_its_own_folders(launcher_bundle: Path) -> None:
    code, seen = run_launcher(
        launcher_bundle,
        "--demo",
        "two words",
        "Æøå",
        PYTHONPATH="/somewhere/else",
        PYTHONHOME="/nowhere",
        EXIT_WITH="3",
    )
    assert code == 3  # the app's exit status is the process's
    assert seen["argv"] == ["--demo", "two words", "Æøå"]  # UTF-8 even in the C locale
    assert seen["module"] == "breachguard.__main__"
    usr = (launcher_bundle / "breachguard-0.1.0" / "usr").resolve()
    path = [Path(str(entry)) for entry in seen["path"]]  # type: ignore[attr-defined]
    assert path[:2] == [usr / "lib/breachguard/app", usr / "lib/breachguard/app_packages"]
    assert not [p for p in path if p.name in ("site-packages", "dist-packages")]
    assert Path("/somewhere/else") not in path
    assert seen["no_site"] == 1 and seen["utf8"] == 1 and seen["ignore_environment"] == 1


def test_the_launcher_runs_briefcases_test_module_when_asked(launcher_bundle: Path) -> None:
    code, seen = run_launcher(launcher_bundle, BRIEFCASE_MAIN_MODULE="other")
    assert code == 0
    assert seen["module"] == "other.__main__"


def test_the_launcher_links_only_libc_and_the_system_python(launcher_bundle: Path) -> None:
    launcher = launcher_bundle / "breachguard-0.1.0" / "usr" / "bin" / "breachguard"
    tag = system_python_tag()
    assert sorted(read_dynamic(launcher).needed) == sorted(["libc.so.6", f"libpython{tag}.so.1.0"])
