# Two commands do all set-up: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check bench-score bench-ui bench-store bench-room bench-room-day bench-leave bench-studio bench-ceiling bench-validate clean schema

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	@$(BIN)/peer-practice

test: $(STAMP)
	@$(BIN)/python -m pytest -q

check: $(STAMP)
	$(BIN)/ruff check simulator tests bench
	$(BIN)/ruff format --check simulator tests bench
	$(BIN)/mypy simulator

schema: $(STAMP)
	$(BIN)/python -m simulator.content.schema_export

bench-ui: $(STAMP)
	@$(BIN)/python bench/bench_ui.py

bench-store: $(STAMP)
	@$(BIN)/python bench/bench_store.py

bench-room: $(STAMP)
	@$(BIN)/python bench/bench_room.py

# A triad's 30 minutes in a room, compressed 30x (one minute): latency, a killed seat, no loss.
bench-room-day: $(STAMP)
	@$(BIN)/python bench/bench_room_day.py

# From a closed terminal to the app gone and its room told, started directly and by make run.
bench-leave: $(STAMP)
	@$(BIN)/python bench/bench_leave.py

# From a saved scenario file to the reloaded moment in the studio; playtest of the library.
bench-studio: $(STAMP)
	@$(BIN)/python bench/bench_studio.py

# An upper bound for learned models on the dev sets (analysis only; installs scikit-learn).
bench-ceiling: $(STAMP)
	@$(BIN)/python -c "import sklearn" 2>/dev/null || $(BIN)/python -m pip install --quiet scikit-learn
	@$(BIN)/python bench/score_ceiling.py

bench-score: $(STAMP)
	@$(BIN)/python bench/bench_score.py

bench-validate: $(STAMP)
	@$(BIN)/python bench/bench_validate.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist

# Agreement per failure family on the held-out part of tests/data/labelled_replies.jsonl (issue #11).
.PHONY: bench-families
bench-families: $(STAMP)
	@$(BIN)/python bench/bench_families.py
