"""The `workbench` command: a thin shell over the core's services.

Exit codes: 0 success, 1 a user error (one line on stderr), 2 a usage
error. No traceback reaches the user.
"""
