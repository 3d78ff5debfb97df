"""The floor for the benchmark: a bare PySide6 tray icon that does nothing else.

Whatever backbreak costs above this (memory, wakeups, start time) is backbreak's own;
the rest is Python + Qt + the tray protocol.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon


def main() -> int:
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("#3c8dbc"))
    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.setToolTip("bench floor")
    tray.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
