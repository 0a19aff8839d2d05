/* pack: state vectors as grid indices in 64-bit words (pack.h). Fields never straddle two
 * words, so packing and unpacking are a shift and a mask each. */
#include "pack.h"

#include "hash.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static uint8_t bits_for(uint64_t kmax)
{
    uint8_t b = 1;
    while (b < 64 && (kmax >> b) != 0)
        b++;
    return b;
}

int packer_init(Packer *p, const StateLayout *l)
{
    memset(p, 0, sizeof *p);
    p->nvars = l->count;
    p->fields = calloc((size_t)(l->count ? l->count : 1), sizeof *p->fields);
    if (!p->fields) return -1;
    int word = 0, used = 0;
    for (int i = 0; i < l->count; i++) {
        const VarDecl *v = &l->vars[i];
        PackField *f = &p->fields[i];
        f->min = v->min, f->max = v->max, f->step = v->step;
        f->per_step = v->step > 0 ? 1 / v->step : 0;
        f->flag = v->type == VAR_FLAG;
        double span = f->flag ? 1 : v->step > 0 ? round((v->max - v->min) / v->step) : -1;
        /* A grid of more than 2^32 points, or none, keeps the double itself. */
        if (span < 0 || !(span < 4294967296.0)) {
            f->bits = 64;
        } else {
            f->kmax = (uint64_t)span;
            if (!f->flag && pack_grid_value(f, f->kmax) < f->max) f->kmax++; /* max off the grid */
            f->bits = bits_for(f->kmax);
            f->kmax_d = (double)f->kmax;
            f->whole = !f->flag && f->min == 0 && f->step == 1 && (double)f->kmax == f->max;
        }
        if (used + f->bits > 64) word++, used = 0;
        f->word = (uint8_t)word;
        f->shift = (uint8_t)used;
        used += f->bits;
    }
    p->nwords = l->count ? word + 1 : 1;
    p->last_used = used;
    p->index = calloc((size_t)(l->count ? l->count : 1), sizeof *p->index);
    p->other = calloc((size_t)(l->count ? l->count : 1), sizeof *p->other);
    if (!p->index || !p->other) return packer_free(p), -1;
    for (int i = 0; i < l->count; i++) {
        const PackField *f = &p->fields[i];
        if (pack_value_field(f))
            p->index[p->nindex++] = (PackIndex){
                (uint32_t)i, f->word, f->shift, f->flag, (UINT64_C(1) << f->bits) - 1, f->kmax_d};
        else
            p->other[p->nother++] = i;
    }
    return 0;
}

void packer_free(Packer *p)
{
    free(p->fields);
    free(p->index);
    free(p->other);
    memset(p, 0, sizeof *p);
}

/* The first variable, in layout order, that is not on its grid (pack_state's *bad). */
static int first_bad(const Packer *p, const double *values)
{
    uint64_t k;
    for (int i = 0; i < p->nvars; i++) {
        const PackField *f = &p->fields[i];
        if (!pack_field_index(f, values[i], &k)) return i;
    }
    return -1;
}

/* The fields whose index is their value first, from a compact list, then the rest. */
int pack_state(const Packer *p, const double *values, uint64_t *out, int *bad)
{
    out[0] = 0; /* most keys are a word: no call to memset for it (nwords >= 1) */
    if (p->nwords > 1) memset(out + 1, 0, (size_t)(p->nwords - 1) * sizeof *out);
    for (int j = 0; j < p->nindex; j++) {
        const PackIndex *f = &p->index[j];
        uint64_t k;
        if (!pack_value_index(f->flag, f->kmax_d, values[f->var], &k)) goto fail;
        out[f->word] |= k << f->shift;
    }
    for (int j = 0; j < p->nother; j++) {
        const PackField *f = &p->fields[p->other[j]];
        uint64_t k;
        if (!pack_other_index(f, values[p->other[j]], &k)) goto fail;
        out[f->word] |= k << f->shift;
    }
    return 0;
fail:
    *bad = first_bad(p, values);
    return -1;
}

/* Field f's value in the packed words `in`. */
static inline double field_value(const PackField *f, const uint64_t *in)
{
    return pack_field_value(f, in[f->word] >> f->shift);
}

void unpack_state(const Packer *p, const uint64_t *in, double *values)
{
    for (int j = 0; j < p->nindex; j++) {
        const PackIndex *f = &p->index[j];
        values[f->var] = (double)(int64_t)((in[f->word] >> f->shift) & f->mask);
    }
    for (int j = 0; j < p->nother; j++)
        values[p->other[j]] = field_value(&p->fields[p->other[j]], in);
}

double unpack_value(const Packer *p, const uint64_t *in, int i)
{
    return field_value(&p->fields[i], in);
}

uint64_t pack_hash(const uint64_t *words, int n, uint64_t seed)
{
    uint64_t h = HASH_FNV_BASIS ^ (seed * 0x9e3779b97f4a7c15ULL);
    for (int i = 0; i < n; i++) {
        h = (h ^ words[i]) * 0x9e3779b97f4a7c15ULL;
        h = (h << 29) | (h >> 35);
    }
    return hash_mix(h);
}
