"""The team server: a project in a PostgreSQL schema, its roles, and laptops' copies.

:mod:`.setup` creates and upgrades a project schema with its roles,
row-level security and change notifications (``workbench server init``,
``grant``); :mod:`.transfer` moves a project between a file and the server
(push, check-out, check-in through the three-way merge); :mod:`.listen`
hears other users' changes. Opening a server project is the store's job
(:class:`workbench.store.server_document.ServerDocument`). See
docs/team-server.md.
"""
