"""engine.homework: the cs231n reference against hand-written rules, mistakes, tolerance, child."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from engine.homework.check import UNIT_DW, check_file, unit_inputs
from engine.homework.compare import agree, first_difference
from engine.homework.mistakes import CATALOGUE, mistakes_of
from engine.homework.reference import RULES, STATE, reference
from engine.homework.runner import Child, ChildFailed

FILES = Path(__file__).resolve().parents[2] / "homework_files"


def by_hand(name, w, dw, c, t):
    """cs231n's solutions, written out for the test (independent of engine.optimizers)."""
    lr, c = c["learning_rate"], dict(c)
    if name == "sgd":
        return w - lr * dw, c
    if name == "sgd_momentum":
        c["velocity"] = c["momentum"] * c["velocity"] - lr * dw
        return w + c["velocity"], c
    if name == "nesterov_momentum":
        old = c["velocity"]
        c["velocity"] = c["momentum"] * old - lr * dw
        return w - c["momentum"] * old + (1 + c["momentum"]) * c["velocity"], c
    if name == "adagrad":
        c["cache"] = c["cache"] + dw**2
        return w - lr * dw / (np.sqrt(c["cache"]) + c["epsilon"]), c
    if name == "rmsprop":
        c["cache"] = c["decay_rate"] * c["cache"] + (1 - c["decay_rate"]) * dw**2
        return w - lr * dw / (np.sqrt(c["cache"]) + c["epsilon"]), c
    c["m"] = c["beta1"] * c["m"] + (1 - c["beta1"]) * dw
    c["v"] = c["beta2"] * c["v"] + (1 - c["beta2"]) * dw**2
    m_hat, v_hat = c["m"] / (1 - c["beta1"] ** t), c["v"] / (1 - c["beta2"] ** t)
    return w - lr * m_hat / (np.sqrt(v_hat) + c["epsilon"]), c


def random_config(name, rng, shape):
    config = {"learning_rate": 0.03, "momentum": 0.8, "decay_rate": 0.95, "epsilon": 1e-6,
              "beta1": 0.85, "beta2": 0.99}  # fmt: skip
    config.update({key: rng.uniform(0.1, 2.0, shape) for key in STATE[name]})
    return config


@pytest.mark.parametrize("name", RULES)
def test_reference_is_cs231n_rule_over_many_steps(name):
    rng = np.random.default_rng(7)
    w = rng.normal(size=(3, 4))
    config = random_config(name, rng, w.shape)
    mine, hand = (w, config), (w, config)
    for t in range(1, 30):
        dw = rng.normal(size=w.shape)
        mine = reference(name, mine[0], dw, mine[1], t)
        hand = by_hand(name, hand[0], dw, hand[1], t)
        np.testing.assert_allclose(mine[0], hand[0], rtol=1e-12)
        for key in STATE[name]:
            np.testing.assert_allclose(mine[1][key], hand[1][key], rtol=1e-12)
        assert {k: mine[1][k] for k in ("learning_rate",)} == {"learning_rate": 0.03}


def test_adam_unit_check_matches_the_cs231n_notebook():
    # Assignment 2's expected next_w for t = 5 (so this update uses t = 6), first row.
    w, config = unit_inputs("adam")
    next_w, _ = reference("adam", w, UNIT_DW, {**config, "learning_rate": 1e-2}, 6)
    expected = [-0.40094747, -0.34836187, -0.29577703, -0.24319299, -0.19060977]
    np.testing.assert_allclose(next_w[0], expected, atol=5e-9)


@pytest.mark.parametrize("mistake", CATALOGUE, ids=lambda mistake: mistake.key)
def test_every_mistake_shows_in_the_unit_check_and_differs_from_the_others(mistake):
    for name in mistake.rules:
        w, config = unit_inputs(name)
        right = reference(name, w, UNIT_DW, config, 1)
        wrong = mistake.rule(name, w, UNIT_DW, config, 1)
        assert first_difference(name, (w, config), right, wrong) is not None
        for other in mistakes_of(name):
            if other is not mistake:
                assert first_difference(name, (w, config), other.rule(name, w, UNIT_DW, config, 1),
                                        wrong) is not None  # fmt: skip


def test_eps_inside_the_root_is_the_hand_formula():
    w, config = unit_inputs("rmsprop")
    (wrong,) = [m for m in CATALOGUE if m.key == "eps_inside"]
    next_w, new = wrong.rule("rmsprop", w, UNIT_DW, config, 1)
    cache = 0.99 * config["cache"] + 0.01 * UNIT_DW**2
    np.testing.assert_allclose(next_w, w - 1e-2 * UNIT_DW / np.sqrt(cache + 1e-8), rtol=1e-13)


def test_tolerance_accepts_rounding_and_refuses_eps_sized_changes():
    w = np.array([1.0, -2.0, 1e-3])
    step = np.array([1e-3, -2e-3, -1e-3])  # the last coordinate lands on 0
    want = w + step
    assert agree(w + step * (1 + 4e-16), want, w)
    assert agree(np.nextafter(want, 5), want, w)
    assert not agree(w + step * (1 + 1e-8), want, w)
    assert agree(np.array([np.nan]), np.array([np.nan]), np.array([0.0]))
    assert not agree(np.array([np.nan]), np.array([1.0]), np.array([0.0]))
    assert agree(np.array([np.inf]), np.array([np.inf]), np.array([0.0]))


def test_a_timeout_restarts_the_child_once_and_the_rest_is_checked():
    child = Child(str(FILES / "infinite_loop.py"), timeout=1.0)
    with child:
        verdicts = check_file(child.path, steps=20, child=child)
    assert [v.verdict for v in verdicts] == ["error", "match"]
    assert verdicts[0].message == "my sgd: error: did not return within 1 s"
    assert child.started == 2  # the load, then one restart after the kill


def test_one_child_serves_every_rule_of_a_file():
    child = Child(str(FILES / "correct.py"))
    with child:
        verdicts = check_file(child.path, steps=10, child=child)
    assert len(verdicts) == 6 and child.started == 1


def test_a_module_level_infinite_loop_is_an_error_for_each_rule(tmp_path):
    path = tmp_path / "optim.py"
    path.write_text("while True:\n    pass\n\ndef sgd(w, dw, config=None):\n    return w, config\n")
    (verdict,) = check_file(str(path), timeout=1.0)
    assert verdict.verdict == "error" and "did not return within 1 s" in verdict.message


def test_the_student_sees_copies_and_the_race_records_their_inputs():
    (verdict,) = check_file(str(FILES / "hostile.py"), ["sgd"], steps=5)
    (w, config, dw), (got_w, _) = verdict.calls[1]
    # dw *= 1000 in the rule did not reach the next step's input: w moved by lr·dw exactly.
    np.testing.assert_allclose(got_w, w - 1e-2 * dw, rtol=1e-15)
    assert verdict.verdict == "match"


def test_a_dead_child_is_reported_not_raised():
    child = Child(str(FILES / "hostile.py"))
    with child:
        child.start()
        with pytest.raises(ChildFailed, match="exit status 3"):
            child.ask({"rule": "adam", "unit": None, "race": {"surface": "booth", "start": [0, 0],
                                                              "steps": 1, "config": None,
                                                              "lrs": None}})  # fmt: skip
