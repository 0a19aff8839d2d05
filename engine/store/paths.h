/* paths: where Rapport's files are. The Lua library and bundled clients (a build tree or an
 * install), and the user's folders under the XDG base directories: the one place that reads
 * XDG_DATA_HOME, XDG_CONFIG_HOME and HOME, and the one mkdir -p. */
#ifndef RAPPORT_PATHS_H
#define RAPPORT_PATHS_H
#include <stdbool.h>
#include <stddef.h>

#include "../lua/host.h"

/* The scripts folder (lib/, clients/, types/, examples/): $RAPPORT_SCRIPTS when set; else
 * ../share/rapport beside the executable when it holds lib/model.lua (an installed Rapport,
 * wherever its prefix was moved); else `fallback`, the source tree's scripts/ compiled into a
 * build. Worked out once. */
const char *paths_scripts_dir(const char *fallback);

/* The scripts folder of this build: paths_scripts_dir with the source tree's scripts/ (the
 * RAPPORT_SCRIPTS_DIR this library is compiled with) as the fallback. */
const char *paths_scripts(void);

/* A path, or the id of a client (bundled, then the educator's own); loads it. On error prints
 * one line on stderr and returns NULL. */
Host *paths_load(const char *name);

/* Frees a NULL-terminated list of paths (NULL is fine). */
void paths_free_list(char **list);

/* $XDG_DATA_HOME/rapport/SUB, else ~/.local/share/rapport/SUB. As the XDG specification asks,
 * a relative XDG_DATA_HOME is ignored. False when there is no absolute base (neither an
 * absolute XDG_DATA_HOME nor a HOME) or the path does not fit. */
bool paths_data_dir(const char *sub, char *out, size_t size);

/* $XDG_CONFIG_HOME/rapport/NAME, else ~/.config/rapport/NAME; false as paths_data_dir. */
bool paths_config_file(const char *name, char *out, size_t size);

/* mkdir -p: creates path and its missing parents, each with mode 0700 (the user's own data).
 * 0, or -1 with errno set. */
int paths_make_dirs(const char *path);

/* The educator's own clients: paths_data_dir("clients"). */
bool paths_user_clients_dir(char *out, size_t size);

/* The file of the client with this id: the bundled one in scripts_dir/clients, else the
 * educator's own. False (out holds the bundled path) when there is neither. */
bool paths_client_file(const char *scripts_dir, const char *id, char *out, size_t size);

/* The .lua files of a folder (hidden ones left out), sorted, NULL-terminated, or NULL when it
 * cannot be read. Free with paths_free_list. */
char **paths_list_lua(const char *dir);

/* The educator's own client files, sorted (an empty list when there are none, or when that
 * folder is scripts_dir/clients itself), or NULL when out of memory. */
char **paths_user_clients(const char *scripts_dir);

/* The bundled clients then the educator's own (the picker's list), or NULL when the bundled
 * folder cannot be read. */
char **paths_all_clients(const char *scripts_dir);

/* True when a bundled client has the file name of this (the educator's) client file: an id
 * lookup finds the bundled one first. */
bool paths_shadowed(const char *scripts_dir, const char *user_file);

#endif
