"""The `export` command: a preset or a session to PNG, SVG, GIF, MP4, CSV or JSON, headless."""

from __future__ import annotations

import os
import sys

from descent_lab.cli.errors import UsageError
from engine.output.destination import check_writable, write_output
from engine.output.scene_tables import write_runs_csv, write_runs_json
from engine.scene.scene import Scene

NAME = "export"
IMAGE, ANIMATION, DATA = (".png", ".svg"), (".gif", ".mp4"), (".csv", ".json")
FORMATS = IMAGE + ANIMATION + DATA
DEFAULT_SIZE = "1920x1080"
DEFAULT_FPS = 30.0


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="save a preset or session as an image, animation or data file, without a window",
        description="The format comes from --out's extension: " + " ".join(FORMATS),
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--preset", metavar="NAME", help="one of the lecture's presets")
    source.add_argument("--session", metavar="FILE", help="a saved session file")
    parser.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    parser.add_argument("--size", default=DEFAULT_SIZE, help=f"WxH pixels ({DEFAULT_SIZE})")
    frames = parser.add_mutually_exclusive_group()
    frames.add_argument("--frame", type=int, help="the step shown in an image (default: saved)")
    frames.add_argument("--frames", metavar="A:B", help="steps of an animation (default: all)")
    parser.add_argument("--fps", type=float, default=DEFAULT_FPS, help="animation frame rate (30)")
    parser.add_argument("--charts", action="store_true", help="add the charts below the plot")
    parser.add_argument("--no-legend", action="store_true", help="leave the legends out")
    parser.add_argument(
        "--slide",
        action="store_true",
        help="slide style: a title, the step counter, text and lines sized for a projector",
    )
    parser.add_argument(
        "--title", help="the slide's title (default: the preset's title or the session's name)"
    )


def execute(args) -> None:
    suffix = os.path.splitext(args.out)[1].lower()
    if suffix not in FORMATS:
        raise UsageError(f"--out {args.out!r}: the extension must be one of {' '.join(FORMATS)}")
    check_writable(args.out)
    scene, frame, view, selected = load_source(args)
    if suffix in DATA:
        runs = scene_runs(scene)
        write = write_runs_json if suffix == ".json" else write_runs_csv
        write_output(lambda stream: write(scene, runs, stream), args.out)
        return
    render(args, suffix, scene, frame, view, selected)


def load_source(args) -> tuple[Scene, int, tuple | None, int]:
    """(scene, frame, view range or None, selected run) of the preset or session file."""
    if args.preset is not None:
        from engine.scene.presets import load_preset

        preset = load_preset(args.preset)
        return preset.scene, preset.frame, None, 0
    from engine.scene.session_file import read_session

    state = read_session(args.session)
    return state.scene, state.frame, state.view, state.selected


def slide_title(args) -> str:
    """--title, else the preset's title, else the session file's name without .json."""
    if args.title is not None:
        return args.title
    if args.preset is not None:
        from engine.scene.presets import load_preset

        return load_preset(args.preset).title
    name = os.path.basename(args.session)
    return name[: -len(".json")] if name.lower().endswith(".json") else name


def scene_runs(scene: Scene) -> tuple:
    from engine.scene.scene import RunCache

    return RunCache().runs_of(scene)


def parse_frames(args, suffix: str, saved_frame: int, last_frame: int) -> range:
    """One frame for an image (--frame, else the saved one), A..B inclusive for an animation."""
    if suffix in IMAGE:
        if args.frames is not None:
            raise ValueError("--frames is for .gif and .mp4; an image shows one --frame N")
        first = last = min(saved_frame, last_frame) if args.frame is None else args.frame
    elif args.frame is not None:
        raise ValueError("--frame is for images; an animation takes --frames A:B")
    elif args.frames is None:
        first, last = 0, last_frame
    else:
        try:
            first, last = (int(part) for part in args.frames.split(":"))
        except ValueError:
            raise ValueError(f"--frames {args.frames!r} must be A:B, e.g. 0:120") from None
    if not 0 <= first <= last <= last_frame:
        raise ValueError(
            f"frames {first}:{last} must satisfy 0 ≤ A ≤ B ≤ {last_frame} (the scene's steps)"
        )
    return range(first, last + 1)


def ensure_display() -> None:
    """Draw offscreen when there is no display (before any QApplication exists)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _on_qt_message(kind, context, message) -> None:
    # The offscreen platform's notice about size hints is noise on a command line.
    if "propagateSizeHints" not in message:
        print(f"qt: {message}", file=sys.stderr)


def quiet_qt() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(_on_qt_message)


def render(args, suffix: str, scene: Scene, frame: int, view, selected: int) -> None:
    from gui.files import render as export

    width, height = export.parse_size(args.size)
    frames = parse_frames(args, suffix, frame, scene.steps)
    if suffix in ANIMATION:
        export.check_fps(args.fps, suffix)
        if suffix == ".mp4":
            export.video_writer_module()  # say the extra is missing before drawing anything
    ensure_display()
    quiet_qt()
    from gui.app import configure
    from gui.models import Session

    configure()
    session = Session(scene)
    if 0 <= selected < len(scene.runs):
        session.select(selected)
    options = export.ImageOptions(
        width, height, legend=not args.no_legend, charts=args.charts, slide=args.slide,
        title=slide_title(args) if args.slide else "", counter=suffix in ANIMATION,
    )  # fmt: skip
    canvas = export.ExportCanvas(session, options)
    if view is not None:
        canvas.set_view_range(view)
    try:
        if suffix in IMAGE:
            canvas.set_frame(frames[0])
            export.export_image(canvas, args.out)
        else:
            export.export_animation(canvas, args.out, frames, args.fps)
    except OSError as error:
        raise ValueError(f"cannot write {args.out!r}: {error.strerror or error}") from None
    finally:
        canvas.dispose()
