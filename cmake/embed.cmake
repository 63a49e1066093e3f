# Compiles a data file into the binary as a std::string_view, so the core needs no file system at run time
# (the wasm is built with FILESYSTEM=0). The generated source is rebuilt whenever the data file changes.
function(newsmark_embed target symbol file)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.cpp)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DSYMBOL=${symbol} -P ${PROJECT_SOURCE_DIR}/cmake/embed-file.cmake
    DEPENDS ${file} ${PROJECT_SOURCE_DIR}/cmake/embed-file.cmake
    COMMENT "Embedding ${file}")
  target_sources(${target} PRIVATE ${out})
endfunction()
