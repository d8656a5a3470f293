"""`descent-lab --install-desktop`: the app's menu entry, icons and file type for this Linux user.

Everything goes under $XDG_DATA_HOME (default ~/.local/share), so it needs no root:
applications/descent-lab.desktop, icons/hicolor/<N>x<N>/apps/descent-lab.png (and the SVG)
and mime/packages/descent-lab.xml, which registers session files with the MIME type
application/x-descent-lab-session ("Open with" and a double-click then start the app).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from resources import resource

APP_ID = "descent-lab"  # the .desktop file's name; gui/app.py sets it as the desktop file name
MIME_TYPE = "application/x-descent-lab-session"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def data_home() -> Path:
    folder = os.environ.get("XDG_DATA_HOME", "")
    return Path(folder) if os.path.isabs(folder) else Path.home() / ".local" / "share"


def launcher() -> list[str]:
    """The command that starts this installation: its `descent-lab` script, else `python -m`."""
    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if script is not None and script.name.startswith(APP_ID) and script.is_file():
        return [str(script)]
    found = shutil.which(APP_ID)
    return [found] if found else [sys.executable, "-m", "descent_lab"]


def exec_line(command: list[str]) -> str:
    """An Exec= value: each word quoted as the desktop-entry spec asks, then the file (%f)."""
    quoted = []
    for word in command:
        if shlex.quote(word) == word and "%" not in word:
            quoted.append(word)
        else:
            escaped = word.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
            quoted.append('"' + escaped.replace("$", "\\$").replace("%", "%%") + '"')
    return " ".join(quoted) + " %f"


def desktop_entry(command: list[str]) -> str:
    """The packaged .desktop file with its Exec= line pointing at `command`."""
    text = resource("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = [
        f"Exec={exec_line(command)}" if line.startswith("Exec=") else line
        for line in text.splitlines()
    ]
    return "\n".join(lines) + "\n"


def install(home: Path, command: list[str]) -> list[Path]:
    """Write the menu entry, icons and MIME type under `home`; the files written."""
    written = []

    def put(relative: str, data: bytes) -> None:
        path = home / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)

    put(f"applications/{APP_ID}.desktop", desktop_entry(command).encode("utf-8"))
    icons = resource("icons")
    for size in ICON_SIZES:
        data = icons.joinpath(f"{APP_ID}-{size}.png").read_bytes()
        put(f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png", data)
    put(f"icons/hicolor/scalable/apps/{APP_ID}.svg", icons.joinpath(f"{APP_ID}.svg").read_bytes())
    mime = resource("desktop", f"{APP_ID}-mime.xml").read_bytes()
    put(f"mime/packages/{APP_ID}.xml", mime)
    return written


def refresh_caches(home: Path) -> None:
    """Let the desktop see the new type and entry now (the tools are optional)."""
    for tool, folder in (
        ("update-mime-database", home / "mime"),
        ("update-desktop-database", home / "applications"),
        ("gtk-update-icon-cache", home / "icons" / "hicolor"),
    ):
        if shutil.which(tool):
            quiet = [] if tool == "update-mime-database" else ["-q"]
            subprocess.run(
                [tool, *quiet, str(folder)], capture_output=True, timeout=60, check=False
            )


def main() -> int:
    if not sys.platform.startswith("linux"):
        print(
            "error: --install-desktop is for Linux desktops; on Windows and macOS start the app"
            " with the descent-lab command (see the README)",
            file=sys.stderr,
        )
        return 2
    home = data_home()
    try:
        written = install(home, launcher())
    except OSError as error:
        print(f"error: cannot install the desktop entry: {error}", file=sys.stderr)
        return 2
    refresh_caches(home)
    print(f"installed the Descent Lab menu entry, icons and {MIME_TYPE} under {home}:")
    for path in written:
        print(f"  {path}")
    return 0
