"""What facilitators write, and everything that reads and checks it: the scenario, rubric and
course file formats, loading with every problem collected as `file:line:col` rows, `validate`,
lint, the branch map, playtests and starting files. Domain core: nothing here imports textual."""
