"""The contour scale's helpers: the median without numpy.ma, the same number as np.median."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from gui.plot.contours import joined, middle_value


@pytest.mark.parametrize("size", [1, 2, 3, 4, 5, 10, 11, 1000, 1001, 40_000])
def test_middle_value_is_numpys_median(size):
    values = np.random.default_rng(size).standard_normal(size) * 1e3
    assert middle_value(values) == np.median(values)


def test_middle_value_of_ties_and_sorted_input():
    assert middle_value(np.array([3.0, 1.0, 1.0, 3.0])) == 2.0
    assert middle_value(np.arange(9.0)) == 4.0


def test_middle_value_does_not_import_numpy_ma():
    """np.median's first call imports numpy.ma, which costs the window's start-up 30 ms."""
    code = (
        "import sys, numpy as np\n"
        "from gui.plot.contours import middle_value\n"
        "middle_value(np.arange(10.0))\n"
        "print('numpy.ma' in sys.modules)\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert shown.stdout.strip() == "False"


def test_joined_puts_one_nan_row_between_levels_and_skips_empty_ones():
    a, b = np.array([[0.0, 1.0], [2.0, 3.0]]), np.array([[4.0, 5.0]])
    points = joined([a, np.empty((0, 2)), b])
    assert points.shape == (4, 2)
    assert np.array_equal(points[[0, 1, 3]], np.vstack([a, b]))
    assert np.isnan(points[2]).all()
    assert joined([]).shape == (0, 2) and joined([np.empty((0, 2))]).shape == (0, 2)
