"""L-BFGS and ReduceLROnPlateau against real torch (skipped without torch).

One frame is one `torch.optim.LBFGS.step(closure)` with max_iter=1 and max_eval=1 + max_ls.
"""

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.optimizers import LBFGS, SGD
from engine.run.simulate import simulate
from engine.schedules_feedback import ReduceOnPlateau
from engine.surfaces import Beale, Himmelblau, Rosenbrock

torch = pytest.importorskip("torch")

LOSSES = {
    "rosenbrock": lambda p: (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2,
    "himmelblau": lambda p: (p[0] ** 2 + p[1] - 11) ** 2 + (p[0] + p[1] ** 2 - 7) ** 2,
    "beale": lambda p: (
        (1.5 - p[0] + p[0] * p[1]) ** 2
        + (2.25 - p[0] + p[0] * p[1] ** 2) ** 2
        + (2.625 - p[0] + p[0] * p[1] ** 3) ** 2
    ),
}


def torch_lbfgs(name, start, steps, optimizer, max_iter=1):
    """Positions after each call of torch's step, and every point its closure was asked."""
    p = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    line_search = None if optimizer.line_search_fn == "none" else optimizer.line_search_fn
    opt = torch.optim.LBFGS(
        [p], lr=optimizer.lr, max_iter=max_iter, max_eval=max_iter * (1 + optimizer.max_ls),
        history_size=optimizer.history_size, line_search_fn=line_search,
    )  # fmt: skip
    asked = []

    def closure():
        opt.zero_grad()
        loss = LOSSES[name](p)
        loss.backward()
        asked.append(p.detach().numpy().copy())
        return loss

    positions = [p.detach().numpy().copy()]
    for _ in range(steps):
        opt.step(closure)
        positions.append(p.detach().numpy().copy())
    return np.array(positions), asked


# (loss, surface, start, optimizer, steps): both line searches, short histories and line
# searches, and a fixed step of 1 that leaves Rosenbrock's valley (steps before it blows up:
# beyond, rounding differences of 1e-16 grow like the run does).
CASES = [
    ("rosenbrock", Rosenbrock(), (-1.5, 2.0), LBFGS(line_search_fn="strong_wolfe"), 80),
    ("rosenbrock", Rosenbrock(), (-1.5, 2.0), LBFGS(line_search_fn="none", lr=0.05), 80),
    ("rosenbrock", Rosenbrock(), (0.5, -0.5), LBFGS(history_size=3), 80),
    ("rosenbrock", Rosenbrock(), (-1.2, 1.0), LBFGS(line_search_fn="none", lr=1.0), 40),
    ("himmelblau", Himmelblau(), (-0.5, 0.5), LBFGS(history_size=2, max_ls=4), 80),
    ("beale", Beale(), (1.0, 1.5), LBFGS(lr=0.5), 80),
]
MAX_DIFFERENCE = 1e-9


def closure_calls(run) -> np.ndarray:
    """Where torch's closure is asked, frame by frame: the frame's point, then its trials."""
    calls = []
    for k in range(run.last_frame):
        calls.append(run.positions[k])
        calls.extend(row for row in run.evaluations[k] if np.isfinite(row[0]))
    return np.array(calls)


@pytest.mark.parametrize(("name", "surface", "start", "optimizer", "steps"), CASES, ids=str)
def test_every_frame_is_one_torch_step(name, surface, start, optimizer, steps):
    expected, asked = torch_lbfgs(name, start, steps, optimizer)
    run = simulate(surface, optimizer, start, steps)
    assert run.frames == steps + 1
    assert_allclose(run.positions, expected, rtol=MAX_DIFFERENCE, atol=MAX_DIFFERENCE)
    assert_allclose(closure_calls(run), np.array(asked), rtol=MAX_DIFFERENCE, atol=MAX_DIFFERENCE)


def test_steps_of_one_iteration_are_torchs_default_call_without_early_stops():
    """max_iter=1 per frame is the inner loop of one long call while no tolerance stops it."""
    optimizer = LBFGS(line_search_fn="none", lr=0.02)
    once, _ = torch_lbfgs("rosenbrock", (-1.5, 2.0), 1, optimizer, max_iter=25)
    run = simulate(Rosenbrock(), optimizer, (-1.5, 2.0), 25)
    assert_allclose(run.positions[-1], once[-1], rtol=1e-12)


def torch_plateau_rates(losses, lr, schedule):
    p = torch.zeros(2, requires_grad=True)
    opt = torch.optim.SGD([p], lr=lr)
    plateau = torch.optim.lr_scheduler.ReduceLROnPlateau(
        opt, mode="min", factor=schedule.factor, patience=schedule.patience,
        threshold=schedule.threshold, threshold_mode="rel", cooldown=0, min_lr=0, eps=1e-8,
    )  # fmt: skip
    rates = []
    for loss in losses:
        rates.append(opt.param_groups[0]["lr"])
        opt.step()
        plateau.step(float(loss))
    return np.array(rates)


@pytest.mark.parametrize(
    "schedule",
    [ReduceOnPlateau(), ReduceOnPlateau(factor=0.5, patience=3, threshold=0.01)],
    ids=str,
)
def test_reduce_on_plateau_cuts_where_torch_does(schedule):
    rng = np.random.default_rng(0)
    noisy = np.exp(-np.arange(400) / 60.0) + 0.05 * rng.random(400)
    assert_allclose(schedule.rates(0.1, noisy), torch_plateau_rates(noisy, 0.1, schedule))
    run = simulate(Himmelblau(), SGD(lr=0.01), (-0.5, 0.5), 300, schedule, noise=3.0)
    expected = torch_plateau_rates(run.losses[:-1], 0.01, schedule)
    assert_allclose(run.lrs[:-1], expected, rtol=0, atol=0)
    assert len(run.lr_cuts) > 0
    assert_allclose(run.lr_cuts, np.flatnonzero(np.diff(expected) < 0) + 1)
