"""Checkout alias: `import cli` is descent_lab.cli (an installed app has no top-level `cli`)."""

import sys

from descent_lab import cli as _cli

sys.modules[__name__] = _cli
