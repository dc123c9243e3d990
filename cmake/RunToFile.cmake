# Runs a program and writes its standard output to a file: the build uses the iwg it built to
# write its man page and shell completions, so they come from the same definitions as --help.
# Usage: cmake -DPROGRAM=iwg -DARGS=completions|bash -DOUTPUT=file -P RunToFile.cmake
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND "${PROGRAM}" ${args} OUTPUT_FILE "${OUTPUT}.tmp" RESULT_VARIABLE failed)
if(failed)
  file(REMOVE "${OUTPUT}.tmp")
  message(FATAL_ERROR "${PROGRAM} ${args} failed: ${failed}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
