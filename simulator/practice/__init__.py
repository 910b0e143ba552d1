"""Running practice: mechanisms around the session engine (such as scoring in a separate
process with a time budget), drill sets, spaced repetition and the course path state.
Shared by the app and the plain mode."""
