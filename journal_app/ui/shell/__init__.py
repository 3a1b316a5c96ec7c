"""The window's frame: the main window, its actions and menus, Settings, the tray and the Help menu."""
