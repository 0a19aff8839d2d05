# rapport_text: the free-text coder and matcher (engine/text). Owned by engine/text.
#   tokens.c  the Freetext handle, tokeniser, contractions, stems, spelling (Hunspell) and cache
#   coder.c   the MITI coder: a table of cue phrases and the decision order
#   match.c   the index (BM25 statistics), the matcher and verdicts, choice similarity
pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
find_path(STEMMER_INCLUDE libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(rapport_text STATIC engine/text/tokens.c engine/text/coder.c engine/text/match.c)
target_include_directories(rapport_text PRIVATE ${STEMMER_INCLUDE})
target_link_libraries(rapport_text PUBLIC rapport_core PkgConfig::HUNSPELL ${STEMMER_LIBRARY} m)
