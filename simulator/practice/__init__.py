"""Practice beyond a single scenario: running it (scoring in a separate process with a time
budget), drill sets and their spaced repetition, and the course path state; shared by the app
and plain mode."""
