"""Pages of the main window: the overview and the record lists with their detail panes."""
