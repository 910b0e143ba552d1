"""Practice beyond a single scenario: drill sets, spaced repetition and the course path state."""
