/*
 * jobs.c: --jobs N, ingesting and checking files in parallel threads.
 * Workers take the next job from a shared counter and write only into
 * that job; rule sets are read-only and each pl_check_doc call has its
 * own PCRE2 scratch, so the results are those of a serial run.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "cli.h"

struct pool {
	struct pl_job	*jobs;
	size_t		 n;
	size_t		 next;	/* the next job to take, under lock */
	pthread_mutex_t	 lock;
};

static void
run_one(struct pl_job *j)
{
	j->doc = NULL;
	j->status = 0;
	if (pl_load_doc(j->path, j->ingest, &j->doc, &j->err) == -1) {
		j->doc = NULL;
		j->status = PL_JOB_INPUT;
		return;
	}
	if (j->doc->meta.sixro_declared == 0)
		j->doc->meta.sixro_declared = j->sixro;
	if (pl_check_doc(j->rs, j->doc, j->check, &j->err) == -1)
		j->status = PL_JOB_RULES;
}

static void *
worker(void *arg)
{
	struct pool *p = arg;
	size_t i;

	for (;;) {
		pthread_mutex_lock(&p->lock);
		i = p->next < p->n ? p->next++ : p->n;
		pthread_mutex_unlock(&p->lock);
		if (i == p->n)
			return NULL;
		run_one(&p->jobs[i]);
	}
}

void
pl_jobs_run(struct pl_job *jobs, size_t n, int nthreads)
{
	struct pool p = { jobs, n, 0, PTHREAD_MUTEX_INITIALIZER };
	pthread_t *t;
	int started = 0;

	if (nthreads < 1)
		nthreads = 1;
	if ((size_t)nthreads > n)
		nthreads = (int)n;
	if (nthreads <= 1) {
		for (size_t i = 0; i < n; i++)
			run_one(&jobs[i]);
		return;
	}
	/*
	 * libxml2 (.docx) wants its one-time setup done before threads use
	 * it; docx.c's own call is then a no-op.
	 */
	xmlInitParser();
	/* nthreads - 1 threads, and the caller is the last worker. */
	t = pl_xcalloc((size_t)nthreads, sizeof(*t));
	for (int i = 0; i < nthreads - 1; i++) {
		if (pthread_create(&t[i], NULL, worker, &p) != 0)
			break;	/* fewer threads: the caller works too */
		started++;
	}
	worker(&p);
	for (int i = 0; i < started; i++)
		pthread_join(t[i], NULL);
	free(t);
	pthread_mutex_destroy(&p.lock);
}

int
pl_jobs_report(FILE *f, const struct pl_job *jobs, size_t n,
    enum pl_lang lang, bool *rules_failed)
{
	int rc = PL_EXIT_OK;

	for (size_t i = 0; i < n; i++) {
		if (jobs[i].status != 0) {
			pl_diag_error(f, &jobs[i].err, lang);
			rc = PL_EXIT_ERROR;
			if (jobs[i].status == PL_JOB_RULES)
				*rules_failed = true;
		}
		for (size_t w = 0; jobs[i].doc != NULL &&
		    w < jobs[i].doc->warnings.n; w++)
			fprintf(f, "%s:%s\n", jobs[i].path,
			    jobs[i].doc->warnings.v[w]);
	}
	return rc;
}
