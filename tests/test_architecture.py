"""The engine stays pure numpy: importing all of it loads no Qt, pyqtgraph or gui module."""

import pkgutil
import subprocess
import sys

import engine

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "gui")
REQUIRED = ("optimizers", "surfaces", "run.simulate", "schedules", "run.status", "params")


def engine_modules() -> list[str]:
    found = {info.name for info in pkgutil.walk_packages(engine.__path__, "engine.")}
    return sorted(found | {f"engine.{name}" for name in REQUIRED})


# A fresh interpreter: this test process may already hold Qt from the GUI tests.
PROBE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print("\\n".join(sorted(sys.modules)))
"""


def test_engine_modules_are_found():
    assert set(engine_modules()) >= {f"engine.{name}" for name in REQUIRED}


def test_importing_the_engine_loads_no_gui_toolkit():
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "engine", *engine_modules()],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    loaded = result.stdout.split()
    assert "engine.run.simulate" in loaded
    leaked = [name for name in loaded if name.startswith(FORBIDDEN)]
    assert leaked == []


def test_the_import_contracts_hold():
    """import-linter's contracts in pyproject.toml: layers, no Qt in the engine, no cycles."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        capture_output=True, text=True, timeout=120, check=False, cwd=root,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout
