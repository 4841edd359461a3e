# Hostile input and output through the real binary (issue 18): one ctest per
# case of tests/hostile/io_hostile_test.py (docs/reliability.md lists them).
foreach(case nesting_config nesting_pack nesting_lsp output_full unreadable_folder fifo dangling_symlink
             empty_packs fix_concurrent_edit fix_owner_mode_links big_pack bom config_ranges)
  add_test(NAME hostile.io_${case}
           COMMAND /usr/bin/python3 ${CMAKE_CURRENT_LIST_DIR}/io_hostile_test.py $<TARGET_FILE:santun> ${case})
  set_tests_properties(hostile.io_${case} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endforeach()
