"""Runtime files load the same way from an installed wheel, an editable install
and a Briefcase bundle, and the installed app runs from an unrelated folder.

The virtual environments see the packages of the environment running the tests
(PySide6 and the other dependencies, so nothing is downloaded again) after their
own; BreachGuard itself is installed into the venv, which comes first on
sys.path, and every check asserts where the code and files came from. Building
needs PyPI (pip's isolated build environment fetches setuptools; pip caches it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.packaging.briefcase_config import load_app

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PROJECT_FILES = ("pyproject.toml", "README.md", "LICENSE")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "*.dist-info", "build")

# Prints where BreachGuard and its files were found, reading each kind of file.
PROBE = """
import json
import breachguard
from breachguard.core.resources import load_brand, read_resource_bytes, resource_root
schemas = sorted(p.name for p in (resource_root() / "schemas").iterdir())
for name in schemas:
    json.loads(read_resource_bytes("schemas", name))
icons = sorted(p.name for p in (resource_root() / "icons").iterdir())
from breachguard.core.profiles import ProfileRegistry
from pathlib import Path
community = ProfileRegistry(Path("/nonexistent")).community()
print(json.dumps({
    "community": sorted(found.profile.id for found in community),
    "package": breachguard.__file__,
    "resources": str(resource_root()),
    "schemas": schemas,
    "icons": icons,
    "brand": load_brand().default_provider,
}))
"""

# Starts the app offscreen on the Demo Exchange and quits once its window is shown.
LAUNCH = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
shown = []
def check():
    shown.extend(w.objectName() or type(w).__name__ for w in app.topLevelWidgets() if w.isVisible())
    app.quit()
QTimer.singleShot(0, check)
from breachguard.app import main
code = main(["--demo"])
print("shown:", ",".join(shown))
sys.exit(code)
"""


def run(
    command: list[str], cwd: Path, *, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        command,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done


def copy_project(target: Path) -> Path:
    """The files a source distribution would hold, so builds never write into the checkout."""
    target.mkdir(parents=True)
    for name in PROJECT_FILES:
        shutil.copy2(ROOT / name, target / name)
    for folder in ("breachguard", "resources"):
        shutil.copytree(ROOT / folder, target / folder, ignore=IGNORED)
    return target


def make_venv(path: Path) -> Path:
    """A venv whose site-packages lists the running environment's after its own.

    Not `venv --system-site-packages`: run from inside a virtualenv, that links the
    *base* interpreter's site-packages, which lack PySide6 and the rest."""
    run([sys.executable, "-m", "venv", str(path)], cwd=path.parent)
    scripts = path / ("Scripts" if os.name == "nt" else "bin")
    where = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    own = Path(run([str(scripts / "python"), "-I", "-c", where], cwd=path).stdout.strip())
    running = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    # Plain folder lines: the running environment's own .pth files (such as an
    # editable install of the checkout) are not processed in the new venv.
    (own / "_running_environment.pth").write_text(
        "".join(f"{folder}\n" for folder in running), encoding="utf-8"
    )
    return scripts


def probe(python: Path | str, cwd: Path, prelude: str = "") -> dict[str, object]:
    done = run([str(python), "-I", "-c", prelude + PROBE], cwd=cwd)
    return dict(json.loads(done.stdout))


def app_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(BREACHGUARD_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return env


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv; its own pip (from ensurepip) also builds the wheel, because the
    Python running the tests may have none (Briefcase's dev environment does not)."""
    return make_venv(tmp_path_factory.mktemp("venv") / "env")


@pytest.fixture(scope="module")
def wheel(wheel_venv: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    copy_project(work / "source")
    pip = [str(wheel_venv / "python"), "-m", "pip"]
    run([*pip, "wheel", "--no-deps", "-q", "-w", "out", "./source"], work)
    (built,) = (work / "out").glob("breachguard-*.whl")
    run([*pip, "install", "-q", "--no-deps", "--no-index", "--force-reinstall", str(built)], work)
    return built


def test_wheel_holds_the_runtime_files_and_nothing_for_readers(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for schema in (ROOT / "resources" / "schemas").glob("*.json"):
        assert f"breachguard/resources/schemas/{schema.name}" in names
    for icon in (ROOT / "resources" / "icons").iterdir():
        assert f"breachguard/resources/icons/{icon.name}" in names
    compiled = {p.name for p in (ROOT / "resources" / "translations").glob("*.qm")}
    shipped = {Path(n).name for n in names if n.startswith("breachguard/resources/translations/")}
    assert shipped == compiled  # .qm only: catalog sources stay out
    assert not any("/screenshots/" in n or "/docs/" in n or n.endswith(".ts") for n in names)
    modules = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "breachguard").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert modules <= names, f"missing from the wheel: {sorted(modules - names)}"


@pytest.mark.usefixtures("wheel")
def test_installed_wheel_reads_its_own_files(wheel_venv: Path, tmp_path: Path) -> None:
    found = probe(wheel_venv / "python", tmp_path)
    venv = wheel_venv.parent
    assert Path(str(found["package"])).is_relative_to(venv)
    assert Path(str(found["resources"])).is_relative_to(venv)
    assert found["schemas"] == sorted(p.name for p in (ROOT / "resources/schemas").glob("*.json"))
    # The community directory reaches the wheel, and every profile in it loads there.
    assert found["community"] == sorted(
        p.stem for p in (ROOT / "resources/community").glob("*.json")
    )
    assert "breachguard-256.png" in found["icons"]  # type: ignore[operator]
    assert found["brand"] == "demo-exchange"
    # The wheel's declared dependencies are met (by the running environment).
    check = subprocess.run(
        [str(wheel_venv / "python"), "-m", "pip", "check"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert not [line for line in check.stdout.splitlines() if line.startswith("breachguard ")]


@pytest.mark.usefixtures("wheel")
def test_installed_commands_run_from_an_unrelated_folder(wheel_venv: Path, tmp_path: Path) -> None:
    env = app_env(tmp_path / "home")
    version = run([str(wheel_venv / "breachguard"), "--version"], tmp_path, env=env)
    assert version.stdout.strip() == "BreachGuard 0.1.0"
    notices = run(
        [str(wheel_venv / "breachguard"), "notices", "--provider", "demo-exchange"],
        tmp_path,
        env=env,
        timeout=120,
    )
    assert notices.stdout.strip()
    help_text = run([str(wheel_venv / "breachguard"), "--help"], tmp_path, env=env).stdout
    if "breachguard doctor" not in help_text:
        pytest.skip("this version has no 'breachguard doctor' command")
    doctor = subprocess.run(
        [str(wheel_venv / "breachguard"), "doctor"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert doctor.stdout.strip(), doctor.stderr
    assert "Traceback" not in doctor.stderr


@pytest.mark.usefixtures("wheel")
def test_installed_app_shows_its_window_offscreen(wheel_venv: Path, tmp_path: Path) -> None:
    env = app_env(tmp_path / "home")
    done = run([str(wheel_venv / "python"), "-I", "-c", LAUNCH], tmp_path, env=env, timeout=120)
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("shown: "), done.stdout
    assert "mainWindow" in last.removeprefix("shown: ").split(","), done.stdout


def test_editable_install_reads_the_checkout(tmp_path: Path) -> None:
    source = copy_project(tmp_path / "source")
    scripts = make_venv(tmp_path / "env")
    run(
        [str(scripts / "python"), "-m", "pip", "install", "-q", "--no-deps", "-e", str(source)],
        tmp_path,
    )
    found = probe(scripts / "python", tmp_path / "env")
    assert Path(str(found["package"])).is_relative_to(source)
    assert Path(str(found["resources"])) == source / "resources"


def test_briefcase_bundle_layout_reads_the_app_folder(tmp_path: Path) -> None:
    """What `briefcase create` makes of the sources: each copied into app/, then
    cleanup_paths removed. (Building a real bundle needs GitHub templates.)"""
    app_config = load_app(ROOT / "pyproject.toml", "linux", "system")
    bundle = tmp_path / "bundle"
    app_dir = bundle / "usr" / "lib" / "breachguard" / "app"
    app_dir.mkdir(parents=True)
    for name in [*app_config.sources, *app_config.test_sources]:
        original = ROOT / name
        if original.is_dir():
            shutil.copytree(original, app_dir / original.name, ignore=IGNORED)
        else:
            shutil.copy2(original, app_dir / original.name)
    for pattern in app_config.cleanup_paths:
        for path in bundle.glob(pattern):
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    assert not (app_dir / "resources" / "screenshots").exists()

    prelude = f"import sys; sys.path.insert(0, {str(app_dir)!r})\n"
    found = probe(sys.executable, tmp_path, prelude)
    assert Path(str(found["package"])).is_relative_to(app_dir)
    assert Path(str(found["resources"])) == app_dir / "resources"
    assert "breachguard.icns" in found["icons"]  # type: ignore[operator]

    # Briefcase's test mode in that layout: the runner and the shipped pytest config.
    env = app_env(tmp_path / "home")
    runner = run(
        [sys.executable, "-m", "tests.breachguard", "-k", "committed_pngs"],
        app_dir,
        env=env,
        timeout=180,
    )
    assert ">>>>>>>>>> EXIT 0 <<<<<<<<<<" in runner.stdout
    assert "1 passed" in runner.stdout
