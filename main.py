"""Start Descent Lab from a checkout (`make run`); installed, the command is `descent-lab`."""

import sys

from descent_lab.main import main

if __name__ == "__main__":
    sys.exit(main())
