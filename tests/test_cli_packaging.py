"""The bundled seeds ship in the wheel: `conflictfigures report` works after `pip install .`."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    builders = pytest.importorskip("hatchling.builders.wheel")
    if not (ROOT / "pyproject.toml").is_file():
        pytest.skip("not a source checkout")
    out = tmp_path_factory.mktemp("dist")
    [built] = builders.WheelBuilder(str(ROOT)).build(directory=str(out), versions=["standard"])
    return Path(built)


def test_the_wheel_carries_every_seed_and_the_manifest(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    shipped = sorted(n.split("/", 2)[2] for n in names if n.startswith("conflictfigures/_seeds/"))
    expected = sorted(p.name for p in (ROOT / "seeds").iterdir())
    assert shipped == expected
    assert "manifest.csv" in shipped
    assert any(n.endswith("entry_points.txt") for n in names)


def test_report_from_the_installed_wheel_finds_its_seeds(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    with zipfile.ZipFile(wheel) as archive:
        entry_points = next(n for n in archive.namelist() if n.endswith("entry_points.txt"))
        assert "conflictfigures = conflictfigures.cli:main" in archive.read(entry_points).decode()
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = (
        "import conflictfigures, conflictfigures._documents as d, sys;"
        "print(conflictfigures.__file__); print(d.seeds_folder());"
        "from conflictfigures.cli import main; sys.exit(main(['report']))"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert (done.returncode, done.stderr) == (0, "")
    package_file, seeds, *report = done.stdout.splitlines()
    assert package_file == str(site / "conflictfigures" / "__init__.py")
    assert seeds == str(site / "conflictfigures" / "_seeds")
    assert report[0].startswith("conflictfigures report · bundled seeds · 5 documents")
