"""The app's data: presets (JSON), translations (.ts and compiled .qm), icons, desktop files.

A package so that it installs with the wheel and is found with importlib.resources wherever
it was installed, never through a path relative to the checkout.
"""

from importlib.resources import files


def resource(*parts: str):
    """A file or folder under resources/, found where the package is installed."""
    return files(__name__).joinpath(*parts)
