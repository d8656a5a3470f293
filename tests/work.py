"""Count work instead of timing it: a hang or a blow-up shows as a count, on any machine."""

from __future__ import annotations

import sys
from collections.abc import Callable


def python_calls(work: Callable[[], object]) -> int:
    """How many Python function calls `work()` makes (exceptions it raises are swallowed).

    Deterministic for a given input, so a bound on it catches an exponential parse or a
    loop that should have stopped, without a clock that a busy machine can stretch.
    """
    calls = 0

    def count(_frame, event, _arg):
        nonlocal calls
        if event == "call":
            calls += 1

    sys.setprofile(count)
    try:
        work()
    except Exception:  # noqa: BLE001 (the caller checks the exception separately)
        pass
    finally:
        sys.setprofile(None)
    return calls
