# The contract with a new user: `make site` and `make test` on a fresh Debian 12 with Swift 6.3.
SWIFT ?= swift
BROADSIDE = .build/release/broadside

.PHONY: site test bootstrap release clean

bootstrap:
	scripts/bootstrap

release: bootstrap
	$(SWIFT) build -c release --product broadside

## Builds the tool, then the example site (this repository) into output/.
site: release
	$(BROADSIDE) build --site .

## Runs every test.
test: bootstrap
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build output
