# parx — two entry points for a fresh Debian machine:
#   make run   extract every sample in samples/ into parx-out/ and print a summary
#   make test  run the test suite (OCR tests included)
# Both install what is missing first: Debian packages (Tesseract with Vietnamese,
# poppler, fonts), a virtualenv in .venv and the package with its dev extras.

VENV     ?= .venv
PY       := $(VENV)/bin/python
APT_PKGS := tesseract-ocr tesseract-ocr-vie poppler-utils fonts-dejavu-core fonts-liberation2
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test bench deps lint samples clean

deps:
	@missing=""; \
	for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
		echo "parx: cài gói hệ thống còn thiếu:$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

run: deps $(VENV)/.installed
	$(VENV)/bin/parx extract samples/ -o parx-out

test: deps $(VENV)/.installed
	$(PY) -m pytest -q

bench: deps $(VENV)/.installed
	$(PY) benchmarks/bench_extract.py
	$(PY) benchmarks/bench_text_repair.py
	$(PY) benchmarks/bench_ocr.py
	$(PY) benchmarks/bench_ocr_unseen.py
	$(PY) benchmarks/bench_bulk.py

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .

samples: $(VENV)/.installed
	$(PY) samples/build_samples.py
	$(PY) samples/scans/build_scans.py

clean:
	rm -rf parx-out .pytest_cache
