"""Make the folder Briefcase installs the app into (Briefcase creates only its last level)."""

from pathlib import Path

package_root = Path.cwd() / "{{ cookiecutter.app_name }}-{{ cookiecutter.version }}"
(package_root / "usr" / "lib" / "{{ cookiecutter.app_name }}").mkdir(parents=True, exist_ok=True)
