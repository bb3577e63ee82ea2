/*
 * test_location.c: document paths as the check reporters show them
 * (relative to the base directory) and as URI references (location.c).
 */
#include <criterion/criterion.h>
#include <string.h>

#include "../../src/report/report.h"

static const struct {
	const char	*path;
	const char	*base;
	const char	*want;
} relpaths[] = {
	{ "/srv/repo/docs/a.txt", "/srv/repo", "docs/a.txt" },
	{ "/srv/repo/docs/a.txt", "/srv/repo/", "docs/a.txt" },
	{ "/srv/repo/docs/a.txt", "/srv/repo//", "docs/a.txt" },
	{ "/srv/repository/a.txt", "/srv/repo", "/srv/repository/a.txt" },
	{ "/srv/repo", "/srv/repo", "/srv/repo" },
	{ "/other/a.txt", "/srv/repo", "/other/a.txt" },
	{ "/a.txt", "/", "a.txt" },
	{ "./docs/a.txt", NULL, "docs/a.txt" },
	{ "./docs/a.txt", ".", "docs/a.txt" },
	{ "././docs/a.txt", "./", "docs/a.txt" },
	{ "docs/a.txt", "docs", "a.txt" },
	{ "./docs/./a.txt", "./docs", "a.txt" },
	{ "docs/a.txt", "doc", "docs/a.txt" },
	{ "../x/a.txt", "/srv/repo", "../x/a.txt" },
	{ "a.txt", "", "a.txt" },
	{ "kế hoạch/b.txt", "kế hoạch", "b.txt" },
};

Test(location, relpath)
{
	for (size_t i = 0; i < PL_NELEM(relpaths); i++) {
		struct pl_buf b = { 0 };

		pl_report_relpath(&b, relpaths[i].path, relpaths[i].base);
		cr_expect_str_eq(b.s, relpaths[i].want, "%s against %s",
		    relpaths[i].path, relpaths[i].base ? relpaths[i].base :
		    "NULL");
		pl_buf_free(&b);
	}
}

static const struct {
	const char	*in;
	const char	*want;
} uris[] = {
	{ "docs/a-b_c.d~e.txt", "docs/a-b_c.d~e.txt" },
	{ "a b.txt", "a%20b.txt" },
	{ "kế hoạch.txt", "k%E1%BA%BF%20ho%E1%BA%A1ch.txt" },
	{ "c:/x.txt", "c%3A/x.txt" },
	{ "100%#?.txt", "100%25%23%3F.txt" },
	{ "[a]{b}|\\^`\"<>.txt", "%5Ba%5D%7Bb%7D%7C%5C%5E%60%22%3C%3E.txt" },
	{ "a+b,c;d=e&f@g!h$i'j(k)*.txt", "a+b,c;d=e&f@g!h$i'j(k)*.txt" },
	{ "tab\there", "tab%09here" },
	{ "", "" },
};

Test(location, uri_encode)
{
	for (size_t i = 0; i < PL_NELEM(uris); i++) {
		struct pl_buf b = { 0 };

		pl_uri_encode(&b, uris[i].in);
		cr_assert_not_null(b.s);
		cr_expect_str_eq(b.s, uris[i].want, "%s", uris[i].in);
		pl_buf_free(&b);
	}
}

Test(location, appends)
{
	struct pl_buf b = { 0 };

	pl_buf_adds(&b, "file://");
	pl_uri_encode(&b, "/a b");
	pl_buf_addc(&b, ' ');
	pl_report_relpath(&b, "/r/x", "/r");
	cr_assert_str_eq(b.s, "file:///a%20b x");
	pl_buf_free(&b);
}
