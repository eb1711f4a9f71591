"""The installed layout: one import name, ``dlfs_studio``, mapped onto the top-level folders core/, app/, resources/."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {"core": "dlfs_studio.core", "app": "dlfs_studio.app", "resources": "dlfs_studio.resources"}


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_folder_is_installed_under_dlfs_studio():
    listed = set(_setuptools()["packages"])
    found = {"dlfs_studio.resources"}
    for folder, name in FOLDERS.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder)
            found.add(".".join((name, *rel.parts)))
    assert found - listed == set(), "add these package folders to [tool.setuptools] packages in pyproject.toml"
    assert listed - found == set(), "these listed packages have no folder with an __init__.py"


def test_package_dir_maps_the_top_level_folders():
    assert _setuptools()["package-dir"] == {name: folder for folder, name in FOLDERS.items()}


def test_the_package_imports_under_its_own_name():
    import dlfs_studio.app.paths as paths
    import dlfs_studio.core.functions as functions

    assert Path(functions.__file__).parent.name == "core"
    assert (paths.RESOURCES / "presets" / "loss_presets.json").is_file()
