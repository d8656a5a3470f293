"""torch.optim baselines: find torch (installing it once into .bench-env/), step the same scenes.

torch is never a dependency of the app. When the running Python cannot import it, the
first benchmark that needs it installs the pinned wheel into `.bench-env/` at the repo
root and appends that folder to sys.path, behind the virtualenv's own packages so that
nothing the app imports is shadowed. The attempt is made at most once per run; if it
fails (offline, no wheel for this Python), one line says why and torch figures skip.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from benchmarks import Skip

ROOT = Path(__file__).resolve().parent.parent
BENCH_ENV = ROOT / ".bench-env"
TORCH = "torch==2.13.0"
_found: dict[str, object] = {}  # "torch": the module, or "why": the reason it is missing


def _install() -> str | None:
    """pip-install TORCH into BENCH_ENV; None on success, else a one-line reason."""
    if os.environ.get("BENCH_NO_TORCH_INSTALL"):
        return "BENCH_NO_TORCH_INSTALL is set, install not tried"
    print(f"torch: installing {TORCH} into {BENCH_ENV.name}/ (once; may take a minute)", flush=True)
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    # few retries and a short timeout: offline, pip should give up in seconds, not minutes
    command += ["--retries", "1", "--timeout", "20", "--upgrade", "--target", str(BENCH_ENV)]
    try:
        done = subprocess.run(command + [TORCH], capture_output=True, text=True, timeout=900)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"pip install did not finish: {error}"
    if done.returncode != 0:
        errors = [line for line in done.stderr.splitlines() if line.startswith("ERROR")]
        # pip's first ERROR line names the cause; later ones are advice
        first = (errors or done.stderr.strip().splitlines()[-1:] or ["no message"])[0]
        return f"pip install {TORCH} failed: {first.strip()}"
    return None


def _import_torch():
    importlib.invalidate_caches()
    import torch

    return torch


def find_torch() -> None:
    """Import torch, from the environment or .bench-env/ (installed once); print one line."""
    if _found:
        return
    try:
        torch, where = _import_torch(), "the virtualenv"
    except ImportError:
        if str(BENCH_ENV) not in sys.path:
            sys.path.append(str(BENCH_ENV))
        torch, where = None, f"{BENCH_ENV.name}/"
        try:
            torch = _import_torch()
        except ImportError:
            why = _install()
            try:
                torch = None if why else _import_torch()
            except ImportError as error:
                why = f"installed into {BENCH_ENV.name}/ but cannot import it: {error}"
    if torch is None:
        _found["why"] = why
        print(f"torch: not available ({why}) — torch baselines skipped", flush=True)
        return
    # One thread, as numpy's elementwise loops use: the ratio compares code, not core counts.
    torch.set_num_threads(1)
    _found["torch"] = torch
    print(f"torch: {torch.__version__} from {where}, on 1 thread", flush=True)


def torch_or_skip():
    """The torch module, or Skip with the reason it is not available."""
    find_torch()
    if "torch" not in _found:
        raise Skip(f"torch not available ({_found['why']})")
    return _found["torch"]


def torch_optimizer(torch, optimizer, parameters):
    """torch.optim's counterpart of one of our optimizers, with the same hyper-parameters."""
    o = optimizer
    makers = {
        "sgd": lambda: torch.optim.SGD(parameters, lr=o.lr),
        "momentum": lambda: torch.optim.SGD(parameters, lr=o.lr, momentum=o.momentum),
        "nesterov": lambda: torch.optim.SGD(
            parameters, lr=o.lr, momentum=o.momentum, nesterov=True
        ),
        "adagrad": lambda: torch.optim.Adagrad(
            parameters, lr=o.lr, eps=o.eps, initial_accumulator_value=o.initial_accumulator
        ),
        "rmsprop": lambda: torch.optim.RMSprop(parameters, lr=o.lr, alpha=o.alpha, eps=o.eps),
        "adam": lambda: torch.optim.Adam(parameters, lr=o.lr, betas=(o.beta1, o.beta2), eps=o.eps),
    }
    return makers[optimizer.name]()


def torch_path(torch, surface, optimizer, steps: int, record: bool = False) -> np.ndarray | None:
    """Step torch.optim from the surface's start, the gradient by autograd of our formula."""
    point = torch.tensor(surface.start, dtype=torch.float64, requires_grad=True)
    stepper = torch_optimizer(torch, optimizer, [point])
    path = [point.detach().numpy().copy()] if record else None
    for _ in range(steps):
        stepper.zero_grad()
        surface.f(point[0], point[1], torch).backward()
        stepper.step()
        if record:
            path.append(point.detach().numpy().copy())
    return np.array(path) if record else None


def torch_batch(torch, surface, optimizer, starts: np.ndarray, steps: int) -> np.ndarray:
    """Every start as one row of an (N, 2) parameter: torch.optim is elementwise, so each row
    follows its own path, and one backward of the summed loss gives every row's gradient."""
    points = torch.tensor(starts, dtype=torch.float64, requires_grad=True)
    stepper = torch_optimizer(torch, optimizer, [points])
    for _ in range(steps):
        stepper.zero_grad()
        surface.f(points[:, 0], points[:, 1], torch).sum().backward()
        stepper.step()
    return points.detach().numpy()
