/* avatar assets: the files under assets/avatar/, embedded into the binary at build time by
 * tools/embed_assets.cmake (the generated avatar_assets.c), so nothing is read from disk. */
#ifndef RAPPORT_AVATAR_ASSETS_H
#define RAPPORT_AVATAR_ASSETS_H

typedef struct AvatarAsset {
    const char *path;   /* as errors name it: assets/avatar/hair.parts */
    const char *family; /* the file's name without .parts */
    const char *text;
} AvatarAsset;

extern const AvatarAsset avatar_assets[];
extern const int avatar_asset_count;

#endif
