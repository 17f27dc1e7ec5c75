# relais_warnings(target): the project's warning set; -Werror when RELAIS_WERROR is on.
# (-Wnull-dereference is left out: at -O2 GCC 12 reports it inside Asio's own headers.)
function(relais_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
  if(RELAIS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
