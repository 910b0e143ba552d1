# Two commands do all set-up: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check bench-score bench-ui bench-store bench-room bench-studio bench-ceiling clean schema

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
	$(BIN)/python -m simulator.schema_export

bench-ui: $(STAMP)
	@$(BIN)/python bench/bench_ui.py

bench-store: $(STAMP)
	@$(BIN)/python bench/bench_store.py

bench-room: $(STAMP)
	@$(BIN)/python bench/bench_room.py

bench-studio: $(STAMP)
	@$(BIN)/python bench/bench_studio.py

# An upper bound for learned models on the dev sets (analysis only; installs scikit-learn).
bench-ceiling: $(STAMP)
	@$(BIN)/python -c "import sklearn" 2>/dev/null || $(BIN)/python -m pip install --quiet scikit-learn
	@$(BIN)/python bench/score_ceiling.py

bench-score: $(STAMP)
	@$(BIN)/python bench/bench_score.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
