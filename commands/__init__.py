"""Sub-commands of the command line beyond `list` and `run`, one module each (see cli.py)."""
