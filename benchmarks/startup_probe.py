"""Child process of the startup benchmark: open the window as main.py does, report first paint.

Kept apart from the app so that the app carries no benchmark hooks; it builds the same
window from the same functions (gui.app.configure, MainWindow) with a throw-away settings file.
"""

import sys
import tempfile

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

from gui.app import configure


class FirstPaint(QObject):
    def __init__(self, app):
        super().__init__()
        self._app = app

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


def main() -> None:
    app = configure()
    from gui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(settings=QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat))
        probe = FirstPaint(app)
        window.surface_view.viewport().installEventFilter(probe)
        window.show()
        app.exec()
    sys.exit(0)


if __name__ == "__main__":
    main()
