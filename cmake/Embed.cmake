# samordna_embed(TARGET_VAR OUTPUT_CPP NAMESPACE FILES...)
# Generates a .cpp that defines `std::span<const EmbeddedFile> <namespace>::embedded_files()` holding the
# bytes of each file (name = file name without directories). Re-generated when a file changes.
function(samordna_embed out_var output namespace)
  set(files ${ARGN})
  # A list cannot pass through a custom command's argument list: join the paths with '|' instead.
  string(REPLACE ";" "|" joined "${files}")
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DNAMESPACE=${namespace} "-DFILES=${joined}"
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedRun.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/EmbedRun.cmake
    COMMENT "Embedding ${namespace} files"
    VERBATIM)
  set(${out_var} ${output} PARENT_SCOPE)
endfunction()
