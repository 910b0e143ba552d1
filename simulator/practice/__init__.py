"""Running practice: mechanisms around the session engine (such as scoring in a separate
process with a time budget), shared by the app and, later, other front ends."""
