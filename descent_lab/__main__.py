"""`python -m descent_lab`: the same as the `descent-lab` command."""

import sys

from descent_lab.main import main

sys.exit(main())
