"""Tools for facilitators working on content: the branch map, playtests, extra checks and
starting files. Domain core: nothing here imports textual."""
