# The two commands of the README: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PACKAGE_STAMP := $(VENV)/.package-stamp
PYINSTALLER_WORK := build/pyinstaller
ICONS := $(PYINSTALLER_WORK)/assistdesk/generated/icons

.PHONY: run test test-dates lint typecheck pytest bench bench-scale package package-test clean screenshots translations document-pictures

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit("AssistDesk needs Python 3.11 or newer (found %s)." % sys.version.split()[0] if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/assistdesk $(ARGS)

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest $(PYTEST_ARGS)

# The CLI, services and UI tests again while the whole test process believes it is another
# moment (tests/clock_shift.py): a Friday just before closing, New Year's Eve, a leap day, and the
# night Lisbon moves its clocks. `make test-dates CLOCK_SHIFTS=new-year` runs one of them.
CLOCK_SHIFTS ?= friday-close new-year leap-day lisbon-dst

test-dates: $(STAMP)
	@for shift in $(CLOCK_SHIFTS); do \
		echo "== the tests at $$shift"; \
		ASSISTDESK_TEST_NOW=$$shift $(BIN)/pytest -q -p no:cacheprovider tests/cli tests/services tests/ui \
			|| exit 1; \
	done

bench: $(STAMP)
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/timer_cpu.py

# A million sessions (issue 15, docs/benchmarks.md): builds the database once per seed, size and
# schema (kept in build/scale/ and in PostgreSQL schemas scale_*), then measures every figure beside
# its baseline. `make bench-scale ARGS="--sessions 100000 --backend sqlite"`; exit 1 on a miss.
bench-scale: $(STAMP)
	$(BIN)/python -m benchmarks.scale $(ARGS)

# Every kind of document in each language as the tests draw it (tests/documents): one PNG per page
# in build/document-pictures/, to look at (pdftoppm, from poppler-utils).
document-pictures: $(STAMP)
	ASSISTDESK_DOCUMENT_PICTURES=build/document-pictures $(BIN)/pytest -q -p no:cacheprovider tests/documents

# docs/images/*.png from a made-up office; under Xvfb when there is no display (docs/screenshots.py).
screenshots: $(STAMP)
	$(BIN)/python docs/screenshots.py

# resources/translations (docs/languages.md): every translate()/QT_TRANSLATE_NOOP string of app/ui
# and the settings' modules into assistdesk_<lang>.ts (translations kept, new strings unfinished, gone
# ones dropped), then the .qm files the app loads. Translate the .ts (pyside6-linguist), run again.
TRANSLATIONS := resources/translations
TS_LANGUAGES := pt_PT nl_NL

translations: $(STAMP)
	@for locale in $(TS_LANGUAGES); do \
		ts=$(TRANSLATIONS)/assistdesk_$${locale%%_*}.ts; \
		$(BIN)/pyside6-lupdate -silent -extensions py -no-obsolete -locations relative \
			-source-language en -target-language $$locale app/ui app/settings.py app/setting_schema.py app/settings_file.py app/setting_rules.py app/core app/services app/tools app/mail app/storage -ts $$ts || exit 1; \
		$(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; \
	done
	@echo "Unfinished translations (tests/ui/test_translations.py lists them):"
	@grep -c 'type="unfinished"' $(TRANSLATIONS)/*.ts || true

# The installable program (docs/packaging.md): PyInstaller (the `package` extra) builds
# dist/assistdesk/; on Linux, the desktop files and dist/assistdesk-VERSION-linux-ARCH.tar.gz.
$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,package]'
	@touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	rm -rf dist $(PYINSTALLER_WORK)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath $(PYINSTALLER_WORK) packaging/assistdesk.spec
	@if [ "$$(uname -s)" = Linux ]; then $(BIN)/python packaging/linux_dist.py $(ICONS); fi

# Builds, then installs the Linux tarball in a temporary HOME and runs it with a clean environment.
package-test: package
	$(BIN)/python -I packaging/smoke_test.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
