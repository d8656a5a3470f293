"""Child process of the startup benchmark: open the window as main.py does, report first paint.

Kept apart from the app so that the app carries no benchmark hooks; it builds the same
window from the same functions (gui.app.configure, MainWindow) with a throw-away settings file.
With `--empty` it shows a bare QMainWindow instead: the start-up baseline (Python, Qt and a
first paint, without the app's imports and widgets).
"""

import sys
import tempfile

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer


class FirstPaint(QObject):
    def __init__(self, app):
        super().__init__()
        self._app = app

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


def show_empty() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    probe = FirstPaint(app)
    window.centralWidget().installEventFilter(probe)
    window.resize(1280, 800)
    window.show()
    app.exec()


def show_app() -> None:
    from gui.app import configure

    app = configure()
    from gui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(settings=QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat))
        probe = FirstPaint(app)
        window.surface_view.viewport().installEventFilter(probe)
        window.show()
        app.exec()


def main() -> None:
    show_empty() if "--empty" in sys.argv[1:] else show_app()
    sys.exit(0)


if __name__ == "__main__":
    main()
