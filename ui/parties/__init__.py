"""The Parties page: measures x parties, history, zone of agreement."""
