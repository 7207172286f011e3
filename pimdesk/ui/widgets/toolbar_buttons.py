"""Keep a toolbar's buttons in step with their actions without Qt adding a connection each time.

Qt 6.11's QToolButton answers every change of its action (enabled, checked, text, icon, tool
tip) by calling `setDefaultAction` again, and that connects the action's `changed` signal to the
button once more. The toolbar's back, forward and bookmark actions change on every page shown,
so a working day piled up thousands of connections: memory that grew by some kilobytes a minute
(the soak's creep) and a `changed` signal that called every one of them. Each button here is
given the action's new state directly, which is all `setDefaultAction` does besides connecting.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionEvent
from PySide6.QtWidgets import QToolBar, QToolButton


class ActionButtonSync(QObject):
    """An event filter for a toolbar's buttons: an action's change updates its button."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ActionChanged or not isinstance(watched, QToolButton):
            return False
        action = event.action() if isinstance(event, QActionEvent) else None
        if action is None or action is not watched.defaultAction():
            return False
        show_state(watched, action)
        return True  # handled: QToolButton would call setDefaultAction and connect again


def show_state(button: QToolButton, action: QAction) -> None:
    """What `QToolButton.setDefaultAction` copies from the action, without its connection."""
    button.setText(action.iconText().replace("&", "&&"))  # a text, not a mnemonic
    button.setIcon(action.icon())
    button.setToolTip(action.toolTip())
    button.setStatusTip(action.statusTip())
    button.setWhatsThis(action.whatsThis())
    button.setCheckable(action.isCheckable())
    button.setChecked(action.isChecked())
    button.setEnabled(action.isEnabled())


def keep_buttons_in_step(toolbar: QToolBar) -> ActionButtonSync:
    """Install the filter on every button `toolbar` made for an action (call it once the
    actions are added)."""
    sync = ActionButtonSync(toolbar)
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton) and button.defaultAction() is action:
            button.installEventFilter(sync)
    return sync
