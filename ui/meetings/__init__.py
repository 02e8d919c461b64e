"""Parts of the Vergaderingen page: edit dialogs, the agenda panel and the history dialog."""
