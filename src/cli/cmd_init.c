/*
 * cmd_init.c: `planlint init [--force] [--lang vi|en] [DIR]` writes a
 * commented starter .planlint.yaml into DIR (the current directory by
 * default).  It never overwrites an existing file unless --force is given.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/*
 * Every setting the file can hold, the defaults active and the rest
 * commented out, so the file parses as it is written (test_config.c
 * holds it to that).  One text per language.
 */
static const char *const starter[] = {
	[PL_LANG_VI] =
	"# .planlint.yaml: cấu hình `planlint check` cho các kế hoạch trong thư mục\n"
	"# này và các thư mục con (đến gốc kho git).  Với mỗi tệp kế hoạch, tệp\n"
	"# .planlint.yaml gần nhất được dùng, không gộp với tệp ở thư mục cha.\n"
	"# Tham số dòng lệnh (--fail-on, --lang, --as-of, --rules) ghi đè tệp này.\n"
	"\n"
	"# Mức làm lệnh thất bại (mã thoát 1): error | warning | info | never\n"
	"fail_on: error\n"
	"\n"
	"# Ngôn ngữ của thông báo: vi | en\n"
	"lang: vi\n"
	"\n"
	"# Ngày dùng để xét thời hạn và tên cơ quan khi văn bản không ghi ngày.\n"
	"# as_of: 2026-01-01\n"
	"\n"
	"# Tắt quy tắc hoặc đổi mức: off | error | warning | info\n"
	"# (danh sách quy tắc: planlint rules; giải thích: planlint explain ID)\n"
	"# rules:\n"
	"#   task.missing-product: error\n"
	"#   deadline.recurring: off\n"
	"\n"
	"# Thư mục chứa gói quy tắc riêng (*.yaml), tương đối với tệp này.\n"
	"# packs:\n"
	"#   - quy-tac\n"
	"\n"
	"# Bỏ qua tệp: mẫu glob tương đối với thư mục của tệp này; mẫu không có\n"
	"# \"/\" so với tên tệp, \"**\" thay cho nhiều cấp thư mục.\n"
	"# ignore:\n"
	"#   - \"du-thao/**\"\n"
	"#   - \"*.cu.txt\"\n"
	"\n"
	"# Các yếu tố \"06 rõ\" cần đủ khi văn bản không tự nêu cách diễn đạt:\n"
	"# viec, nguoi, bien_phap, thoi_gian, tham_quyen, san_pham\n"
	"# sixro: [viec, nguoi, thoi_gian, san_pham]\n",
	[PL_LANG_EN] =
	"# .planlint.yaml: settings of `planlint check` for the plans in this\n"
	"# directory and below (up to the git repository root).  Each plan uses\n"
	"# the nearest .planlint.yaml; it is not merged with files further up.\n"
	"# Command-line flags (--fail-on, --lang, --as-of, --rules) override it.\n"
	"\n"
	"# Lowest level that fails the run (exit status 1): error | warning | info | never\n"
	"fail_on: error\n"
	"\n"
	"# Language of the messages: vi | en\n"
	"lang: en\n"
	"\n"
	"# Date for judging deadlines and agency names when a plan has none.\n"
	"# as_of: 2026-01-01\n"
	"\n"
	"# Turn rules off or change their level: off | error | warning | info\n"
	"# (the rules: planlint rules; one rule: planlint explain ID)\n"
	"# rules:\n"
	"#   task.missing-product: error\n"
	"#   deadline.recurring: off\n"
	"\n"
	"# Directories of your own rule packs (*.yaml), relative to this file.\n"
	"# packs:\n"
	"#   - rules\n"
	"\n"
	"# Files to skip: globs relative to this file's directory; a glob\n"
	"# without \"/\" matches the file name, \"**\" any number of directories.\n"
	"# ignore:\n"
	"#   - \"drafts/**\"\n"
	"#   - \"*.old.txt\"\n"
	"\n"
	"# The \"06 rõ\" elements to expect when a plan does not state its own:\n"
	"# viec, nguoi, bien_phap, thoi_gian, tham_quyen, san_pham\n"
	"# sixro: [viec, nguoi, thoi_gian, san_pham]\n",
};

const char *
pl_config_starter(enum pl_lang lang)
{
	return starter[lang];
}

static void
usage(FILE *f)
{
	fputs("usage: planlint init [--force] [--lang vi|en] [DIR]\n", f);
}

int
pl_cmd_init(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "force", no_argument, NULL, 'f' },
		{ "lang", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	enum pl_lang lang = PL_LANG_VI;
	struct pl_buf path = { 0 }, text = { 0 };
	struct pl_err err;
	bool force = false;
	int c, fd, rc = PL_EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "fh", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			force = true;
			break;
		case 'l':
			if (strcmp(optarg, "vi") != 0 &&
			    strcmp(optarg, "en") != 0) {
				pl_diag_usage(stderr, lang, "--lang %s", optarg);
				return PL_EXIT_ERROR;
			}
			lang = optarg[0] == 'e' ? PL_LANG_EN : PL_LANG_VI;
			break;
		case 'h':
			usage(stdout);
			return PL_EXIT_OK;
		default:
			usage(stderr);
			return PL_EXIT_ERROR;
		}
	}
	if (argc - optind > 1) {
		usage(stderr);
		return PL_EXIT_ERROR;
	}
	pl_buf_printf(&path, "%s/%s", optind < argc ? argv[optind] : ".",
	    PL_CONFIG_NAME);
	/* O_EXCL: no window between "does it exist" and the write. */
	fd = open(path.s, O_WRONLY | O_CREAT | O_CLOEXEC |
	    (force ? O_TRUNC : O_EXCL), 0644);
	if (fd == -1) {
		if (errno == EEXIST)
			fprintf(stderr, lang == PL_LANG_EN ?
			    "planlint: %s already exists; use --force to "
			    "overwrite it\n" :
			    "planlint: %s đã có; dùng --force để ghi đè\n",
			    path.s);
		else {
			pl_err_set(&err, PL_E_WRITE, path.s, 0, 0, "%s",
			    strerror(errno));
			pl_diag_error(stderr, &err, lang);
		}
		pl_buf_free(&path);
		return PL_EXIT_ERROR;
	}
	pl_buf_adds(&text, starter[lang]);
	if (write(fd, text.s, text.len) != (ssize_t)text.len) {
		pl_err_set(&err, PL_E_WRITE, path.s, 0, 0, "%s",
		    strerror(errno));
		pl_diag_error(stderr, &err, lang);
		rc = PL_EXIT_ERROR;
	}
	if (close(fd) == -1 && rc == PL_EXIT_OK) {
		pl_err_set(&err, PL_E_WRITE, path.s, 0, 0, "%s",
		    strerror(errno));
		pl_diag_error(stderr, &err, lang);
		rc = PL_EXIT_ERROR;
	}
	if (rc == PL_EXIT_OK)
		fprintf(stderr, lang == PL_LANG_EN ? "planlint: wrote %s\n" :
		    "planlint: đã ghi %s\n", path.s);
	pl_buf_free(&path);
	pl_buf_free(&text);
	return rc;
}
