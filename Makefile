# The contract with a new user: `make site` and `make test` on a fresh Debian 12 with Swift 6.3.
SWIFT ?= swift
SHELL := /bin/bash
BROADSIDE = .build/release/broadside

.PHONY: site test bootstrap release deb clean

bootstrap:
	scripts/bootstrap

release: bootstrap
	$(SWIFT) build -c release --product broadside

## Builds the tool, then the example site (this repository, with search: Pagefind) into output/.
site: release
	scripts/bootstrap search
	$(BROADSIDE) build --site .

## Runs every test (all written with Swift Testing; XCTest would only report that it ran none).
test:
	scripts/bootstrap test
	$(SWIFT) build --build-tests
	set -o pipefail; $(SWIFT) test --skip-build --disable-xctest 2>&1 | tee .build/test.log

## Builds broadside_<version>_amd64.deb: no Swift runtime needed, man pages, completions (scripts/make-deb).
deb:
	scripts/make-deb

clean:
	rm -rf .build .build-static output broadside_*.deb
