# Rota: two commands on a fresh Debian machine with Swift.
#   make run   installs GLPK when missing, builds, plans Scenarios/data-pipelines.yaml
#   make test  the same install check, the source layout (scripts/check-layout.py), then the whole test suite

SWIFT ?= swift
SCENARIO ?= Scenarios/data-pipelines.yaml

.PHONY: run test build release deps lint format fuzz clean

deps:
	@if [ ! -f /usr/include/glpk.h ]; then \
		echo "Installing GLPK (libglpk-dev, glpk-utils)…"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libglpk-dev glpk-utils; \
	fi

release: deps
	$(SWIFT) build -c release --product rota

run: release
	.build/release/rota plan $(SCENARIO)

build: deps
	$(SWIFT) build

test: deps
	python3 scripts/check-layout.py
	$(SWIFT) build
	$(SWIFT) test

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Fuzz Package.swift $(wildcard Benchmarks)

format:
	$(SWIFT) format format --in-place --recursive Sources Tests Fuzz Package.swift $(wildcard Benchmarks)

fuzz:
	scripts/fuzz.sh $(or $(SECONDS_PER_TARGET),60)

clean:
	rm -rf .build
