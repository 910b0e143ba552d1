"""Running practice: the session engine (the mutable state of one scenario played), pair and room
practice, progress over sessions, recording into the store, scoring in a separate process with a
time budget, drill sets, spaced repetition and the course path state. Shared by the app and the
plain mode; domain core, so nothing here imports textual."""
