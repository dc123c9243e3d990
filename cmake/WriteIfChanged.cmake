# iwg_write_if_changed(PATH CONTENT): writes a generated file only when its content changes,
# so that an unchanged input does not trigger a rebuild. Included by the -P scripts here.
function(iwg_write_if_changed path content)
  if(EXISTS "${path}")
    file(READ "${path}" old)
    if(old STREQUAL content)
      return()
    endif()
  endif()
  file(WRITE "${path}" "${content}")
endfunction()
