"""The rule registry: each optimizer's lines in the order its code runs them, as neutral trees."""

import dataclasses
import re

import pytest

from engine import lecture
from engine.lecture import NOTATIONS, RULES, substeps
from engine.lecture.expr import Equals, Frac, Group, Num, Pair, Param, Row, Sqrt, Sup, Sym
from engine.optimizers import OPTIMIZERS as REGISTERED
from engine.optimizers import SGD
from tests.engine.lecture.cases import OPTIMIZERS, make_run

MARKUP = re.compile(r"<[a-zA-Z/!]|&[#a-zA-Z0-9]+;")
EXPECTED_ORDER = {
    "SGD": "gradient step position",
    "Momentum pytorch": "gradient velocity step position",
    "Momentum sutskever": "gradient velocity position",
    "Nesterov sutskever": "lookahead gradient velocity position",
    "Nesterov pytorch": "gradient velocity step position",
    "AdaGrad": "gradient accumulator step position",
    "RMSProp": "gradient accumulator step position",
    "Adam True": "gradient first_moment second_moment first_hat second_hat step position",
    "Adam False": "gradient first_moment second_moment step position",
    "Adam True amsgrad L2": "gradient decay first_moment second_moment max_second first_hat "
    "second_hat step position",
    "Adam False amsgrad": "gradient first_moment second_moment max_second step position",
    "AdamW True": "gradient first_moment second_moment first_hat second_hat step position",
    "AdamW True amsgrad": "gradient first_moment second_moment max_second first_hat second_hat "
    "step position",
    "NAdam": "gradient mu mu_product first_moment second_moment second_hat step position",
    "Adadelta": "gradient accumulator delta delta_accumulator step position",
    "RAdam": "gradient first_moment second_moment first_hat rho rectification radam_step position",
    "RAdam L2": "gradient decay first_moment second_moment first_hat rho rectification "
    "radam_step position",
    "Adamax": "gradient first_moment inf_norm adamax_step position",
    "Adamax L2": "gradient decay first_moment inf_norm adamax_step position",
    "Rprop": "gradient eta step_size kept_gradient rprop_step position",
    "Lion": "gradient direction lion_step lion_moment position",
    "QHM": "gradient buffer qhm_step position",
    "QHAdam": "gradient first_moment second_moment first_hat second_hat qhadam_step position",
    "Schedule-free SGD": "y gradient z weight average",
    "Newton": "gradient hessian newton_direction step position",
    "L-BFGS": "gradient direction step_length step position",
}


def describe(opt) -> str:
    extra = getattr(opt, "form", getattr(opt, "bias_correction", None))
    text = opt.title if extra is None else f"{opt.title} {extra}"
    if getattr(opt, "amsgrad", False):
        text += " amsgrad"
    l2 = opt.name in ("adam", "radam", "adamax") and getattr(opt, "weight_decay", 0)
    if l2 and not getattr(opt, "decoupled_weight_decay", False):
        text += " L2"  # λ·x added to g before the moments (RAdam's decoupled decay is not)
    return text


@pytest.mark.parametrize("opt", OPTIMIZERS, ids=repr)
def test_sub_steps_come_in_the_order_the_code_runs_them(opt):
    for notation in NOTATIONS:
        keys = " ".join(step.key for step in substeps(opt, notation))
        assert keys == EXPECTED_ORDER[describe(opt)]


def test_highlights_name_overlays():
    overlays = {"gradient", "velocity", "accumulator", "update", "lookahead", None}
    for opt in OPTIMIZERS:
        assert {step.highlight for step in substeps(opt, "cs231n")} <= overlays


def test_unknown_notation_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown notation 'greek'.*textbook"):
        substeps(SGD(), "greek")


def leaves(node):
    """Every text a tree writes: its literal strings and its symbols' and letters' names."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, Sym | Param):
        yield from (v for v in dataclasses.astuple(node) if isinstance(v, str))
    elif isinstance(node, Num | Pair):
        return
    else:
        assert isinstance(node, Sup | Sqrt | Group | Frac | Row | Equals), node
        for field in dataclasses.fields(node):
            value = getattr(node, field.name)
            for child in value if isinstance(value, tuple) else (value,):
                if not isinstance(child, bool):
                    yield from leaves(child)


@pytest.mark.parametrize("opt", OPTIMIZERS, ids=repr)
def test_rules_are_neutral_trees_without_markup(opt):
    run = make_run(opt, noise=0.3)
    values = lecture.step_values(run, 7)
    for notation in NOTATIONS:
        for line in substeps(opt, notation):
            for tree in (line.symbolic, line.numeric(values)):
                assert isinstance(tree, Equals)
                texts = list(leaves(tree))
                # no tags or entities; a bare comparison (ρ > 5) is maths, escaped by the GUI
                assert not any(MARKUP.search(text) for text in texts), texts


def test_every_rule_is_registered_under_an_optimizer_name():
    assert set(RULES) <= {cls.name for cls in REGISTERED.values()}


def test_an_optimizer_without_a_rule_is_a_clear_error():
    class Lion:
        name = "lamb"

    with pytest.raises(ValueError, match="no update rule written for optimizer 'lamb'"):
        substeps(Lion(), "cs231n")
