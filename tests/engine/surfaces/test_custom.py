"""Custom surfaces: typed formulas give exact gradients, true critical points and round trips."""

from __future__ import annotations

import dataclasses
import json
import math
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.optimizers import SGD
from engine.params import coerce, params_of, validate, values_of
from engine.run.simulate import simulate
from engine.scene.scene import RunSpec, Scene
from engine.scene.scene_io import scene_from_dict, scene_to_dict
from engine.scene.specs import format_spec, parse_surface
from engine.surfaces import SURFACES, Himmelblau, Quadratic, Saddle
from engine.surfaces.custom import Custom
from tests.work import python_calls

ROOT = Path(__file__).resolve().parents[3]
HIMMELBLAU = "(x**2 + y - 11)**2 + (x + y**2 - 7)**2"


def test_custom_is_registered_with_text_params():
    assert SURFACES["custom"] is Custom
    infos = {p.name: p for p in params_of(Custom)}
    assert {name: p.kind for name, p in infos.items()} == {
        "bounds": "text",
        "start": "text",
        "f": "text",
    }
    assert infos["f"].to_dict()["max_length"] == 2_000
    assert coerce(infos["f"], " x**2 ") == " x**2 "  # text is kept as typed


def test_bounds_and_start_read_as_numbers_but_are_stored_as_text():
    surface = Custom(f="x**2 + 3*y**2", bounds="-1, 3, -2, 2", start="0.5,1")
    assert surface.bounds == (-1.0, 3.0, -2.0, 2.0)
    assert surface.start == (0.5, 1.0)
    assert values_of(surface) == {"bounds": "-1, 3, -2, 2", "start": "0.5,1", "f": "x**2 + 3*y**2"}
    assert surface.span == pytest.approx(math.hypot(4, 4))
    # An empty start is left of and above the centre of the view, off its symmetry axes.
    assert Custom(bounds="0,10,-2,4").start == pytest.approx((1.5, -2 + 0.62 * 6))


def test_gradient_is_the_symbolic_derivative():
    surface = Custom(f="x**2*y + 3*sin(y) - exp(x*y)")
    for x, y in [(0.3, -1.2), (1.5, 0.7), (-2.0, 2.0)]:
        expected = (2 * x * y - y * math.exp(x * y), x * x + 3 * math.cos(y) - x * math.exp(x * y))
        assert_allclose(surface.grad_xy(x, y), expected, rtol=1e-13)
        assert_allclose(surface.grad(np.array([x, y])), expected, rtol=1e-13)
        assert surface.value(np.array([x, y])) == pytest.approx(
            x * x * y + 3 * math.sin(y) - math.exp(x * y), rel=1e-14
        )
    assert surface.gradient_text.splitlines()[0].startswith("∂f/∂x = ")
    assert "cos(y)" in surface.gradient_text.splitlines()[1]


def test_formula_text_is_written_for_a_label():
    surface = Custom(f="0.1*x**2 + 3*y")
    assert surface.formula == "0.1·x² + 3·y"
    assert surface.title == "Custom"


def test_constant_and_linear_formulas_keep_array_shapes_and_float_types():
    surface = Custom(f="2 + y")
    grid = np.zeros((4, 5, 2))
    assert surface.value(grid).shape == (4, 5)
    assert_allclose(surface.grad(grid), np.broadcast_to([0.0, 1.0], (4, 5, 2)))
    assert [type(v) for v in surface.grad_xy(0.5, 0.5)] == [float, float]


def test_typed_quadratic_runs_exactly_like_the_built_in_one():
    typed = Custom(f="0.5*(x**2 + 25*y**2)", bounds="-2,2,-2,2")
    built_in = Quadratic(kappa=25.0)
    a = simulate(typed, SGD(lr=0.05), (-1.8, 1.2), 200)
    b = simulate(built_in, SGD(lr=0.05), (-1.8, 1.2), 200)
    assert_allclose(a.positions, b.positions, rtol=1e-12, atol=1e-15)
    assert a.status.kind == b.status.kind == "converged"


def test_typed_himmelblau_finds_the_listed_minima_and_saddles():
    typed = Custom(f=HIMMELBLAU, bounds="-5,5,-5,5")
    for found, listed in ((typed.minima, Himmelblau.minima), (typed.saddles, Himmelblau.saddles)):
        assert len(found) == len(listed)
        for point in listed:
            nearest = min(found, key=lambda p, q=point: math.dist(p[:2], q[:2]))
            assert_allclose(nearest, point, atol=1e-9)
    assert typed.minima[0].value == pytest.approx(0.0, abs=1e-20)


def test_saddle_surface_critical_points_are_the_closed_form_ones():
    typed = Custom(f="x**2 - y**2 + y**4/4", bounds="-2.5,2.5,-2.5,2.5")
    assert_allclose(
        sorted(typed.minima, key=lambda p: p.y),
        sorted(Saddle.minima, key=lambda p: p.y),
        atol=1e-12,
    )
    assert_allclose(typed.saddles, [(0.0, 0.0, 0.0)], atol=1e-12)


def test_maxima_and_flat_points_are_not_listed():
    assert Custom(f="-(x**2 + y**2)").minima == ()
    assert Custom(f="-(x**2 + y**2)").saddles == ()
    assert Custom(f="x**4 + y**4").minima == ()  # Hessian 0: not provably a minimum


def test_a_function_finite_on_little_of_the_view_warns_and_does_not_raise():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        surface = Custom(f="sqrt(x - 1) + y**2", bounds="-2,2,-2,2")
        assert surface.finite_fraction < 0.5
        assert "finite" in surface.warning
        values = surface.value(np.array([[-1.0, 0.0], [1.5, 0.0]]))
        assert np.isnan(values[0]) and values[1] == pytest.approx(math.sqrt(0.5))
        assert all(math.isnan(v) for v in surface.grad_xy(0.5, 0.0))  # math raised, NaN returned
    assert Custom().warning == "" and Custom().finite_fraction == 1.0


def test_a_run_into_an_undefined_region_diverges_instead_of_crashing():
    surface = Custom(f="sqrt(x) + y**2", bounds="0,4,-2,2", start="1,1")
    run = simulate(surface, SGD(lr=3.0), (1.0, 1.0), 50)
    assert run.status.kind == "diverged"


def test_equality_and_hash_follow_the_fields():
    a, b = Custom(f="x**2 + y**2"), Custom(f="x**2 + y**2")
    assert a == b and hash(a) == hash(b)
    assert Custom(f="x**2 + y**2", bounds="-2.0, 2, -2, 2") == a  # the same numbers
    assert Custom(f="x**2 + 2*y**2") != a
    moved = dataclasses.replace(a, f="x**2 + 2*y**2")
    assert moved.bounds == a.bounds and moved.f == "x**2 + 2*y**2"
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.f = "x"


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"f": "x**"}, "custom: f: column 4: expected"),
        ({"f": "x + __import__('os')"}, "custom: f: column 5: unknown name '__import__'"),
        ({"f": 5}, "custom: f=5 must be text"),
        ({"f": "x" * 100_000}, "custom: f='xxx"),
        ({"bounds": "1,2"}, "bounds='1,2' must be 4 numbers xmin,xmax,ymin,ymax"),
        ({"bounds": "2,1,0,1"}, "xmin < xmax"),
        ({"bounds": "nan,1,0,1"}, "must be 4 numbers"),
        ({"bounds": "0,1e300,0,1"}, "must be 4 numbers"),
        ({"start": "5,5"}, "start='5,5' lies outside the bounds"),
        ({"start": "x,1"}, "start='x,1' must be 2 numbers x,y"),
    ],
)
def test_bad_fields_are_refused_quickly_by_name(changes, words):
    Custom()  # loads sympy once, which is not what is counted
    # Refused before sympy is asked: under a hundred Python calls, where building a valid
    # surface takes ~15,000 (differentiating and compiling the formula).
    assert python_calls(lambda: Custom(**changes)) < 1_000
    with pytest.raises(ValueError) as caught:
        Custom(**changes)
    assert words in str(caught.value)
    assert len(str(caught.value)) < 300 and "\n" not in str(caught.value)


def test_validate_checks_the_stored_text():
    surface = Custom()
    validate(surface)  # bounds reads as a tuple, yet validation sees the text
    assert values_of(surface)["bounds"] == "-2,2,-2,2"


def test_spec_text_builds_and_round_trips_a_custom_surface():
    surface = parse_surface("custom(f='x**2 + 3*y**2', bounds='-2,2,-1,1')")
    assert surface == Custom(f="x**2 + 3*y**2", bounds="-2,2,-1,1")
    assert parse_surface(format_spec(surface)) == surface
    with pytest.raises(ValueError, match=r"^surface custom: f: column 9: .*exponent"):
        parse_surface("custom(f='x + 9**9**9**9')")


def test_scene_file_round_trip_keeps_the_formula_text():
    surface = Custom(f="0.5*x**2 + abs(y)", bounds="-3,3,-2,2", start="-2.5,1.5")
    scene = Scene(surface, (RunSpec("SGD", SGD(), start=surface.start),), 100)
    data = json.loads(json.dumps(scene_to_dict(scene)))
    assert data["surface"]["params"]["f"] == "0.5*x**2 + abs(y)"
    back = scene_from_dict(data)
    assert back == scene and back.surface.start == (-2.5, 1.5)


def test_hostile_scene_file_is_refused_with_the_column():
    data = scene_to_dict(Scene(Custom(), (), 10))
    data["surface"]["params"]["f"] = "x.__class__.__mro__"
    with pytest.raises(ValueError, match=r"surface: custom: f: column 2: .*attribute"):
        scene_from_dict(data)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_command_line_runs_a_custom_surface():
    spec = "custom(f='x**2 + 3*y**2', bounds='-2,2,-2,2')"
    done = run_cli("run", "--surface", spec, "--optimizer", "sgd(lr=0.1)", "--steps", "5")
    assert done.returncode == 0, done.stderr
    rows = done.stdout.splitlines()
    assert len(rows) == 1 + 6  # a header and frames 0..5


def test_command_line_refuses_bad_formula_text_in_one_line():
    spec = "custom(f='x + import(1)')"
    done = run_cli("run", "--surface", spec, "--optimizer", "sgd")
    assert done.returncode == 2
    assert done.stdout == "" and len(done.stderr.strip().splitlines()) == 1
    assert "column 5" in done.stderr and "import" in done.stderr


def test_the_default_start_is_off_the_bounds_symmetry_axes():
    surface = Custom(f="x**2 + 3*y**2")
    x_min, x_max, y_min, y_max = surface.bounds
    x, y = surface.start
    assert x != (x_min + x_max) / 2 and y != (y_min + y_max) / 2
    assert surface.grad(surface.start).all()  # both components pull: no ridge start


@pytest.mark.parametrize("formula", ["-1/(x**2 + y**2)", "1/x + y**2", "-1/(x**2 + y**2) + x**2"])
def test_a_pole_is_never_reported_as_a_minimum(formula):
    surface = Custom(f=formula)
    for point in surface.minima:
        near = np.array(
            [[point.x + dx, point.y + dy] for dx in (-0.05, 0.05) for dy in (-0.05, 0.05)]
        )
        assert np.isfinite(point.value) and np.isfinite(surface.value(near)).all()
        assert np.all(surface.value(near) >= point.value)
