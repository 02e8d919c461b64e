"""The weights page's parts: profile chooser, sliders, ranking, elicitation dialogs."""
