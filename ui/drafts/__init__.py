"""Parts of the Concepten page and the drafts tab: match checks, suggestions, timeline."""
