# unit.text: the free-text coder and matcher (engine/text), cmocka. The target is test_freetext
# because tests/sdl/test_text.c (render.text) already owns the name test_text.
add_executable(test_freetext unit/test_text.c)
target_link_libraries(test_freetext PRIVATE rapport_text PkgConfig::CMOCKA)
add_test(NAME unit.text COMMAND test_freetext)
set_tests_properties(unit.text PROPERTIES LABELS unit)
