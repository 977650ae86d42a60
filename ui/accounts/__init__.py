"""Accounts in the window: the reviewer's sign-off dialog and the program lock."""
