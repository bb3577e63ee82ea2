/*
 * main.c: planlint's entry point: dispatches to a subcommand.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const struct {
	const char	*name;
	int		(*fn)(int, char **);
	const char	*help;
} commands[] = {
	{ "extract", pl_cmd_extract,
	    "in các mục đã trích xuất (nhiệm vụ, chỉ tiêu, văn bản trích dẫn)" },
	{ "check", pl_cmd_check,
	    "kiểm tra kế hoạch theo các quy tắc (06 rõ, thời hạn, trích dẫn...)" },
	{ "targets", pl_cmd_targets,
	    "bảng đối chiếu chỉ tiêu giữa các văn bản, đánh dấu số liệu không khớp" },
	{ "rules", pl_cmd_rules, "liệt kê các quy tắc" },
	{ "explain", pl_cmd_explain,
	    "giải thích một quy tắc: mô tả, cách sửa, ví dụ" },
	{ "init", pl_cmd_init,
	    "tạo tệp cấu hình .planlint.yaml mẫu có chú thích" },
};

static void
usage(FILE *f)
{
	fputs("usage: planlint COMMAND [OPTIONS] FILE|DIR...\n\ncommands:\n", f);
	for (size_t i = 0; i < PL_NELEM(commands); i++)
		fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].help);
}

int
main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return PL_EXIT_ERROR;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("planlint %s\n", PL_VERSION);
		return PL_EXIT_OK;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(stdout);
		return PL_EXIT_OK;
	}
	for (size_t i = 0; i < PL_NELEM(commands); i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return commands[i].fn(argc - 1, argv + 1);
	fprintf(stderr, "planlint: unknown command '%s'\n", argv[1]);
	usage(stderr);
	return PL_EXIT_ERROR;
}
