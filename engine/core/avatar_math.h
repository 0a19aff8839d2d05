/* avatar math: the small numeric and colour helpers avatar.c and avatar_mesh.c share. Private
 * to the avatar. */
#ifndef RAPPORT_AVATAR_MATH_H
#define RAPPORT_AVATAR_MATH_H
#include <math.h>
#include <stdint.h>

#include "avatar.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

static inline double clampd(double x, double lo, double hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}

/* The positive part: 0 below zero. Expression terms switch on past a threshold with it. */
static inline double pos(double x)
{
    return x > 0 ? x : 0;
}

static inline double lerp(double a, double b, double t)
{
    return a + (b - a) * t;
}

static inline AvatarColor rgb(int r, int g, int b)
{
    return (AvatarColor){(uint8_t)r, (uint8_t)g, (uint8_t)b, 255};
}

static inline AvatarColor mix(AvatarColor a, AvatarColor b, double t)
{
    t = clampd(t, 0, 1);
    return (AvatarColor){(uint8_t)lround(lerp(a.r, b.r, t)), (uint8_t)lround(lerp(a.g, b.g, t)),
                         (uint8_t)lround(lerp(a.b, b.b, t)), (uint8_t)lround(lerp(a.a, b.a, t))};
}

/* Darker (f < 1) or lighter (f > 1). */
static inline AvatarColor shade(AvatarColor c, double f)
{
    return mix(c, f < 1 ? rgb(0, 0, 0) : rgb(255, 255, 255), f < 1 ? 1 - f : f - 1);
}

static inline AvatarColor alpha(AvatarColor c, double a)
{
    c.a = (uint8_t)lround(clampd(a, 0, 1) * 255);
    return c;
}

#endif
