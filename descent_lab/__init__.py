"""Descent Lab's start-up code: the `descent-lab` command, its sub-commands, the desktop files."""
