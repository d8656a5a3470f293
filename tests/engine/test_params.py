"""Hyper-parameter metadata: listing, validation and text coercion."""

import math
from dataclasses import dataclass

import pytest

from engine.optimizers import OPTIMIZERS
from engine.params import choice, coerce, flag, number, params_of, validate, values_of
from engine.schedules import SCHEDULES
from engine.surfaces import SURFACES


@dataclass(frozen=True)
class Example:
    rate: float = number(0.5, 0.0, 1.0, "a rate", log=True, symbols="ρ")
    count: int = number(3, 1, 10, "a count", integer=True)
    mode: str = choice("a", ("a", "b"), "a mode")
    on: bool = flag(True, "a switch")
    plain: int = 7  # not a hyper-parameter: no metadata

    def __post_init__(self):
        validate(self)


def test_params_of_lists_fields_in_order_with_their_metadata():
    infos = params_of(Example)
    assert [p.name for p in infos] == ["rate", "count", "mode", "on"]
    rate, count, mode, on = infos
    assert (rate.kind, rate.default, rate.low, rate.high, rate.log, rate.symbols) == (
        "float",
        0.5,
        0.0,
        1.0,
        True,
        "ρ",
    )
    assert (count.kind, count.low, count.high) == ("int", 1, 10)
    assert (mode.kind, mode.choices) == ("choice", ("a", "b"))
    assert on.kind == "bool" and on.default is True
    assert params_of(Example(rate=0.25)) == infos


def test_to_dict_holds_what_a_form_needs():
    rate, count, mode, on = params_of(Example)
    assert rate.to_dict() == {
        "name": "rate",
        "kind": "float",
        "default": 0.5,
        "doc": "a rate",
        "min": 0.0,
        "max": 1.0,
        "log": True,
        "symbols": "ρ",
    }
    assert mode.to_dict()["choices"] == ["a", "b"]
    assert "min" not in on.to_dict() and "choices" not in on.to_dict()


def test_values_of_gives_every_hyper_parameter():
    assert values_of(Example(count=4)) == {"rate": 0.5, "count": 4, "mode": "a", "on": True}


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("rate", -0.1, "out of range"),
        ("rate", 1.5, "out of range"),
        ("rate", math.nan, "out of range"),
        ("rate", math.inf, "out of range"),
        ("rate", "0.5", "must be a number"),
        ("rate", False, "must be a number"),
        ("count", 2.5, "whole number"),
        ("count", math.inf, "out of range"),
        ("count", math.nan, "out of range"),
        ("count", 0, "out of range"),
        ("mode", "c", "one of a, b"),
        ("on", 1, "true or false"),
    ],
)
def test_validate_names_the_field_and_the_problem(field, value, problem):
    with pytest.raises(ValueError, match=rf"Example: {field}=.*{problem}"):
        Example(**{field: value})


def test_whole_float_is_accepted_for_an_int_field():
    assert Example(count=4.0).count == 4.0


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("rate", " 0.25 ", 0.25),
        ("rate", "1e-3", 1e-3),
        ("count", "4", 4),
        ("count", "4.0", 4),
        ("count", "4.5", 4.5),  # kept as given so validation can say "whole number"
        ("mode", " b ", "b"),
        ("on", "Yes", True),
        ("on", "off", False),
        ("on", "0", False),
    ],
)
def test_coerce_turns_text_into_the_field_type(field, text, expected):
    info = {p.name: p for p in params_of(Example)}[field]
    value = coerce(info, text)
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize(("field", "text"), [("rate", "fast"), ("count", ""), ("on", "maybe")])
def test_coerce_rejects_text_naming_the_field(field, text):
    info = {p.name: p for p in params_of(Example)}[field]
    with pytest.raises(ValueError, match=rf"^{field}="):
        coerce(info, text)


ALL = [*OPTIMIZERS.values(), *SCHEDULES.values(), *SURFACES.values()]


@pytest.mark.parametrize("cls", ALL, ids=[cls.name for cls in ALL])
def test_every_declared_default_is_valid_and_documented(cls):
    for info in params_of(cls):
        assert info.doc, f"{cls.name}.{info.name} has no description"
        if info.kind in ("float", "int"):
            assert info.low <= info.default <= info.high
            assert not info.log or info.low > 0, "a log-scale range cannot include 0"
    cls()  # validates every default
    for info in params_of(cls):
        if info.kind in ("float", "int"):  # round-trip through text, as a preset would
            cls(**{info.name: coerce(info, repr(info.default))})
