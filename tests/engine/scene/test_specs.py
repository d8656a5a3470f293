"""The spec text `name(key=value, ...)`: round trips over every registry entry and clear errors."""

from __future__ import annotations

import dataclasses

import pytest

from engine.optimizers import Adam, Momentum
from engine.params import ParamInfo, params_of, stored_value, values_of
from engine.scene.specs import (
    MAX_SPEC_LENGTH,
    REGISTRIES,
    format_spec,
    format_value,
    parse_spec,
    split_spec,
)
from engine.schedules import StepDecay
from engine.surfaces import Quadratic

ENTRIES = [(kind, cls) for kind, registry in REGISTRIES.items() for cls in registry.values()]
IDS = [f"{kind}-{cls.name}" for kind, cls in ENTRIES]


def other_value(info: ParamInfo):
    """A valid value different from the default, with many significant digits for floats."""
    if info.kind == "bool":
        return not info.default
    if info.kind == "choice":
        return next(c for c in info.choices if c != info.default)
    if (
        info.kind == "text"
    ):  # a custom surface's formula, bounds and start, quotes and commas inside
        texts = {"f": "x**2 + 3*y**2 - x*y", "bounds": "-3,3,-2.5,2.5", "start": "1,-1"}
        return texts.get(info.name, "cosine(period=7, floor=0.25)")  # warmup's then: a spec
    if info.kind == "int":
        return int(info.low) + 7 if info.default != int(info.low) + 7 else int(info.low) + 3
    # 1/3 of the way through the range: a float whose shortest repr has ~17 digits.
    return info.low + (info.high - info.low) / 3.0


@pytest.mark.parametrize(("kind", "cls"), ENTRIES, ids=IDS)
def test_defaults_round_trip(kind, cls):
    obj = cls()
    text = format_spec(obj)
    assert parse_spec(text, kind) == obj
    assert parse_spec(cls.name, kind) == obj
    for info in params_of(cls):
        assert f"{info.name}=" in text


@pytest.mark.parametrize(("kind", "cls"), ENTRIES, ids=IDS)
def test_non_default_values_round_trip_exactly(kind, cls):
    obj = cls(**{info.name: other_value(info) for info in params_of(cls)})
    back = parse_spec(format_spec(obj), kind)
    assert back == obj
    for name, value in values_of(obj).items():
        assert type(stored_value(back, name)) is type(value)
        assert stored_value(back, name) == value


def test_format_is_canonical_text():
    obj = Momentum(lr=0.001, momentum=0.9, form="sutskever")
    assert format_spec(obj) == "momentum(lr=0.001, momentum=0.9, form=sutskever)"
    assert (
        format_spec(Adam())
        == "adam(lr=0.05, beta1=0.9, beta2=0.999, eps=1e-08, bias_correction=true,"
        " amsgrad=false, weight_decay=0.0)"
    )
    assert format_spec(REGISTRIES["schedule"]["constant"]()) == "constant"


def test_parse_example_values_and_types():
    assert parse_spec("step(step_size=50, gamma=0.5)", "schedule") == StepDecay(50, 0.5)
    assert parse_spec("quadratic(kappa=25, angle=30)", "surface") == Quadratic(25.0, 30.0)
    spaced = parse_spec("  Adam ( lr = 1e-3 , bias_correction = false , )  ", "optimizer")
    assert spaced == Adam(lr=0.001, bias_correction=False)
    assert parse_spec("adam(lr='0.125')", "optimizer").lr == 0.125
    assert parse_spec("constant()", "schedule") == REGISTRIES["schedule"]["constant"]()


def test_quoted_values_keep_commas_parentheses_and_escaped_quotes():
    text = "custom(f='x**2 + 3*y**2', bounds=\"-2,2,-2,2\", g='sin(x), cos(y)', h='it\\'s')"
    assert split_spec(text) == (
        "custom",
        [("f", "x**2 + 3*y**2"), ("bounds", "-2,2,-2,2"), ("g", "sin(x), cos(y)"), ("h", "it's")],
    )


@pytest.mark.parametrize("value", ["plain", "x**2 + 3*y**2", "-2,2,-2,2", "a'b", 'a"b', "a'b\"c\\"])
def test_format_value_quotes_only_what_needs_it_and_reads_back(value):
    info = ParamInfo(name="f", kind="choice", default=value, choices=(value,))
    text = format_value(info, value)
    assert (text == value) == (value == "plain")
    assert split_spec(f"custom(f={text})") == ("custom", [("f", value)])


ERRORS = [
    ("lamb", "optimizer", ["unknown optimizer 'lamb'", "choose from sgd, momentum, nesterov"]),
    ("hills", "surface", ["unknown surface 'hills'", "canyon", "quadratic"]),
    ("adam(lr2=1)", "optimizer", ["unknown key 'lr2'", "valid keys: lr, beta1, beta2, eps"]),
    ("constant(k=1)", "schedule", ["unknown key 'k'", "takes no parameters"]),
    ("adam(lr=0.1, lr=0.2)", "optimizer", ["duplicate key 'lr'"]),
    ("adam(lr=0.1", "optimizer", ["unbalanced parentheses", "missing ')'"]),
    ("adam(lr=0.1))", "optimizer", ["unbalanced parentheses", "unexpected ')'"]),
    ("adam)", "optimizer", ["unbalanced parentheses"]),
    ("adam(lr)", "optimizer", ["missing '='", "lr"]),
    ("adam(lr 0.1)", "optimizer", ["missing '='", "lr"]),
    ("adam(lr=)", "optimizer", ["missing value for 'lr'"]),
    ("adam(lr='0.1)", "optimizer", ["unterminated quoted string"]),
    ("adam(lr=sin(1))", "optimizer", ["unexpected '('", "quote"]),
    ("adam(=1)", "optimizer", ["expected key=value"]),
    ("(lr=1)", "optimizer", ["expected a name"]),
    ("adam lr=1", "optimizer", ["unexpected 'lr=1'"]),
    ("adam(lr=100)", "optimizer", ["lr=100.0", "out of range [1e-06, 10]"]),
    ("adam(lr=nan)", "optimizer", ["lr=nan", "out of range"]),
    ("adam(lr=fast)", "optimizer", ["adam", "lr='fast' is not a number"]),
    ("adam(lr=0.1*2)", "optimizer", ["is not a number"]),
    ("adam(lr=__import__('os'))", "optimizer", ["unexpected '('"]),
    ("adam(bias_correction=maybe)", "optimizer", ["bias_correction='maybe' must be true or false"]),
    ("momentum(form=heavy)", "optimizer", ["form='heavy' must be one of pytorch, sutskever"]),
    ("step(step_size=2.5)", "schedule", ["step_size=2.5 must be a whole number"]),
    ("   ", "schedule", ["empty schedule spec", "choose from constant, step"]),
    ("x" * (MAX_SPEC_LENGTH + 1), "optimizer", ["too long", "10,000"]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), ERRORS, ids=[e[0][:30] for e in ERRORS])
def test_errors_name_the_problem(text, kind, expected):
    with pytest.raises(ValueError) as caught:
        parse_spec(text, kind)
    message = str(caught.value)
    for part in expected:
        assert part in message
    assert "\n" not in message and len(message) < 400


def test_parsed_objects_are_the_registry_classes():
    for kind, cls in ENTRIES:
        parsed = parse_spec(cls.name.upper(), kind)
        assert type(parsed) is cls
        assert dataclasses.asdict(parsed) == dataclasses.asdict(cls())
