"""The training view (chapters 4 to 7): controller, views, runs, dialogs; see panel.py."""
