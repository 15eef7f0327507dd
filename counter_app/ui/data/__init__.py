"""The office's data from the window: import, export, backups, restore, the check."""
