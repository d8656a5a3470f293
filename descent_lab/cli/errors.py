"""Bad input: the one exception every command raises for it, and its exit status."""

EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad input from the user: reported as one line on stderr, exit status 2."""
