"""Descent Lab's start-up code and data: the command line, presets, translations and icons."""

from importlib.resources import files


def resource(*parts: str):
    """A file or folder under descent_lab/resources, found where the package is installed."""
    return files(__name__).joinpath("resources", *parts)
