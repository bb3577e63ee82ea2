/*
 * fuzz_ingest.c: libFuzzer target for the whole ingestion stage, bytes
 * to model: every input must give a document or an error, never a
 * crash, a hang or a leak.  Built by `make fuzz` (clang).
 */
#include <stddef.h>
#include <stdint.h>

#include "../../src/ingest/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pl_ingest_opts opts = { .lenient = size > 0 && data[0] & 1 };
	struct pl_doc *doc = NULL;
	struct pl_err err;

	if (pl_ingest_bytes("fuzz", (const char *)data, size, &opts, &doc,
	    &err) == 0)
		pl_doc_free(doc);
	return 0;
}
