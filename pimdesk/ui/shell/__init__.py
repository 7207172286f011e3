"""The window, wiring the features in: start, menus, page area, search. Uses any part of ui/."""
