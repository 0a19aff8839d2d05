/* imgcmp: the image checks behind the render tests. Reads BMP and PNG and writes PNG through
 * tests/tools/image.c (libpng, SDL), and compares frames within a tolerance, over the whole
 * image or a region of it. Commands and options are the two tables below; `imgcmp` alone
 * prints the usage they make.
 *
 * Exit codes: 0 the check holds, 1 it does not, 2 bad arguments or unreadable files. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tools/image.h"

typedef struct Region {
    int x, y, w, h;
} Region;

/* Everything the options set, with their defaults, and the file arguments. */
typedef struct Args {
    Region reg; /* w <= 0: the whole image */
    int tol;
    int bg[3];
    double max_pct, max_mean, min_pct;
    const char *files[2];
    int nfiles;
} Args;

typedef enum OptKind { OPT_INT, OPT_DOUBLE, OPT_REGION, OPT_RGB } OptKind;

typedef struct Option {
    const char *name;
    OptKind kind;
    size_t target; /* offset in Args */
    const char *help;
} Option;

static const Option options[] = {
    {"--region", OPT_REGION, offsetof(Args, reg), "X,Y,W,H  check only this rectangle"},
    {"--tol", OPT_INT, offsetof(Args, tol), "N  a pixel differs when a channel is off by more"},
    {"--max-pct", OPT_DOUBLE, offsetof(Args, max_pct), "P  compare: at most P% pixels differ"},
    {"--max-mean", OPT_DOUBLE, offsetof(Args, max_mean), "M  compare: mean difference at most M"},
    {"--min-pct", OPT_DOUBLE, offsetof(Args, min_pct), "P  differ, ink: at least P% differ"},
    {"--bg", OPT_RGB, offsetof(Args, bg), "R,G,B  ink: the background colour"},
};

typedef struct Command {
    const char *name;
    int nfiles; /* file arguments it needs */
    int (*run)(const Args *);
    const char *synopsis;
} Command;

static void print_usage(void);

static int usage(void)
{
    print_usage();
    return 2;
}

static int load(const char *path, Image *img)
{
    char err[512];
    if (image_load(path, img, err, sizeof err) == 0) return 0;
    fprintf(stderr, "imgcmp: %s\n", err);
    return -1;
}

static int pixel_diff(const uint8_t *a, const uint8_t *b)
{
    int d = 0;
    for (int k = 0; k < 3; k++) {
        int e = abs((int)a[k] - (int)b[k]);
        if (e > d) d = e;
    }
    return d;
}

static Region clip(Region r, const Image *img)
{
    if (r.w <= 0) r = (Region){0, 0, img->w, img->h};
    if (r.x < 0) r.w += r.x, r.x = 0;
    if (r.y < 0) r.h += r.y, r.y = 0;
    if (r.x + r.w > img->w) r.w = img->w - r.x;
    if (r.y + r.h > img->h) r.h = img->h - r.y;
    return r;
}

static int cmd_topng(const Args *a)
{
    Image img;
    if (load(a->files[0], &img) != 0) return 2;
    char err[512];
    int rc = image_save_png(a->files[1], &img, err, sizeof err);
    if (rc != 0) fprintf(stderr, "imgcmp: %s\n", err);
    image_free(&img);
    return rc == 0 ? 0 : 2;
}

static int cmd_size(const Args *a)
{
    int w, h;
    if (sscanf(a->files[1], "%dx%d", &w, &h) != 2) return usage();
    Image img;
    if (load(a->files[0], &img) != 0) return 2;
    printf("%s: %dx%d\n", a->files[0], img.w, img.h);
    int rc = img.w == w && img.h == h ? 0 : 1;
    image_free(&img);
    return rc;
}

static int cmd_ink(const Args *a)
{
    Image img;
    if (load(a->files[0], &img) != 0) return 2;
    Region r = clip(a->reg, &img);
    long n = 0, ink = 0;
    uint8_t bgc[3] = {(uint8_t)a->bg[0], (uint8_t)a->bg[1], (uint8_t)a->bg[2]};
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++, n++)
            ink += pixel_diff(img.rgb + ((size_t)y * (size_t)img.w + (size_t)x) * 3, bgc) > a->tol;
    double pct = n ? 100.0 * (double)ink / (double)n : 0;
    printf("%s: %.2f%% of the region differs from the background (at least %.2f%% wanted)\n",
           a->files[0], pct, a->min_pct);
    image_free(&img);
    return pct >= a->min_pct ? 0 : 1;
}

typedef struct Diff {
    double pct, mean;
} Diff;

/* Into D: the share of the region's pixels that differ by more than the tolerance, and the
 * mean difference. 0; 1 when the sizes differ; 2 when a file cannot be read. */
static int diff_files(const Args *a, Diff *d)
{
    Image x, y;
    if (load(a->files[0], &x) != 0) return 2;
    if (load(a->files[1], &y) != 0) {
        image_free(&x);
        return 2;
    }
    int rc = 0;
    if (x.w != y.w || x.h != y.h) {
        printf("sizes differ: %s is %dx%d, %s is %dx%d\n", a->files[0], x.w, x.h, a->files[1], y.w,
               y.h);
        rc = 1;
    } else {
        Region r = clip(a->reg, &x);
        long n = 0, off = 0;
        double sum = 0;
        for (int j = r.y; j < r.y + r.h; j++)
            for (int i = r.x; i < r.x + r.w; i++, n++) {
                size_t k = ((size_t)j * (size_t)x.w + (size_t)i) * 3;
                int e = pixel_diff(x.rgb + k, y.rgb + k);
                sum += e;
                off += e > a->tol;
            }
        d->pct = n ? 100.0 * (double)off / (double)n : 0;
        d->mean = n ? sum / (double)n : 0;
    }
    image_free(&x);
    image_free(&y);
    return rc;
}

static int cmd_compare(const Args *a)
{
    Diff d;
    int rc = diff_files(a, &d);
    if (rc != 0) return rc;
    printf("%s vs %s: %.3f%% of pixels differ by more than %d (at most %.3f%%), mean "
           "difference %.3f (at most %.3f)\n",
           a->files[0], a->files[1], d.pct, a->tol, a->max_pct, d.mean, a->max_mean);
    return d.pct <= a->max_pct && d.mean <= a->max_mean ? 0 : 1;
}

static int cmd_differ(const Args *a)
{
    Diff d;
    int rc = diff_files(a, &d);
    if (rc != 0) return rc;
    printf("%s vs %s: %.2f%% of the region differs by more than %d (at least %.2f%% wanted)\n",
           a->files[0], a->files[1], d.pct, a->tol, a->min_pct);
    return d.pct >= a->min_pct ? 0 : 1;
}

static const Command commands[] = {
    {"topng", 2, cmd_topng, "IN OUT.png"},
    {"compare", 2, cmd_compare, "GOLDEN FRAME [--region] [--tol] [--max-pct] [--max-mean]"},
    {"differ", 2, cmd_differ, "A B --region --min-pct [--tol]"},
    {"ink", 1, cmd_ink, "A --region --bg --min-pct [--tol]"},
    {"size", 2, cmd_size, "A WxH"},
};

static void print_usage(void)
{
    fprintf(stderr, "usage:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(stderr, "  imgcmp %s %s\n", commands[i].name, commands[i].synopsis);
    fprintf(stderr, "options:\n");
    for (size_t i = 0; i < sizeof options / sizeof *options; i++)
        fprintf(stderr, "  %s %s\n", options[i].name, options[i].help);
    fprintf(stderr, "exit: 0 the check holds, 1 it does not, 2 bad arguments or files\n");
}

/* Parses V into the option's field; false when it does not fit the kind. */
static bool set_option(const Option *o, const char *v, Args *a)
{
    void *p = (char *)a + o->target;
    Region *r = p;
    int *c = p;
    switch (o->kind) {
    case OPT_INT:
        return sscanf(v, "%d", (int *)p) == 1;
    case OPT_DOUBLE:
        return sscanf(v, "%lf", (double *)p) == 1;
    case OPT_REGION:
        return sscanf(v, "%d,%d,%d,%d", &r->x, &r->y, &r->w, &r->h) == 4;
    case OPT_RGB:
        return sscanf(v, "%d,%d,%d", &c[0], &c[1], &c[2]) == 3;
    }
    return false;
}

/* Options (each with its value) and up to two files, in any order. */
static bool parse_args(int argc, char **argv, Args *a)
{
    for (int i = 0; i < argc; i++) {
        const Option *o = NULL;
        for (size_t k = 0; k < sizeof options / sizeof *options; k++)
            if (!strcmp(argv[i], options[k].name)) o = &options[k];
        if (o) {
            if (i + 1 >= argc || !set_option(o, argv[i + 1], a)) return false;
            i++;
        } else if (argv[i][0] != '-' && a->nfiles < 2) {
            a->files[a->nfiles++] = argv[i];
        } else {
            return false;
        }
    }
    return true;
}

int main(int argc, char **argv)
{
    if (argc < 2) return usage();
    const Command *cmd = NULL;
    for (size_t k = 0; k < sizeof commands / sizeof *commands; k++)
        if (!strcmp(argv[1], commands[k].name)) cmd = &commands[k];
    Args a = {.tol = 24, .max_pct = 1.0, .max_mean = 2.0};
    if (!cmd || !parse_args(argc - 2, argv + 2, &a) || a.nfiles < cmd->nfiles) return usage();
    return cmd->run(&a);
}
