"""One update's numbers: update u is row u−1 → row u of the run; frame k shows update k."""

import numpy as np

from engine.lecture import step_values, update_at, update_values
from engine.optimizers import Adam, Momentum
from tests.engine.lecture.cases import make_run


def test_update_u_is_the_move_from_frame_u_minus_1_to_frame_u():
    run = make_run(Momentum(), noise=0.3)
    for u in (1, 2, 40, run.last_frame):
        values = update_values(run, u)
        p = u - 1
        assert values.k == u and values.t == run.t[u]
        np.testing.assert_array_equal(values.before, run.positions[p])
        np.testing.assert_array_equal(values.after, run.positions[u])
        np.testing.assert_array_equal(values.gradient, run.gradients[p])
        np.testing.assert_array_equal(values.true_gradient, run.true_gradients[p])
        np.testing.assert_array_equal(values.point, run.gradient_points[p])
        np.testing.assert_array_equal(values.update, run.updates[p])
        assert values.lr == run.lrs[p]
        np.testing.assert_array_equal(values.state_before["velocity"], run.states["velocity"][p])
        np.testing.assert_array_equal(values.state_after["velocity"], run.states["velocity"][u])


def test_there_is_no_update_before_the_first_or_after_the_last():
    run = make_run(Adam())
    assert update_values(run, 0) is None and update_values(run, -3) is None
    assert update_values(run, run.last_frame + 1) is None


def test_frame_k_shows_the_update_that_leaves_it():
    run = make_run(Adam())
    assert update_at(run, 0) == 1 and step_values(run, 0) == update_values(run, 1)
    assert [update_at(run, k) for k in (1, 17)] == [2, 18]
    values = step_values(run, 17)
    assert values.before == tuple(run.positions[17]) and values.after == tuple(run.positions[18])
    assert values.point == tuple(run.gradient_points[17])  # where the marker stands (or ahead)
    assert step_values(run, run.last_frame) is None  # the last frame: no next update
    assert step_values(run, run.last_frame + 50) is None
