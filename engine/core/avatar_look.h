/* avatar look: who the client is on screen, resolved from the client file's `look` table:
 * colours, age, build, and the parts (face shape, hair style, clothing, facial hair, glasses,
 * setting) picked by name from the bundled library or the client's own parts. Included by
 * avatar.h after AvatarColor. */
#ifndef RAPPORT_AVATAR_LOOK_H
#define RAPPORT_AVATAR_LOOK_H
#include "avatar_parts.h"

/* The part families a look picks, in AvatarLook.part's order. */
typedef enum LookFamily {
    LOOK_FACE,
    LOOK_HAIR,
    LOOK_CLOTHING,
    LOOK_FACIAL_HAIR,
    LOOK_GLASSES,
    LOOK_SETTING,
    LOOK_NFAMILIES
} LookFamily;

typedef struct AvatarLook {
    AvatarColor skin, hair, top, shirt, table;
    int style;    /* the hair's length, as older code reads it: 0 short, 1 long, 2 chin-length */
    double age;   /* years: lines, grey hair and a heavier posture come with it */
    double build; /* shoulder width: 0.92 slight, 1 average, 1.1 broad */
    const AvatarPart *part[LOOK_NFAMILIES]; /* NULL: none (no glasses, no facial hair) */
    const AvatarParts *own;                 /* the client's own parts (hands are found here) */
} AvatarLook;

/* The look of a scenario's client: its parts and colours, or defaults for the missing ones
 * (chosen by pronoun). sc may be NULL. The look points into sc's parts: keep sc alive. */
void avatar_look(const Scenario *sc, AvatarLook *look);

#endif
