"""Content beyond single scenarios, and tools for facilitators working on content: the
course path (units, lessons, drills, support card), the branch map, playtests, extra checks
and starting files. Domain core: nothing here imports textual."""
