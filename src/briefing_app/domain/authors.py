"""Authors the app itself writes in comment threads (in a module of its own: the interface's
labels name it without loading the records' models)."""

#: the author the comment threads give the notes actions had before them (issue 13's migration)
#: and the dataset's remarks on its actions; shown as "Earlier notes"
NOTES_AUTHOR = "briefing-desk"
