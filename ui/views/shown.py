"""When a page reads the project: the one rule every analysis and record page follows.

- A hidden page reads nothing: a project bound or a change made while it is
  hidden only marks it; it reads when it is next shown (start-up stays fast,
  a change on one page does not recompute five others).
- A change of the screen's audience (meeting mode) is acted on also while
  the page is hidden: nothing read for another audience may linger in it.

A page mixes this in before QWidget and gives :meth:`read_page` (its full
refresh); it calls :meth:`read_when_shown` from bind/on_change, and
:meth:`audience_changed` from set_meeting_mode. Its own ``showEvent``, if it
has one, calls ``super().showEvent(event)`` first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent


class ReadWhenShown:
    """Mixin for a QWidget page: read now when visible, else when next shown."""

    _unread = False

    def read_page(self) -> None:
        raise NotImplementedError

    def forget_page(self) -> None:
        """A hidden page whose audience changed: by default it reads again at once (its
        content is replaced); a page may instead drop what it shows (read when shown)."""
        self._unread = False
        self.read_page()

    def read_when_shown(self, read: Callable[[], None] | None = None) -> None:
        """Read now (`read`, by default the full :meth:`read_page`) when visible, else later."""
        if not self.isVisible():  # type: ignore[attr-defined]
            self._unread = True
            return
        self._unread = False
        (read or self.read_page)()

    def audience_changed(self, changed: bool = True) -> None:
        """Meeting mode switched: act also while hidden, nothing of the old audience stays."""
        if not changed or self.isVisible():  # type: ignore[attr-defined]
            self.read_when_shown()
            return
        self._unread = True
        self.forget_page()

    @property
    def unread(self) -> bool:
        return self._unread

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._unread:
            self._unread = False
            self.read_page()
