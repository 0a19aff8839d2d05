/* avatar parts: the figure's parts (face shapes, hair styles, clothing, facial hair, glasses,
 * hands, settings, age lines) as data. Owns the line-based part format, its one parser (every
 * error "file:line: message"), the library of the parts bundled under assets/avatar/ (embedded
 * into the binary at build time, parsed at first use) and the lookup by family and name.
 * Plain C: no SDL, no Lua. The format is described in assets/avatar/README.md. */
#ifndef RAPPORT_AVATAR_PARTS_H
#define RAPPORT_AVATAR_PARTS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Where a shape is drawn, back to front, and which of the figure's transforms it follows. */
typedef enum PartLayer {
    LAYER_SCENE, /* the room behind the client: fixed to the frame */
    LAYER_BACK,  /* behind the body, moving with the head (long hair) */
    LAYER_BODY,  /* the torso and clothes: lean, shoulders, build */
    LAYER_HEAD,  /* over the skull, moving with the head (face shape, hair, ears) */
    LAYER_FACE,  /* over the eyes and mouth, moving with the face (glasses, beard) */
    LAYER_TABLE, /* the table top: fixed to the frame */
    LAYER_HAND,  /* a hand, in its own coordinates: the wrist at 0,0, fingers toward +x */
    LAYER_COUNT
} PartLayer;

/* The palette slots a colour may name; the look fills them in per frame. */
typedef enum PartSlot {
    SLOT_LITERAL = -1,
    SLOT_SKIN,
    SLOT_HAIR,
    SLOT_TOP,
    SLOT_SHIRT,
    SLOT_TABLE,
    SLOT_FRAME, /* glasses frames, a watch strap */
    SLOT_COUNT
} PartSlot;

/* In the order of the format's words (avatar_parts.c). */
typedef enum ShapeKind { SHAPE_ELLIPSE, SHAPE_RECT, SHAPE_POLY, SHAPE_FAN, SHAPE_STROKE } ShapeKind;

/* slot * shade at alpha, or a literal colour at alpha. */
typedef struct PartColor {
    int slot;
    uint8_t r, g, b;
    double shade, alpha;
} PartColor;

typedef struct PartShape {
    ShapeKind kind;
    PartLayer layer;
    PartColor c0, c1; /* c1: the colour at the bottom of a vertical gradient */
    bool gradient;
    double age0, age1; /* fades in between these ages (both 0: always drawn) */
    double num[4];     /* ellipse cx cy rx ry; rect x y w h; stroke w_mid w_end */
    int first, npts;   /* points in the library's pts */
} PartShape;

typedef struct AvatarPart {
    char family[16], name[32];
    const struct AvatarParts *lib;
    int first, nshapes; /* shapes in lib */
} AvatarPart;

typedef struct AvatarParts {
    AvatarPart *parts;
    int nparts, capparts;
    PartShape *shapes;
    int nshapes, capshapes;
    double *pts; /* x, y pairs */
    int npts, cappts;
} AvatarParts;

/* The part families, in the order a look names them. */
#define AVATAR_PART_FAMILIES                                                                       \
    "face", "hair", "clothing", "facial_hair", "glasses", "setting", "hand", "age"

void avatar_parts_init(AvatarParts *lib);
void avatar_parts_free(AvatarParts *lib);
/* Parses a whole parts file of one family ("part NAME" starts each part). Lines count from
 * line0. Returns 0, or -1 with "file:line: message" in err. */
int avatar_parts_parse(AvatarParts *lib, const char *family, const char *text, const char *file,
                       int line0, char *err, size_t errsize);
/* Parses the body of one part (shape lines only), as a client file gives it. A part of the
 * same family and name already in lib is replaced. */
int avatar_parts_add(AvatarParts *lib, const char *family, const char *name, const char *text,
                     const char *file, int line0, char *err, size_t errsize);
const AvatarPart *avatar_parts_find(const AvatarParts *lib, const char *family, const char *name);
/* The bundled parts (assets/avatar/), parsed at first use; NULL (with the error in err, when
 * given) if they do not parse, which the unit tests rule out. */
const AvatarParts *avatar_parts_builtin(char *err, size_t errsize);
/* A client's part first, then a bundled one; NULL when neither has it. */
const AvatarPart *avatar_part_lookup(const AvatarParts *own, const char *family, const char *name);
/* The names of a family's parts, bundled and the client's, as "\"a\", \"b\"" for messages;
 * and the closest name to a misspelt one (or NULL). */
void avatar_parts_names(const AvatarParts *own, const char *family, char *buf, size_t size);
const char *avatar_parts_closest(const AvatarParts *own, const char *family, const char *name);
bool avatar_parts_is_family(const char *family);

#endif
