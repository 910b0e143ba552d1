"""A trainee's own data on this machine: the SQLite store, its private folder, profiles, export.

Everything here writes only local files with owner-only permissions; nothing leaves the machine.
"""
