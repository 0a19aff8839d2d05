/* libFuzzer: the scenario loader on arbitrary text, then a short session on what loads. */
#include <stdint.h>
#include <stdlib.h>

#include "../../engine/lua/host.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    setenv("RAPPORT_MEMORY_MB", "64", 1); /* keep each input small and fast */
    setenv("RAPPORT_STEPS_M", "2", 1);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Host *h = host_open(RAPPORT_SCRIPTS_DIR);
    if (!h) return 0;
    if (host_load_text(h, "fuzz.lua", (const char *)data, size) == 0) {
        Session s;
        if (session_init(&s, &h->sc) == 0) {
            if (session_start(&s, 1) == 0)
                for (int t = 0; t < 60 && !s.over; t++)
                    if (session_choose(&s, t % s.noffered) != 0) break;
            session_free(&s);
        }
    }
    host_close(h);
    return 0;
}
