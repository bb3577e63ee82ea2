# planlint: one non-recursive Makefile.  `make run` checks the bundled
# corpus; `make check` runs every test, then again under ASan + UBSan.

# ---- Settings ----
CC	?= cc
BUILD	?= build
PREFIX	?= /usr/local
PKGS	 = libpcre2-8 yaml-0.1 libutf8proc libzip libxml-2.0 sqlite3
CSTD	 = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
OPT	?= -O2 -g

# ---- Warnings ----
WARN	 = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
	   -Wmissing-prototypes -Wwrite-strings -Wpointer-arith \
	   -Wno-unused-parameter

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lpcre2-8 -lyaml -lutf8proc -lzip -lxml2 -lsqlite3)
CFLAGS	+= $(CSTD) $(WARN) $(OPT) $(PKG_CFLAGS) -MMD -MP
LDLIBS	+= $(PKG_LIBS) -lm
# --jobs checks files in worker threads (src/cli/jobs.c).
CFLAGS	+= -pthread
LDLIBS	+= -pthread

# ---- Objects, one list per stage (the layout is the architecture) ----
BASE_SRCS   = $(sort $(wildcard src/base/*.c))
MODEL_SRCS  = $(sort $(wildcard src/model/*.c))
INGEST_SRCS = $(sort $(wildcard src/ingest/*.c))
RULES_SRCS  = $(sort $(wildcard src/rules/*.c))
REPORT_SRCS = $(sort $(wildcard src/report/*.c))
CLI_SRCS    = $(sort $(wildcard src/cli/*.c))
LIB_SRCS    = $(BASE_SRCS) $(MODEL_SRCS) $(INGEST_SRCS) $(RULES_SRCS) \
	      $(REPORT_SRCS)
TEST_SRCS   = $(sort $(wildcard tests/*/test_*.c))

LIB_OBJS  = $(LIB_SRCS:%.c=$(BUILD)/%.o)
CLI_OBJS  = $(CLI_SRCS:%.c=$(BUILD)/%.o)
TEST_OBJS = $(TEST_SRCS:%.c=$(BUILD)/%.o)

LIB	  = $(BUILD)/libplanlint.a
BIN	  = $(BUILD)/planlint
TESTBIN	  = $(BUILD)/planlint-tests

.PHONY: all run check check-unit check-golden check-layers asan bench fuzz \
	leakcheck format install uninstall clean echo deps check-deps check-sarif check-cli \
	check-integration

all: deps $(BIN)

deps:
	@./scripts/deps.sh

check-deps:
	@./scripts/deps.sh check

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(BIN): $(CLI_OBJS) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJS) $(LIB) $(LDLIBS)

# The unit tests also reach the CLI's helpers (config, baseline, globs):
# every cli object but main.o.
CLI_TEST_OBJS = $(filter-out $(BUILD)/src/cli/main.o,$(CLI_OBJS))

$(TESTBIN): $(TEST_OBJS) $(CLI_TEST_OBJS) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(TEST_OBJS) $(CLI_TEST_OBJS) $(LIB) $(LDLIBS) -lcriterion

# ---- The main job: check the bundled corpus ----
# Findings exit 1 by design; only a tool error (exit 2) fails the target.
run: all
	@$(BIN) check --no-config corpus/; rc=$$?; [ $$rc -le 1 ]

# ---- Tests ----
check: check-deps check-layers
	$(MAKE) check-unit check-golden check-cli check-sarif check-integration
	$(MAKE) BUILD=build/asan OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined" check-unit check-golden check-cli

check-unit: $(TESTBIN) $(BIN)
	$(TESTBIN) --jobs 2

check-golden: $(BIN)
	./tests/golden.sh $(BIN)
	./tests/cases/run.sh $(BIN)

# The command line end to end: configs, baselines, --changed-since, --jobs.
check-cli: $(BIN)
	./tests/cli/run.sh $(BIN)

# The corpus as SARIF, validated by the Microsoft SARIF multitool (npm).
check-sarif: $(BIN)
	$(BIN) check --fail-on never --format sarif -o $(BUILD)/corpus.sarif corpus/
	./tests/sarif-validate.sh $(BUILD)/corpus.sarif

# make install into a temporary prefix, the man page, bash completion, the
# pre-commit hook and the commands of the CI examples in docs/.
check-integration: $(BIN) $(BUILD)/pl-parse
	./tests/integration/run.sh $(BUILD)

$(BUILD)/pl-parse: tests/integration/parse.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LDLIBS)

# Layering: base includes nothing of ours; reporters never see ingest or rules.
check-layers:
	@! grep -n '#include "\.\./' src/base/*.[ch] || { echo "base/ must not include other stages"; exit 1; }
	@! grep -nE '#include "\.\./(ingest|rules|cli)/' src/report/*.[ch] src/model/*.[ch] || { echo "report/ and model/ must not include ingest, rules or cli"; exit 1; }

bench: all
	@./scripts/deps.sh bench
	./tests/bench.sh $(BIN)

# Coverage-guided fuzzing of ingestion (clang's libFuzzer), seeded with
# the corpus; FUZZTIME seconds.
FUZZTIME ?= 60
fuzz: deps
	$(MAKE) BUILD=build/fuzz CC=clang OPT="-O1 -g -fsanitize=fuzzer-no-link,address,undefined" build/fuzz/libplanlint.a
	clang -O1 -g -fsanitize=fuzzer,address,undefined -o build/fuzz/fuzz_ingest \
	    tests/fuzz/fuzz_ingest.c build/fuzz/libplanlint.a $(LDLIBS)
	@mkdir -p build/fuzz/corpus
	build/fuzz/fuzz_ingest -max_total_time=$(FUZZTIME) -timeout=5 build/fuzz/corpus corpus tests/bad

# Leaks over the corpus, extract and check.  PCRE2's JIT code is opaque to
# memcheck's definedness tracking (false "uninitialised" reports), so only
# leaks and invalid accesses are judged; check exits 1 for its findings.
VALGRIND = valgrind -q --undef-value-errors=no --leak-check=full \
	   --errors-for-leak-kinds=definite,indirect --error-exitcode=3
leakcheck: all
	$(VALGRIND) $(BIN) extract corpus/ >/dev/null
	$(VALGRIND) $(BIN) check --no-config --format json corpus/ >/dev/null; \
	    rc=$$?; [ $$rc -le 1 ]

format:
	clang-format -i $(LIB_SRCS) $(CLI_SRCS) $(wildcard src/*/*.h)

# ---- Installation (DESTDIR for staged installs) ----
# The binary finds its rule packs at ../share/planlint/rules; the shipped
# packs in that directory are replaced as a whole so a renamed pack does not
# linger.  uninstall removes exactly what install wrote.
DATADIR	    = $(PREFIX)/share/planlint
MANDIR	    = $(PREFIX)/share/man
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
PACKS	    = $(notdir $(wildcard rules/*.yaml))

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR)/rules \
	    $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(BASHCOMPDIR)
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/planlint
	rm -f $(DESTDIR)$(DATADIR)/rules/*.yaml
	install -m 644 rules/*.yaml rules/README.md $(DESTDIR)$(DATADIR)/rules/
	install -m 644 docs/planlint.1 $(DESTDIR)$(MANDIR)/man1/planlint.1
	install -m 644 completion/planlint.bash $(DESTDIR)$(BASHCOMPDIR)/planlint

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/planlint \
	    $(DESTDIR)$(MANDIR)/man1/planlint.1 $(DESTDIR)$(BASHCOMPDIR)/planlint \
	    $(addprefix $(DESTDIR)$(DATADIR)/rules/,$(PACKS) README.md)
	rmdir $(DESTDIR)$(DATADIR)/rules $(DESTDIR)$(DATADIR) 2>/dev/null || true

clean:
	rm -rf build

echo:
	@echo "CC      = $(CC)"
	@echo "CFLAGS  = $(CFLAGS)"
	@echo "LDLIBS  = $(LDLIBS)"
	@echo "BUILD   = $(BUILD)"

-include $(LIB_OBJS:.o=.d) $(CLI_OBJS:.o=.d) $(TEST_OBJS:.o=.d)
