"""A trainee's own data on this machine: the SQLite store, its private folder, profiles, export;
and the folder the app's caches are kept in (`cache_folder`: rubric text, nothing about a trainee).

Everything here writes only local files with owner-only permissions; nothing leaves the machine.
"""
